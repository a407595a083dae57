package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.testing.InovasiArbitraries;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Invariants of IID scoring on generated 2026 and 2027 assessments. */
final class ScoringProperties {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");
  private static final IidScorer SCORER = IidScorer.of(E2026);

  @Provide
  Arbitrary<Assessment> assessments() {
    Arbitrary<List<Integer>> spd = Arbitraries.integers().between(0, 3).list().ofSize(E2026.spdIndicators().size());
    Arbitrary<GovernmentAffair> affairs = Arbitraries.of(GovernmentAffair.values());
    // Mostly answered, so that most innovations count (a mandatory indicator left empty excludes one)
    Arbitrary<Integer> level = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(3, 1), Tuple.of(3, 2), Tuple.of(3, 3));
    Arbitrary<List<Integer>> sid = level.list().ofSize(E2026.sidIndicators().size());
    Arbitrary<ReportedInnovation> innovation = Combinators.combine(
            Arbitraries.strings().alpha().ofLength(6), affairs, sid, Arbitraries.integers().between(0, 9))
        .as((id, affair, levels, noEvidence) -> ReportedInnovation.of(
            Fixtures.innovation(id, affair), answers(E2026.sidIndicators(), levels, noEvidence)));
    return Combinators.combine(spd, innovation.list().ofMaxSize(20).withSizeDistribution(RandomDistribution.uniform())
            .uniqueElements(r -> r.innovation().id()))
        .as((levels, innovations) -> Assessment.builder().region(Fixtures.REGION).editionId("iid-2026")
            .regionAnswers(answers(E2026.spdIndicators(), levels, 5)).innovations(innovations).build());
  }

  /** Answers at the given levels (0 = unanswered); the answer at position noEvidence has none. */
  static List<Answer> answers(List<Indicator> catalogue, List<Integer> levels, int noEvidence) {
    List<Answer> out = new ArrayList<>();
    for (int i = 0; i < catalogue.size(); i++) {
      if (levels.get(i) > 0) {
        Answer a = Fixtures.answer(catalogue.get(i), levels.get(i));
        out.add(i == noEvidence ? Answer.builder().from(a).evidence(List.of()).build() : a);
      }
    }
    return out;
  }

  @Property(tries = 150)
  void index_isWithin0And100(@ForAll("assessments") Assessment a) {
    IidScore s = SCORER.score(a);
    Statistics.label("eligible innovations").collect(s.figures().innovations() >= s.figures().divisor() ? "n >= k" : "n < k");
    Statistics.label("rating").collect(s.rating());
    Statistics.label("eligible innovations").coverage(c -> c.check("n >= k").count(n -> n > 0));

    assertThat(s.index()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  @Property(tries = 150)
  void breakdown_addsUpExactly(@ForAll("assessments") Assessment a) {
    IidScore s = SCORER.score(a);
    Breakdown b = s.breakdown();

    assertThat(b.earned()).isEqualByComparingTo(s.figures().exactIndex().setScale(Breakdown.SCALE, RoundingMode.HALF_UP));
    assertThat(b.earned().add(b.lost())).isEqualByComparingTo("100");
    assertThat(b.lines()).allSatisfy(l -> {
      assertThat(l.earned().signum()).isNotNegative();
      assertThat(l.losses()).allSatisfy(x -> assertThat(x.points().signum()).isNotNegative());
    });
  }

  @Property(tries = 150)
  void raisingAnAnswer_neverLowersTheIndex(@ForAll("assessments") Assessment a, @ForAll long seed) {
    IidScore before = SCORER.score(a);
    Random random = new Random(seed);
    // Raise one answered indicator by a level (answering a mandatory indicator can make a weak
    // innovation count and lower the average, which is the rule, not a defect).
    List<ReportedInnovation> innovations = new ArrayList<>(a.innovations());
    Assessment raised;
    if (innovations.isEmpty() || random.nextBoolean()) {
      raised = a.withRegionAnswers(raise(a.regionAnswers(), random));
    } else {
      int j = random.nextInt(innovations.size());
      ReportedInnovation r = innovations.get(j);
      innovations.set(j, ReportedInnovation.of(r.innovation(), raise(r.answers(), random)));
      raised = a.withInnovations(innovations);
    }

    assertThat(SCORER.score(raised).figures().exactIndex()).isGreaterThanOrEqualTo(before.figures().exactIndex());
  }

  private static List<Answer> raise(List<Answer> answers, Random random) {
    List<Answer> out = new ArrayList<>(answers);
    if (!out.isEmpty()) {
      int i = random.nextInt(out.size());
      Answer x = out.get(i);
      out.set(i, x.withClaimedLevel(Math.min(3, x.claimedLevel().getAsInt() + 1)));
    }
    return out;
  }

  @Property(tries = 150)
  void rejectingAnAnswer_neverRaisesTheVerifiedIndex(@ForAll("assessments") Assessment claimed, @ForAll long seed) {
    Random random = new Random(seed);
    // The verifier accepts the claims, then rejects (level 0) or lowers one answer.
    Assessment a = claimed.withRegionAnswers(accept(claimed.regionAnswers()))
        .withInnovations(claimed.innovations().stream()
            .map(r -> ReportedInnovation.of(r.innovation(), accept(r.answers()))).toList());
    IidScore before = SCORER.score(a, ScoreBasis.VERIFIED);
    List<ReportedInnovation> innovations = new ArrayList<>(a.innovations());
    Assessment rejected;
    if (innovations.isEmpty() || random.nextInt(4) == 0) {
      rejected = a.withRegionAnswers(lower(a.regionAnswers(), random));
    } else {
      int j = random.nextInt(innovations.size());
      ReportedInnovation r = innovations.get(j);
      innovations.set(j, ReportedInnovation.of(r.innovation(), lower(r.answers(), random)));
      rejected = a.withInnovations(innovations);
    }
    IidScore after = SCORER.score(rejected, ScoreBasis.VERIFIED);
    Statistics.label("innovations counted").collect(after.figures().innovations() < before.figures().innovations()
        ? "one stopped counting" : "same");

    assertThat(after.figures().exactIndex()).isLessThanOrEqualTo(before.figures().exactIndex());
    assertThat(after.figures().countScore()).isLessThanOrEqualTo(before.figures().countScore());
    assertThat(after.figures().basicServiceAffairsCovered())
        .isLessThanOrEqualTo(before.figures().basicServiceAffairsCovered());
  }

  private static List<Answer> accept(List<Answer> answers) {
    return answers.stream().map(x -> x.withVerifiedLevel(x.claimedLevel().getAsInt())).toList();
  }

  private static List<Answer> lower(List<Answer> answers, Random random) {
    List<Answer> out = new ArrayList<>(answers);
    if (!out.isEmpty()) {
      int i = random.nextInt(out.size());
      Answer x = out.get(i);
      out.set(i, x.withVerifiedLevel(random.nextInt(x.verifiedLevel().getAsInt() + 1)));
    }
    return out;
  }

  @Property(tries = 100)
  void innovationOrder_doesNotMatter(@ForAll("assessments") Assessment a, @ForAll long seed) {
    List<ReportedInnovation> shuffled = new ArrayList<>(a.innovations());
    Collections.shuffle(shuffled, new Random(seed));

    IidScore one = SCORER.score(a);
    IidScore other = SCORER.score(a.withInnovations(shuffled));

    assertThat(other.figures()).isEqualTo(one.figures());
    assertThat(other.breakdown().lostByReason()).isEqualTo(one.breakdown().lostByReason());
  }

  @Property(tries = 100)
  void sameInput_givesTheSameOutput(@ForAll("assessments") Assessment a) {
    assertThat(SCORER.score(a)).isEqualTo(SCORER.score(a));
  }

  @Property(tries = 5)
  void perfectAnswersWithTheCapReached_give100(@ForAll("editions") String id, @ForAll long seed) {
    IidEdition e = IidEdition.bundled(id);
    List<ReportedInnovation> innovations = new ArrayList<>();
    List<GovernmentAffair> basic = GovernmentAffair.basicServices().asList();
    for (int j = 0; j < e.countRule().orElseThrow().cap(); j++) {
      GovernmentAffair affair = j < basic.size() ? basic.get(j) : GovernmentAffair.LABOUR;
      innovations.add(ReportedInnovation.of(Fixtures.innovation("p" + j, affair),
          Fixtures.answers(e.sidIndicators(), 3, java.util.Map.of())));
    }
    Collections.shuffle(innovations, new Random(seed));
    Assessment perfect = Assessment.builder().region(Fixtures.REGION).editionId(id)
        .regionAnswers(Fixtures.answers(e.spdIndicators(), 3, java.util.Map.of())).innovations(innovations).build();

    IidScore s = IidScorer.of(e).score(perfect);

    assertThat(s.index()).isEqualByComparingTo("100.00");
    assertThat(s.rating()).isEqualTo(Rating.VERY_INNOVATIVE);
    assertThat(s.breakdown().lost()).isEqualByComparingTo("0");
  }

  /** Real regions' clean assessments from the model's shared arbitraries, on the 2026 catalogue. */
  @Provide
  Arbitrary<Assessment> sharedAssessments() {
    List<Indicator> catalogue = new ArrayList<>(E2026.spdIndicators());
    catalogue.addAll(E2026.sidIndicators());
    return InovasiArbitraries.assessments(catalogue);
  }

  @Property(tries = 100)
  void sharedAssessments_scoreWithinBoundsAndAddUp(@ForAll("sharedAssessments") Assessment a) {
    IidScore s = SCORER.score(a);

    assertThat(s.index()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(s.breakdown().earned().add(s.breakdown().lost())).isEqualByComparingTo("100");
    assertThat(s.problems()).noneMatch(p -> p.code().equals("UNKNOWN_INDICATOR"));
    assertThat(SCORER.score(a)).isEqualTo(s);
  }

  @Provide
  Arbitrary<String> editions() {
    return Arbitraries.of("iid-2026", "iid-2027");
  }
}
