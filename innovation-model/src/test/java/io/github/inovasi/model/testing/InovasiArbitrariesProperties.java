package io.github.inovasi.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.Stage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * The shared generators reach every case that matters: every stage, level, aspect and
 * evidence kind, absent and present optional values, indicators with and without bases.
 * Checked with jqwik's statistics coverage, so a generator that stops producing a case fails.
 */
@Domain(InovasiDomain.class)
class InovasiArbitrariesProperties {

  @Property(tries = 300)
  void innovations_coverStagesDatesAndOptionalFields(@ForAll Innovation innovation) {
    Statistics.label("stage").collect(innovation.stage())
        .coverage(c -> {
          for (Stage stage : Stage.values()) {
            c.check(stage).count(n -> n > 10);
          }
        });
    Statistics.label("theme").collect(innovation.theme().isPresent())
        .coverage(c -> c.check(true).count(n -> n > 10));
    Statistics.label("replicated").collect(!innovation.replications().isEmpty())
        .coverage(c -> c.check(true).count(n -> n > 10));
    Statistics.label("coordinates").collect(innovation.coordinates().isPresent())
        .coverage(c -> c.check(false).count(n -> n > 10));
    assertThat(innovation.trialDate().isPresent()).isEqualTo(innovation.stage() != Stage.INITIATION);
  }

  @Property(tries = 300)
  void answers_coverEveryLevelAndTheirAbsence(@ForAll Answer answer, @ForAll Evidence evidence) {
    Statistics.label("claimed").collect(answer.claimedLevel().isPresent() ? answer.claimedLevel().getAsInt() : 0)
        .coverage(c -> {
          for (int level = 0; level <= 3; level++) {
            c.check(level).count(n -> n > 5);
          }
        });
    Statistics.label("verified").collect(answer.verifiedLevel().isPresent() ? answer.verifiedLevel().getAsInt() : -1)
        .coverage(c -> {
          for (int level = -1; level <= 3; level++) {
            c.check(level).count(n -> n > 5);
          }
        });
    Statistics.label("evidence kind").collect(evidence.kind())
        .coverage(c -> {
          for (EvidenceKind kind : EvidenceKind.values()) {
            c.check(kind).count(n -> n > 0);
          }
        });
    assertThat(answer.claimedLevel().orElse(1)).isBetween(1, 3);
  }

  @Property(tries = 200)
  void indicatorsAndRegions_coverAspectsBasesAndLevels(@ForAll Indicator indicator, @ForAll Region region) {
    Statistics.label("aspect").collect(indicator.aspect())
        .coverage(c -> {
          c.check(Aspect.SPD).count(n -> n > 10);
          c.check(Aspect.SID).count(n -> n > 10);
        });
    Statistics.label("bases").collect(!indicator.bases().isEmpty())
        .coverage(c -> c.check(true).count(n -> n > 5));
    Statistics.label("region level").collect(region.level())
        .coverage(c -> {
          for (RegionLevel level : RegionLevel.values()) {
            c.check(level).count(n -> n > 5);
          }
        });
    assertThat(indicator.levels()).hasSize(3);
  }

  @Property(tries = 300) // sizes 0, 1 and 2+ each come up at least once, whatever the seed
  void assessments_coverEmptyAndSeveralInnovations(@ForAll Assessment assessment) {
    Statistics.label("innovations").collect(Math.min(assessment.innovations().size(), 2))
        .coverage(c -> {
          c.check(0).count(n -> n > 0);
          c.check(1).count(n -> n > 0);
          c.check(2).count(n -> n > 0);
        });
    assertThat(assessment.region().autonomous()).isTrue();
  }
}
