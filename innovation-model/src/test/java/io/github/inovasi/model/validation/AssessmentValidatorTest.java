package io.github.inovasi.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.Agency;
import io.github.inovasi.model.AgencyKind;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.IndicatorLevel;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.MeasurementBasis;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.ProblemCodes;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.Replication;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.reference.RegionDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class AssessmentValidatorTest {
  private static final RegionDirectory REGIONS = RegionDirectory.kemendagri();
  private static final AssessmentValidator VALIDATOR = AssessmentValidator.of(REGIONS);
  private static final Evidence SK = Evidence.of(EvidenceKind.DECREE, "SK Bupati");

  static List<Indicator> catalogue() {
    return List.of(
        indicator("1", Aspect.SPD, true),
        indicator("2a", Aspect.SPD, false),
        indicator("16", Aspect.SID, true),
        indicator("33", Aspect.SID, false).withBases(List.of(basis("a"), basis("b"))));
  }

  static Assessment clean() {
    Innovation innovation = Innovation.builder()
        .id("rote-001").name("SEHATI").agencyId("dinkes")
        .type(InnovationType.NON_DIGITAL).form(InnovationForm.PUBLIC_SERVICE)
        .initiator(Initiator.AGENCY).stage(Stage.IMPLEMENTATION)
        .mainAffair(GovernmentAffair.HEALTH)
        .trialDate(LocalDate.of(2024, 1, 10)).implementationDate(LocalDate.of(2024, 7, 1))
        .addReplication(Replication.of(RegionCode.parse("53.01")))
        .build();
    return Assessment.builder()
        .region(REGIONS.get(RegionCode.parse("53.14")))
        .editionId("iid-2026")
        .addRegionAnswer(answer("1", 3))
        .addRegionAnswer(answer("2a", 2))
        .addInnovation(ReportedInnovation.of(innovation,
            List.of(answer("16", 2), answer("33", 3).withBasis("a"))))
        .addAgency(Agency.builder().id("dinkes").name("Dinas Kesehatan")
            .kind(AgencyKind.REGIONAL_AGENCY).region(RegionCode.parse("53.14")).build())
        .build();
  }

  @Test
  void clean_hasNoProblems() {
    assertThat(VALIDATOR.validate(clean(), catalogue())).isEmpty();
    assertThat(VALIDATOR.validate(clean())).isEmpty();
    assertThat(VALIDATOR.requireValid(clean(), catalogue())).isEqualTo(clean());
  }

  static Stream<Arguments> brokenAssessments() {
    return Stream.of(
        broken("trial after implementation", ProblemCodes.TRIAL_AFTER_IMPLEMENTATION,
            "innovations[0].innovation.trialDate",
            a -> withInnovation(a, i -> i.withTrialDate(LocalDate.of(2025, 1, 1)))),
        broken("renewal before implementation", ProblemCodes.RENEWAL_BEFORE_IMPLEMENTATION,
            "innovations[0].innovation.renewalDate",
            a -> withInnovation(a, i -> i.withRenewalDate(LocalDate.of(2024, 3, 1)))),
        broken("stage without its date", ProblemCodes.STAGE_DATE_MISMATCH,
            "innovations[0].innovation.stage",
            a -> withInnovation(a, i -> i.withImplementationDate(Optional.empty()))),
        broken("main affair repeated", ProblemCodes.MAIN_AFFAIR_REPEATED,
            "innovations[0].innovation.otherAffairs",
            a -> withInnovation(a, i -> i.withOtherAffairs(GovernmentAffair.HEALTH))),
        broken("unknown agency", ProblemCodes.UNKNOWN_AGENCY,
            "innovations[0].innovation.agencyId",
            a -> withInnovation(a, i -> i.withAgencyId("bappeda"))),
        broken("replication by unknown region", ProblemCodes.UNKNOWN_REGION,
            "innovations[0].innovation.replications[0].region",
            a -> withInnovation(a, i -> i.withReplications(Replication.of(RegionCode.parse("53.99"))))),
        broken("self replication", ProblemCodes.SELF_REPLICATION,
            "innovations[0].innovation.replications[0].region",
            a -> withInnovation(a, i -> i.withReplications(Replication.of(RegionCode.parse("53.14"))))),
        broken("duplicate innovation id", ProblemCodes.DUPLICATE_INNOVATION_ID,
            "innovations[1].innovation.id",
            a -> a.withInnovations(a.innovations().get(0), a.innovations().get(0))),
        broken("unknown region", ProblemCodes.UNKNOWN_REGION, "region.code",
            a -> a.withRegion(a.region().withCode(RegionCode.parse("53.99")))),
        broken("administrative area", ProblemCodes.REGION_NOT_AUTONOMOUS, "region.code",
            a -> a.withRegion(REGIONS.get(RegionCode.parse("31.71")))),
        broken("region differs", ProblemCodes.REGION_DIFFERS_FROM_DIRECTORY, "region",
            a -> a.withRegion(a.region().withBorder(true))),
        broken("unknown indicator", ProblemCodes.UNKNOWN_INDICATOR,
            "innovations[0].answers[1].indicatorCode",
            a -> withAnswers(a, List.of(answer("16", 2), answer("99", 1)))),
        broken("SPD indicator answered per innovation", ProblemCodes.WRONG_ASPECT,
            "innovations[0].answers[1].indicatorCode",
            a -> withAnswers(a, List.of(answer("16", 2), answer("1", 1)))),
        broken("SID indicator answered at region level", ProblemCodes.WRONG_ASPECT,
            "regionAnswers[2].indicatorCode",
            a -> a.withRegionAnswers(add(a.regionAnswers(), answer("16", 1)))),
        broken("duplicate answer", ProblemCodes.DUPLICATE_ANSWER, "regionAnswers[2].indicatorCode",
            a -> a.withRegionAnswers(add(a.regionAnswers(), answer("2a", 1)))),
        broken("basis the indicator lacks", ProblemCodes.UNKNOWN_BASIS, "innovations[0].answers[1].basis",
            a -> withAnswers(a, List.of(answer("16", 2), answer("33", 3).withBasis("z")))),
        broken("basis on an indicator without bases", ProblemCodes.UNKNOWN_BASIS,
            "innovations[0].answers[0].basis",
            a -> withAnswers(a, List.of(answer("16", 2).withBasis("a"), answer("33", 3).withBasis("a")))),
        broken("missing basis", ProblemCodes.MISSING_BASIS, "innovations[0].answers[1].basis",
            a -> withAnswers(a, List.of(answer("16", 2), answer("33", 3)))),
        broken("mandatory SID indicator unanswered", ProblemCodes.MISSING_MANDATORY_ANSWER,
            "innovations[0].answers",
            a -> withAnswers(a, List.of(answer("33", 3).withBasis("a")))),
        broken("claim without evidence", ProblemCodes.CLAIM_WITHOUT_EVIDENCE, "regionAnswers[0].evidence",
            a -> a.withRegionAnswers(Answer.of("1", 3), answer("2a", 2))),
        broken("verified above claim", ProblemCodes.VERIFIED_ABOVE_CLAIMED, "regionAnswers[1].verifiedLevel",
            a -> a.withRegionAnswers(answer("1", 3), answer("2a", 2).withVerifiedLevel(3))),
        broken("duplicate agency", ProblemCodes.DUPLICATE_AGENCY_ID, "agencies[1].id",
            a -> a.withAgencies(a.agencies().get(0), a.agencies().get(0))),
        broken("agency of another region", ProblemCodes.AGENCY_REGION_MISMATCH, "agencies[0].region",
            a -> a.withAgencies(a.agencies().get(0).withRegion(RegionCode.parse("53.01")))),
        broken("unknown parent agency", ProblemCodes.UNKNOWN_AGENCY, "agencies[0].parentId",
            a -> a.withAgencies(a.agencies().get(0).withParentId("sekda"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenAssessments")
  void broken_isReportedAtItsPathWithItsCode(String what, String code, String path, Assessment broken) {
    List<Problem> problems = VALIDATOR.validate(broken, catalogue());
    assertThat(problems)
        .as(what)
        .anySatisfy(p -> {
          assertThat(p.code()).isEqualTo(code);
          assertThat(p.location().path()).isEqualTo(path);
          assertThat(p.message().indonesian()).isNotBlank();
          assertThat(p.message().english()).isNotBlank();
        });
  }

  @Test
  void everyProblem_isReportedAtOnce() {
    Assessment broken = withInnovation(clean(), i -> i.withTrialDate(LocalDate.of(2025, 1, 1))
        .withAgencyId("bappeda"));
    broken = withAnswers(broken, List.of(answer("16", 2), answer("16", 2), answer("99", 1)));
    assertThat(VALIDATOR.validate(broken, catalogue()))
        .extracting(Problem::code)
        .contains(ProblemCodes.TRIAL_AFTER_IMPLEMENTATION, ProblemCodes.UNKNOWN_AGENCY,
            ProblemCodes.DUPLICATE_ANSWER, ProblemCodes.UNKNOWN_INDICATOR);
  }

  @Test
  void duplicateIndicatorInCatalogue_isReported() {
    List<Indicator> catalogue = new ArrayList<>(catalogue());
    catalogue.add(indicator("16", Aspect.SID, false));
    assertThat(VALIDATOR.validate(clean(), catalogue))
        .anySatisfy(p -> {
          assertThat(p.code()).isEqualTo(ProblemCodes.DUPLICATE_INDICATOR);
          assertThat(p.location().path()).isEqualTo("catalogue[4].code");
        });
  }

  @Test
  void requireValid_throwsWithEveryProblem() {
    Assessment broken = withInnovation(clean(), i -> i.withTrialDate(LocalDate.of(2025, 1, 1)));
    assertThatThrownBy(() -> VALIDATOR.requireValid(broken, catalogue()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::code).contains(ProblemCodes.TRIAL_AFTER_IMPLEMENTATION))
        .hasMessageContaining("innovations[0].innovation.trialDate");
  }

  @Test
  void attempt_reportsTheBuildersFailureWithItsCode() {
    List<Problem> problems = new ArrayList<>();
    Location at = Location.ofPath("innovations[3].answers[2]");
    Optional<Answer> built = AssessmentValidator.attempt(
        at, () -> Answer.builder().indicatorCode("16").claimedLevel(4).build(), problems::add);
    assertThat(built).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCodes.LEVEL_OUT_OF_RANGE);
      assertThat(p.location().path()).isEqualTo("innovations[3].answers[2]");
      assertThat(p.location().field()).contains("claimedLevel");
      assertThat(p.found()).contains("4");
    });
    assertThat(AssessmentValidator.attempt(at, () -> Answer.of("16", 2), problems::add)).isPresent();
  }

  @Test
  void attempt_reportsMissingAttributes() {
    List<Problem> problems = new ArrayList<>();
    AssessmentValidator.attempt(Location.ofPath("innovations[0].innovation"),
        () -> Innovation.builder().id("x").build(), problems::add);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCodes.MISSING_VALUE);
      assertThat(p.message().english()).contains("name");
    });
  }

  private static Arguments broken(String what, String code, String path, UnaryOperator<Assessment> change) {
    return Arguments.of(what, code, path, change.apply(clean()));
  }

  private static Assessment withInnovation(Assessment a, UnaryOperator<Innovation> change) {
    ReportedInnovation first = a.innovations().get(0);
    return a.withInnovations(first.withInnovation(change.apply(first.innovation())));
  }

  private static Assessment withAnswers(Assessment a, List<Answer> answers) {
    return a.withInnovations(a.innovations().get(0).withAnswers(answers));
  }

  private static List<Answer> add(List<Answer> answers, Answer answer) {
    List<Answer> out = new ArrayList<>(answers);
    out.add(answer);
    return out;
  }

  private static Answer answer(String code, int level) {
    return Answer.of(code, level).withEvidence(SK);
  }

  private static Indicator indicator(String code, Aspect aspect, boolean mandatory) {
    return Indicator.builder()
        .code(code).number(Integer.parseInt(code.replaceAll("[a-z]", ""))).aspect(aspect)
        .name(Label.of("Indikator " + code, "Indicator " + code))
        .variable(Label.of("Institusi", "Institution"))
        .weight(BigDecimal.ONE).mandatory(mandatory)
        .levels(levels())
        .build();
  }

  private static MeasurementBasis basis(String code) {
    return MeasurementBasis.builder().code(code).name(Label.of("Dasar " + code, "Basis " + code))
        .levels(levels()).build();
  }

  private static List<IndicatorLevel> levels() {
    return List.of(IndicatorLevel.of(1, Label.of("P1", "P1")), IndicatorLevel.of(2, Label.of("P2", "P2")),
        IndicatorLevel.of(3, Label.of("P3", "P3")));
  }
}
