package io.github.inovasi.scoring.kipp;

import static io.github.inovasi.scoring.kipp.AgencyCoverageTest.agency;
import static io.github.inovasi.scoring.kipp.AgencyCoverageTest.assessment;
import static io.github.inovasi.scoring.kipp.AgencyCoverageTest.innovation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.rubric.JudgeScore;
import io.github.inovasi.scoring.rubric.JudgedEntry;
import io.github.inovasi.scoring.rubric.Rubric;
import io.github.inovasi.scoring.rubric.RubricPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

final class AgencyRankingTest {
  private static final List<Agency> AGENCIES = List.of(agency("dinkes", null), agency("pkm-baa", "dinkes"),
      agency("disdik", null), agency("bappeda", null), agency("dukcapil", null));

  /** Scores an assessment by how many innovations it reports, to see what each agency is scored on. */
  private static final ScoringPolicy COUNT = new ScoringPolicy() {
    @Override
    public String id() {
      return "count";
    }

    @Override
    public String description() {
      return "innovations reported";
    }

    @Override
    public ScoredUnit unit() {
      return ScoredUnit.REGION;
    }

    @Override
    public ImmutableList<Grade> grades() {
      return ImmutableList.of(new Grade("ANY", Label.of("Semua", "Any"), 0));
    }

    @Override
    public ScoreResult score(Assessment a) {
      BigDecimal n = BigDecimal.valueOf(a.innovations().size());
      return new ScoreResult() {
        @Override
        public String policyId() {
          return "count";
        }

        @Override
        public Subject subject() {
          return Subject.of(a.region());
        }

        @Override
        public BigDecimal index() {
          return n;
        }

        @Override
        public Grade grade() {
          return grades().get(0);
        }

        @Override
        public ImmutableList<ScoreComponent> components() {
          return ImmutableList.of();
        }

        @Override
        public Explanation explanation() {
          return Explanation.total("n", Label.of("Jumlah", "Count"), n, BigDecimal.valueOf(100));
        }
      };
    }
  };

  @Test
  void agencies_areScoredOnTheirOwnInnovations_unitsCountingForTheirAgency() {
    Assessment a = assessment("iid-2026", AGENCIES, List.of(
        innovation("i1", "dinkes", Stage.IMPLEMENTATION), innovation("i2", "pkm-baa", Stage.TRIAL),
        innovation("i3", "disdik", Stage.INITIATION), innovation("i4", "bappeda", Stage.IMPLEMENTATION)));
    AgencyRanking r = AgencyRanking.of(a, COUNT);
    assertThat(r.ranking().entries()).extracting(Ranking.Entry::rank, e -> e.result().subject().id(),
        e -> e.result().index())
        .containsExactly(tuple(1, "dinkes", BigDecimal.valueOf(2)), tuple(2, "bappeda", BigDecimal.ONE),
            tuple(2, "disdik", BigDecimal.ONE));
    assertThat(r.ranking().entries()).extracting(e -> e.result().subject().unit()).containsOnly(ScoredUnit.AGENCY);
    assertThat(r.ranking().entries().get(0).result().region().code()).isEqualTo(AgencyCoverageTest.ROTE);
    assertThat(r.withoutInnovation()).extracting(Agency::id).containsExactly("dukcapil");
    assertThat(r.policyId()).isEqualTo("count");
  }

  @Test
  void withTheIid_everyAgencyIsScoredUnderTheEdition() {
    Assessment a = assessment("iid-2026", AGENCIES, List.of(innovation("i1", "dinkes", Stage.IMPLEMENTATION)));
    AgencyRanking r = AgencyRanking.of(a, ScoringPolicies.standard().of("iid-2026"));
    assertThat(r.ranking().entries()).singleElement()
        .satisfies(e -> assertThat(e.result().policyId()).isEqualTo("iid-2026"))
        .satisfies(e -> assertThat(e.result().subject().name()).isEqualTo("Dinas dinkes"));
  }

  @Test
  void withARubricOfUnitAgency_rankTheJudgedAgencies_andRefuseOtherEntries() {
    Rubric agencies = Rubric.builder().from(Rubric.bundled("example-lomba-inovasi-opd")).id("lomba-opd")
        .unit(ScoredUnit.AGENCY).build();
    RubricPolicy policy = RubricPolicy.of(agencies);
    List<JudgedEntry> entries = List.of(entry("dinkes", 5), entry("disdik", 3), entry("bappeda", 5));
    AgencyRanking r = AgencyRanking.of(entries, policy);
    assertThat(r.ranking().entries()).extracting(Ranking.Entry::rank, e -> e.result().subject().id())
        .containsExactly(tuple(1, "bappeda"), tuple(1, "dinkes"), tuple(3, "disdik"));

    JudgedEntry innovation = JudgedEntry.builder().from(entry("x", 4))
        .subject(Subject.of(ScoredUnit.INNOVATION, "x", "X")).build();
    assertThatThrownBy(() -> AgencyRanking.of(List.of(innovation), policy)).isInstanceOf(InovasiException.class)
        .hasMessageContaining("bukan perangkat daerah").hasMessageContaining("is not an agency's");
  }

  private static JudgedEntry entry(String agency, int points) {
    JudgedEntry.Builder b = JudgedEntry.builder().subject(Subject.of(ScoredUnit.AGENCY, agency, "Dinas " + agency));
    for (String c : List.of("kebaruan", "efektif", "bermanfaat", "dapat-direplikasi", "berkelanjutan")) {
      b.addScores(JudgeScore.of("J1", c, String.valueOf(points)));
    }
    return b.build();
  }

  @Property(tries = 200)
  void everyTopLevelAgency_isRankedOrListedWithoutInnovation_once(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 5) Integer> owners) {
    List<ReportedInnovation> innovations = new ArrayList<>();
    String[] ids = {"dinkes", "pkm-baa", "disdik", "bappeda", "dukcapil", "none"};
    for (int i = 0; i < owners.size(); i++) {
      innovations.add(innovation("i" + i, ids[owners.get(i)], Stage.IMPLEMENTATION));
    }
    AgencyRanking r = AgencyRanking.of(assessment("iid-2026", AGENCIES, innovations), COUNT);
    List<String> seen = new ArrayList<>();
    r.ranking().entries().forEach(e -> seen.add(e.result().subject().id()));
    r.withoutInnovation().forEach(x -> seen.add(x.id()));
    assertThat(seen).containsExactlyInAnyOrder("dinkes", "disdik", "bappeda", "dukcapil");
    Set<Integer> ranks = new HashSet<>();
    for (int i = 0; i < r.ranking().entries().size(); i++) {
      Ranking.Entry e = r.ranking().entries().get(i);
      assertThat(e.rank()).isBetween(1, i + 1);
      if (i > 0 && e.result().index().compareTo(r.ranking().entries().get(i - 1).result().index()) == 0) {
        assertThat(e.rank()).isEqualTo(r.ranking().entries().get(i - 1).rank());
      }
      ranks.add(e.rank());
    }
    assertThat(ranks.size()).isLessThanOrEqualTo(r.ranking().entries().size());
  }
}
