package io.github.inovasi.model.validation;

import org.jspecify.annotations.Nullable;
import static io.github.inovasi.model.ProblemCodes.AGENCY_REGION_MISMATCH;
import static io.github.inovasi.model.ProblemCodes.CLAIM_WITHOUT_EVIDENCE;
import static io.github.inovasi.model.ProblemCodes.DUPLICATE_AGENCY_ID;
import static io.github.inovasi.model.ProblemCodes.DUPLICATE_ANSWER;
import static io.github.inovasi.model.ProblemCodes.DUPLICATE_INDICATOR;
import static io.github.inovasi.model.ProblemCodes.DUPLICATE_INNOVATION_ID;
import static io.github.inovasi.model.ProblemCodes.DUPLICATE_REPLICATION;
import static io.github.inovasi.model.ProblemCodes.MAIN_AFFAIR_REPEATED;
import static io.github.inovasi.model.ProblemCodes.MISSING_BASIS;
import static io.github.inovasi.model.ProblemCodes.MISSING_MANDATORY_ANSWER;
import static io.github.inovasi.model.ProblemCodes.REGION_DIFFERS_FROM_DIRECTORY;
import static io.github.inovasi.model.ProblemCodes.REGION_NOT_AUTONOMOUS;
import static io.github.inovasi.model.ProblemCodes.SELF_REPLICATION;
import static io.github.inovasi.model.ProblemCodes.STAGE_DATE_MISMATCH;
import static io.github.inovasi.model.ProblemCodes.RENEWAL_BEFORE_IMPLEMENTATION;
import static io.github.inovasi.model.ProblemCodes.TRIAL_AFTER_IMPLEMENTATION;
import static io.github.inovasi.model.ProblemCodes.UNKNOWN_AGENCY;
import static io.github.inovasi.model.ProblemCodes.UNKNOWN_BASIS;
import static io.github.inovasi.model.ProblemCodes.UNKNOWN_INDICATOR;
import static io.github.inovasi.model.ProblemCodes.UNKNOWN_REGION;
import static io.github.inovasi.model.ProblemCodes.VERIFIED_ABOVE_CLAIMED;
import static io.github.inovasi.model.ProblemCodes.WRONG_ASPECT;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.Innovator;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.Replication;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.reference.RegionDirectory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Checks assessments and reports every problem at once, each with a model path such as
 * {@code innovations[3].answers[33]}, a stable code from {@link
 * io.github.inovasi.model.ProblemCodes} and a message in Indonesian and English.
 *
 * <p>Rules about one value alone (a level in range, a non-blank name) are construction
 * invariants of the builders and have one source of truth there: {@link #attempt} runs a
 * construction and reports its failure as a problem with the builder's own code, so a reader
 * building values from input collects every failure the way this validator reports findings.
 * {@link #validate(Assessment)} adds the rules that need several values or outside reference
 * data: dates that contradict each other, duplicate ids and answers, unknown regions and
 * agencies, and, given an indicator catalogue, unknown indicators, answers at the wrong aspect
 * and measurement bases.
 *
 * <pre>{@code
 * AssessmentValidator validator = AssessmentValidator.of(RegionDirectory.kemendagri());
 * List<Problem> problems = validator.validate(assessment, edition.indicators());
 * problems.forEach(p -> System.out.println(p.describe(Locale.forLanguageTag("id"))));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AssessmentValidator {
  private final RegionDirectory regions;

  private AssessmentValidator(RegionDirectory regions) {
    this.regions = regions;
  }

  /**
   * Returns a validator that checks region codes against a directory.
   *
   * @param regions the known regions, usually {@link RegionDirectory#kemendagri()}
   * @return the validator
   */
  public static AssessmentValidator of(RegionDirectory regions) {
    return new AssessmentValidator(Objects.requireNonNull(regions, "regions"));
  }

  /**
   * Returns a validator that checks region codes against the bundled Kemendagri list.
   *
   * @return the validator
   */
  public static AssessmentValidator kemendagri() {
    return of(RegionDirectory.kemendagri());
  }

  /**
   * Runs a construction (usually a builder's {@code build()}) and reports its failure instead
   * of throwing: the problem carries the builder's code and message, located at {@code at}.
   * Foreign exceptions are not caught: they are defects, not bad input.
   *
   * @param <T> the value type
   * @param at where the value comes from, e.g. {@code innovations[3].answers[2]}
   * @param construction builds the value
   * @param problems receives the problem when the construction fails
   * @return the value, or empty when it could not be built
   */
  public static <T> Optional<T> attempt(
      Location at, Supplier<T> construction, Consumer<? super Problem> problems) {
    try {
      return Optional.of(construction.get());
    } catch (InvalidValueException e) {
      problems.accept(e.toProblem(at));
      return Optional.empty();
    }
  }

  /**
   * Checks an assessment without an indicator catalogue: region, ids, dates, agencies,
   * replications and duplicate answers. References to agencies (an innovation's or
   * innovator's {@code agencyId}, an agency's parent) are checked when the assessment lists
   * its agencies; an assessment without agencies leaves them unchecked.
   *
   * @param assessment the assessment
   * @return every problem found, errors and warnings, in document order; empty when clean
   */
  public ImmutableList<Problem> validate(Assessment assessment) {
    return check(assessment, Optional.empty());
  }

  /**
   * Checks an assessment against an edition's indicator catalogue: everything {@link
   * #validate(Assessment)} checks, plus unknown indicators, SPD answers given for SID
   * indicators and the other way round, measurement bases, and mandatory indicators left
   * unanswered. Problems in the catalogue itself (duplicate codes) are reported at
   * {@code catalogue[i]}.
   *
   * @param assessment the assessment
   * @param catalogue the edition's indicators
   * @return every problem found, in document order; empty when clean
   */
  public ImmutableList<Problem> validate(Assessment assessment, List<Indicator> catalogue) {
    return check(assessment, Optional.of(catalogue));
  }

  /**
   * Checks an assessment against a catalogue and throws when an error (not a warning) is
   * found.
   *
   * @param assessment the assessment
   * @param catalogue the edition's indicators
   * @return the assessment, when it has no errors
   * @throws InvalidInputException carrying every problem, when any is an error
   */
  public Assessment requireValid(Assessment assessment, List<Indicator> catalogue) {
    ImmutableList<Problem> problems = validate(assessment, catalogue);
    long errors = problems.stream().filter(Problem::isError).count();
    if (errors > 0) {
      throw new InvalidInputException(
          "assessment of " + assessment.region() + " has " + errors + " errors", problems);
    }
    return assessment;
  }

  private ImmutableList<Problem> check(Assessment assessment, Optional<List<Indicator>> catalogue) {
    Findings findings = new Findings();
    Location root = Location.ofPath("");
    Optional<Map<String, Indicator>> indicators = catalogue.map(c -> indexCatalogue(c, findings));
    checkRegion(assessment.region(), root.child("region"), findings);
    Set<String> agencyIds = checkAgencies(assessment, findings);
    checkAnswers(assessment.regionAnswers(), Aspect.SPD, root.child("regionAnswers"), indicators, findings);
    Set<String> innovationIds = new HashSet<>();
    for (int i = 0; i < assessment.innovations().size(); i++) {
      ReportedInnovation reported = assessment.innovations().get(i);
      Location at = root.child("innovations[" + i + "]");
      Innovation innovation = reported.innovation();
      if (!innovationIds.add(innovation.id())) {
        findings.error(DUPLICATE_INNOVATION_ID, at.child("innovation.id"),
            Label.of("Id inovasi ganda dalam satu penilaian", "Duplicate innovation id in one assessment"),
            innovation.id());
      }
      InnovationRules.check(innovation, assessment.region().code(), agencyIds,
          !assessment.agencies().isEmpty(), at.child("innovation"), findings, this::known);
      checkAnswers(reported.answers(), Aspect.SID, at.child("answers"), indicators, findings);
    }
    return findings.build();
  }

  private boolean known(RegionCode code) {
    return regions.contains(code);
  }

  private Map<String, Indicator> indexCatalogue(List<Indicator> catalogue, Findings findings) {
    Map<String, Indicator> byCode = new LinkedHashMap<>();
    for (int i = 0; i < catalogue.size(); i++) {
      Indicator indicator = catalogue.get(i);
      if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
        findings.error(DUPLICATE_INDICATOR, Location.ofPath("catalogue[" + i + "]").child("code"),
            Label.of("Kode indikator ganda dalam katalog", "Duplicate indicator code in the catalogue"),
            indicator.code());
      }
    }
    return byCode;
  }

  private void checkRegion(Region region, Location at, Findings findings) {
    Optional<Region> listed = regions.find(region.code());
    if (listed.isEmpty()) {
      findings.error(UNKNOWN_REGION, at.child("code"),
          Label.of("Kode wilayah tidak dikenal", "Unknown region code"), region.code());
      return;
    }
    if (!region.autonomous() || !listed.get().autonomous()) {
      findings.error(REGION_NOT_AUTONOMOUS, at.child("code"),
          Label.of("Wilayah administratif tidak dinilai sendiri; yang dinilai daerah otonom",
              "An administrative area is not assessed on its own; only autonomous regions are"),
          region);
    }
    if (!listed.get().equals(region)) {
      findings.warning(REGION_DIFFERS_FROM_DIRECTORY, at,
          Label.of("Data wilayah berbeda dengan daftar Kemendagri",
              "The region's attributes differ from the Kemendagri list"),
          region.code());
    }
  }

  private Set<String> checkAgencies(Assessment assessment, Findings findings) {
    Map<String, Agency> byId = new HashMap<>();
    List<Agency> agencies = assessment.agencies();
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      Location at = Location.ofPath("agencies[" + i + "]");
      if (byId.putIfAbsent(agency.id(), agency) != null) {
        findings.error(DUPLICATE_AGENCY_ID, at.child("id"),
            Label.of("Id perangkat daerah ganda", "Duplicate agency id"), agency.id());
      }
      if (!agency.region().equals(assessment.region().code())) {
        findings.error(AGENCY_REGION_MISMATCH, at.child("region"),
            Label.of("Perangkat daerah milik daerah lain", "The agency belongs to another region"),
            agency.region());
      }
    }
    for (int i = 0; i < agencies.size(); i++) {
      Optional<String> parent = agencies.get(i).parentId();
      if (parent.isPresent() && !byId.containsKey(parent.get())) {
        findings.error(UNKNOWN_AGENCY, Location.ofPath("agencies[" + i + "]").child("parentId"),
            Label.of("Perangkat daerah induk tidak ada dalam daftar", "The parent agency is not listed"),
            parent.get());
      }
    }
    return byId.keySet();
  }

  private void checkAnswers(List<Answer> answers, Aspect aspect, Location at,
      Optional<Map<String, Indicator>> catalogue, Findings findings) {
    Set<String> answered = new HashSet<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      Location here = at.child("[" + i + "]");
      if (!answered.add(answer.indicatorCode())) {
        findings.error(DUPLICATE_ANSWER, here.child("indicatorCode"),
            Label.of("Indikator yang sama dijawab dua kali", "The same indicator is answered twice"),
            answer.indicatorCode());
      }
      AnswerRules.check(answer, here, findings);
      catalogue.ifPresent(c -> AnswerRules.checkAgainst(answer, c.get(answer.indicatorCode()), aspect, here, findings));
    }
    catalogue.ifPresent(c -> c.values().stream()
        .filter(indicator -> indicator.aspect() == aspect && indicator.mandatory())
        .filter(indicator -> answers.stream().noneMatch(
            a -> a.indicatorCode().equals(indicator.code()) && a.claimedLevel().isPresent()))
        .forEach(indicator -> findings.warning(MISSING_MANDATORY_ANSWER, at,
            Label.of("Indikator wajib " + indicator.code() + " belum dijawab",
                "Mandatory indicator " + indicator.code() + " is not answered"),
            indicator.code())));
  }

  /** Rules on one answer, with and without its indicator. */
  private static final class AnswerRules {
    static void check(Answer answer, Location at, Findings findings) {
      if (answer.claimedLevel().isPresent() && answer.evidence().isEmpty()) {
        findings.warning(CLAIM_WITHOUT_EVIDENCE, at.child("evidence"),
            Label.of("Level diklaim tanpa bukti dukung; tanpa bukti yang sah skornya 0",
                "A level is claimed without evidence; without valid evidence it scores 0"),
            answer.claimedLevel().getAsInt());
      }
      if (answer.verifiedLevel().orElse(0) > answer.claimedLevel().orElse(0)) {
        findings.warning(VERIFIED_ABOVE_CLAIMED, at.child("verifiedLevel"),
            Label.of("Level hasil verifikasi lebih tinggi dari level yang diklaim",
                "The verified level is higher than the level claimed"),
            answer.verifiedLevel().getAsInt());
      }
    }

    static void checkAgainst(
        Answer answer, @Nullable Indicator indicator, Aspect aspect, Location at, Findings findings) {
      if (indicator == null) {
        findings.error(UNKNOWN_INDICATOR, at.child("indicatorCode"),
            Label.of("Indikator tidak ada dalam katalog edisi ini",
                "The indicator is not in this edition's catalogue"),
            answer.indicatorCode());
        return;
      }
      if (indicator.aspect() != aspect) {
        findings.add(WRONG_ASPECT, Problem.Severity.ERROR, at.child("indicatorCode"),
            Label.of("Indikator " + indicator.aspect() + " dijawab sebagai " + aspect,
                indicator.aspect() + " indicator answered as " + aspect),
            answer.indicatorCode(),
            aspect == Aspect.SPD ? "an SPD indicator (regionAnswers)" : "an SID indicator (innovation answers)");
        return;
      }
      if (answer.basis().isPresent() && indicator.basis(answer.basis().get()).isEmpty()) {
        findings.add(UNKNOWN_BASIS, Problem.Severity.ERROR, at.child("basis"),
            Label.of("Dasar pengukuran tidak dimiliki indikator ini",
                "The indicator has no such measurement basis"),
            answer.basis().get(),
            indicator.bases().isEmpty() ? "no basis"
                : "one of " + indicator.bases().stream().map(b -> b.code()).collect(
                    java.util.stream.Collectors.joining(", ")));
      } else if (answer.basis().isEmpty() && answer.claimedLevel().isPresent()
          && indicator.bases().size() > 1) {
        findings.error(MISSING_BASIS, at.child("basis"),
            Label.of("Pilih satu dasar pengukuran untuk indikator ini",
                "Choose one measurement basis for this indicator"),
            null);
      }
    }
  }

  /** Rules on one innovation that need more than the value itself. */
  private static final class InnovationRules {
    static void check(Innovation innovation, RegionCode owner, Set<String> agencyIds,
        boolean agenciesListed, Location at, Findings findings,
        java.util.function.Predicate<RegionCode> knownRegion) {
      if (innovation.trialDate().isPresent() && innovation.implementationDate().isPresent()
          && innovation.trialDate().get().isAfter(innovation.implementationDate().get())) {
        findings.add(TRIAL_AFTER_IMPLEMENTATION, Problem.Severity.ERROR, at.child("trialDate"),
            Label.of("Tanggal uji coba sesudah tanggal penerapan",
                "The trial date is after the implementation date"),
            innovation.trialDate().get(),
            "on or before " + innovation.implementationDate().get());
      }
      if (innovation.renewalDate().isPresent() && innovation.implementationDate().isPresent()
          && innovation.renewalDate().get().isBefore(innovation.implementationDate().get())) {
        findings.add(RENEWAL_BEFORE_IMPLEMENTATION, Problem.Severity.WARNING, at.child("renewalDate"),
            Label.of("Tanggal pembaharuan sebelum tanggal penerapan",
                "The renewal date is before the implementation date"),
            innovation.renewalDate().get(),
            "on or after " + innovation.implementationDate().get());
      }
      checkStage(innovation, at, findings);
      if (innovation.otherAffairs().contains(innovation.mainAffair())) {
        findings.warning(MAIN_AFFAIR_REPEATED, at.child("otherAffairs"),
            Label.of("Urusan utama juga dicantumkan sebagai urusan lain",
                "The main affair is also listed among the other affairs"),
            innovation.mainAffair().code());
      }
      if (agenciesListed) {
        innovation.agencyId().filter(id -> !agencyIds.contains(id)).ifPresent(id ->
            findings.error(UNKNOWN_AGENCY, at.child("agencyId"),
                Label.of("Perangkat daerah tidak ada dalam daftar", "The agency is not listed"), id));
        for (int i = 0; i < innovation.innovators().size(); i++) {
          Innovator innovator = innovation.innovators().get(i);
          Location here = at.child("innovators[" + i + "]").child("agencyId");
          innovator.agencyId().filter(id -> !agencyIds.contains(id)).ifPresent(id ->
              findings.error(UNKNOWN_AGENCY, here,
                  Label.of("Perangkat daerah tidak ada dalam daftar", "The agency is not listed"), id));
        }
      }
      Set<RegionCode> replicators = new HashSet<>();
      for (int i = 0; i < innovation.replications().size(); i++) {
        Replication replication = innovation.replications().get(i);
        Location here = at.child("replications[" + i + "]").child("region");
        if (!knownRegion.test(replication.region())) {
          findings.error(UNKNOWN_REGION, here,
              Label.of("Kode wilayah tidak dikenal", "Unknown region code"), replication.region());
        } else if (replication.region().equals(owner)) {
          findings.error(SELF_REPLICATION, here,
              Label.of("Replikasi harus oleh daerah lain", "A replication must be by another region"),
              replication.region());
        } else if (!replicators.add(replication.region())) {
          findings.warning(DUPLICATE_REPLICATION, here,
              Label.of("Daerah yang sama dicatat dua kali mereplikasi",
                  "The same region is listed twice as replicating"),
              replication.region());
        }
      }
    }

    private static void checkStage(Innovation innovation, Location at, Findings findings) {
      boolean ok;
      String expected;
      if (innovation.stage() == Stage.IMPLEMENTATION) {
        ok = innovation.implementationDate().isPresent();
        expected = "an implementation date for stage PENERAPAN";
      } else if (innovation.stage() == Stage.TRIAL) {
        ok = innovation.trialDate().isPresent() && innovation.implementationDate().isEmpty();
        expected = "a trial date and no implementation date for stage UJI_COBA";
      } else {
        ok = innovation.trialDate().isEmpty() && innovation.implementationDate().isEmpty();
        expected = "no trial or implementation date for stage INISIATIF";
      }
      if (!ok) {
        findings.add(STAGE_DATE_MISMATCH, Problem.Severity.WARNING, at.child("stage"),
            Label.of("Tahapan tidak sesuai dengan tanggal uji coba dan penerapan",
                "The stage does not fit the trial and implementation dates"),
            innovation.stage().code(), expected);
      }
    }
  }
}
