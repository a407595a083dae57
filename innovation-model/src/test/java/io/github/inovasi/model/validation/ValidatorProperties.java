package io.github.inovasi.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.ProblemCodes;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.Replication;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.testing.InovasiArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The validator and the builders agree: every way of breaking a clean assessment is caught
 * exactly once, either by the builder (a construction invariant, reported through {@link
 * AssessmentValidator#attempt}) or by the validator (a finding), with the rule's code.
 */
class ValidatorProperties {
  private static final AssessmentValidator VALIDATOR = AssessmentValidator.kemendagri();

  /** One way to break an assessment, and the code it must be reported with. */
  enum Mutation {
    CLAIMED_LEVEL_FOUR(ProblemCodes.LEVEL_OUT_OF_RANGE, (a, c) ->
        firstInnovation(a, r -> r.withAnswers(Answer.builder().indicatorCode("16").claimedLevel(4).build()))),
    VERIFIED_LEVEL_NEGATIVE(ProblemCodes.LEVEL_OUT_OF_RANGE, (a, c) ->
        a.withRegionAnswers(Answer.builder().indicatorCode("1").verifiedLevel(-1).build())),
    BLANK_INNOVATION_NAME(ProblemCodes.BLANK_TEXT, (a, c) ->
        firstInnovation(a, r -> r.withInnovation(r.innovation().withName(" ")))),
    TRIAL_AFTER_IMPLEMENTATION(ProblemCodes.TRIAL_AFTER_IMPLEMENTATION, (a, c) ->
        firstInnovation(a, r -> r.withInnovation(r.innovation()
            .withImplementationDate(LocalDate.of(2024, 1, 1)).withTrialDate(LocalDate.of(2024, 6, 1))))),
    RENEWAL_BEFORE_IMPLEMENTATION(ProblemCodes.RENEWAL_BEFORE_IMPLEMENTATION, (a, c) ->
        firstInnovation(a, r -> r.withInnovation(r.innovation()
            .withImplementationDate(LocalDate.of(2024, 6, 1)).withRenewalDate(LocalDate.of(2024, 1, 1))))),
    DUPLICATE_INNOVATION(ProblemCodes.DUPLICATE_INNOVATION_ID, (a, c) ->
        a.withInnovations(a.innovations().get(0), a.innovations().get(0))),
    UNKNOWN_INDICATOR(ProblemCodes.UNKNOWN_INDICATOR, (a, c) ->
        a.withRegionAnswers(add(a.regionAnswers(), Answer.of("99", 1)))),
    SID_AT_REGION_LEVEL(ProblemCodes.WRONG_ASPECT, (a, c) ->
        a.withRegionAnswers(add(a.regionAnswers(), Answer.of("16", 1)))),
    SPD_PER_INNOVATION(ProblemCodes.WRONG_ASPECT, (a, c) ->
        firstInnovation(a, r -> r.withAnswers(add(r.answers(), Answer.of("1", 1))))),
    DUPLICATE_ANSWER(ProblemCodes.DUPLICATE_ANSWER, (a, c) ->
        a.withRegionAnswers(add(add(a.regionAnswers(), Answer.of("3", 1)), Answer.of("3", 2)))),
    UNKNOWN_REGION(ProblemCodes.UNKNOWN_REGION, (a, c) ->
        a.withRegion(a.region().withCode(RegionCode.parse(
            a.region().code().isProvince() ? "99" : a.region().code().provinceCode() + ".99")))),
    SELF_REPLICATION(ProblemCodes.SELF_REPLICATION, (a, c) ->
        firstInnovation(a, r -> r.withInnovation(r.innovation().withReplications(
            Replication.of(a.region().code()))))),
    UNKNOWN_AGENCY(ProblemCodes.UNKNOWN_AGENCY, (a, c) ->
        firstInnovation(a, r -> r.withInnovation(r.innovation().withAgencyId("tidak-ada"))));

    final String code;
    final BiFunction<Assessment, List<Indicator>, Assessment> apply;

    Mutation(String code, BiFunction<Assessment, List<Indicator>, Assessment> apply) {
      this.code = code;
      this.apply = apply;
    }
  }

  @Property(tries = 100)
  void cleanAssessments_haveNoProblems(@ForAll("cases") Tuple2<List<Indicator>, Assessment> c) {
    Assessment a = c.get2();
    Statistics.label("innovations").collect(Math.min(a.innovations().size(), 3));
    Statistics.label("region level").collect(a.region().level());
    assertThat(VALIDATOR.validate(a, c.get1())).isEmpty();
    assertThat(VALIDATOR.validate(a)).isEmpty();
  }

  @Property(tries = 100)
  void everyMutation_isCaughtOnce_byTheBuilderOrTheValidator(
      @ForAll("casesWithInnovations") Tuple2<List<Indicator>, Assessment> c, @ForAll Mutation mutation) {
    Statistics.label("mutation").collect(mutation);
    List<Problem> construction = new ArrayList<>();
    Optional<Assessment> broken = AssessmentValidator.attempt(
        Location.ofPath(""), () -> mutation.apply.apply(c.get2(), c.get1()), construction::add);
    List<Problem> findings = broken.<List<Problem>>map(b -> VALIDATOR.validate(b, c.get1())).orElse(List.of());
    List<Problem> all = new ArrayList<>(construction);
    all.addAll(findings);
    assertThat(all).extracting(Problem::code).contains(mutation.code);
    assertThat(construction.isEmpty()).isNotEqualTo(findings.stream().noneMatch(p -> p.code().equals(mutation.code)));
  }

  @Property(tries = 200)
  void trialAfterImplementation_isAFindingNotAConstructionFailure(
      @ForAll("innovations") Innovation innovation,
      @ForAll @IntRange(min = -400, max = 400) int trialOffset) {
    LocalDate implementation = LocalDate.of(2025, 1, 1);
    Innovation dated = innovation.withImplementationDate(implementation)
        .withTrialDate(implementation.plusDays(trialOffset));
    Assessment a = Assessment.builder()
        .region(io.github.inovasi.model.reference.RegionDirectory.kemendagri().get(RegionCode.parse("53.14")))
        .editionId("iid-2026")
        .addInnovation(ReportedInnovation.of(dated, List.of()))
        .build();
    boolean reported = VALIDATOR.validate(a).stream()
        .anyMatch(p -> p.code().equals(ProblemCodes.TRIAL_AFTER_IMPLEMENTATION));
    assertThat(reported).isEqualTo(trialOffset > 0);
  }

  @Property(tries = 30)
  void constructionFailures_neverReachTheValidator(@ForAll("casesWithInnovations") Tuple2<List<Indicator>, Assessment> c) {
    try {
      Answer.builder().indicatorCode("16").claimedLevel(0).build();
      throw new AssertionError("a claimed level 0 was built");
    } catch (InvalidValueException e) {
      assertThat(e.code()).isEqualTo(ProblemCodes.LEVEL_OUT_OF_RANGE);
    }
    assertThat(VALIDATOR.validate(c.get2(), c.get1()))
        .noneMatch(p -> p.code().equals(ProblemCodes.LEVEL_OUT_OF_RANGE) || p.code().equals(ProblemCodes.BLANK_TEXT));
  }

  @Provide
  Arbitrary<Tuple2<List<Indicator>, Assessment>> cases() {
    return InovasiArbitraries.catalogue().flatMap(
        catalogue -> InovasiArbitraries.assessments(catalogue).map(a -> Tuple.of(catalogue, a)));
  }

  @Provide
  Arbitrary<Tuple2<List<Indicator>, Assessment>> casesWithInnovations() {
    return InovasiArbitraries.catalogue().flatMap(catalogue ->
        InovasiArbitraries.assessmentsWithInnovations(catalogue).map(a -> Tuple.of(catalogue, a)));
  }

  @Provide
  Arbitrary<Innovation> innovations() {
    return InovasiArbitraries.innovations().map(i -> i.withReplications(List.of()).withAgencyId(Optional.empty())
        .withStage(io.github.inovasi.model.Stage.IMPLEMENTATION));
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Arbitraries.of(Mutation.class);
  }

  private static Assessment firstInnovation(Assessment a,
      java.util.function.UnaryOperator<ReportedInnovation> change) {
    List<ReportedInnovation> list = new ArrayList<>(a.innovations());
    list.set(0, change.apply(list.get(0)));
    return a.withInnovations(list);
  }

  private static <T> List<T> add(List<T> list, T element) {
    List<T> out = new ArrayList<>(list);
    out.add(element);
    return out;
  }
}
