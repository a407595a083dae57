package io.github.inovasi.io.table;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.scoring.iid.IidEdition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks answers against an IID edition's catalogue: an indicator code that is not in the
 * edition's SPD (region-level) or SID (innovation-level) part is a problem, with the nearest
 * code of that part suggested ({@code 2A}, {@code 5.b} and {@code "16 "} are typos of
 * {@code 2a}, {@code 5b} and {@code 16}). Used by {@link InovasiTables#readAssessments(
 * java.nio.file.Path, java.nio.file.Path, IidEdition, boolean, io.github.inovasi.model.reference.RegionDirectory,
 * java.util.function.Consumer)} on the rows of an answers table and by callers on assessments
 * read from JSON.
 *
 * <pre>{@code
 * EditionCheck check = EditionCheck.of(IidEdition.bundled("iid-2026"));
 * List<Problem> problems = check.check(assessment, "nasional.json");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EditionCheck {
  private final IidEdition edition;
  private final Map<String, Indicator> spd;
  private final Map<String, Indicator> sid;

  private EditionCheck(IidEdition edition) {
    this.edition = edition;
    this.spd = byCode(edition.spdIndicators());
    this.sid = byCode(edition.sidIndicators());
  }

  private static Map<String, Indicator> byCode(List<Indicator> indicators) {
    Map<String, Indicator> out = new LinkedHashMap<>();
    indicators.forEach(i -> out.put(i.code(), i));
    return out;
  }

  /**
   * Returns the check of an edition.
   *
   * @param edition the edition whose catalogue answers must use
   * @return the check
   * @throws NullPointerException if edition is null
   */
  public static EditionCheck of(IidEdition edition) {
    return new EditionCheck(Objects.requireNonNull(edition, "edition"));
  }

  /**
   * Returns the edition checked against.
   *
   * @return the edition
   */
  public IidEdition edition() {
    return edition;
  }

  /**
   * Tells whether a code is in the edition's part: SPD for region-level answers, SID for
   * innovation-level ones. Codes are compared exactly: {@code 2A} is not {@code 2a}.
   *
   * @param code the indicator code as given
   * @param regionLevel true for a region-level (SPD) answer
   * @return whether the code is known
   */
  public boolean isKnown(String code, boolean regionLevel) {
    return part(regionLevel).containsKey(code);
  }

  /**
   * Returns the part's code nearest to an unknown one: the same code up to case, spaces and
   * punctuation, else one at a small edit distance (1 for codes of one or two characters).
   *
   * @param code the indicator code as given
   * @param regionLevel true for a region-level (SPD) answer
   * @return the suggestion, or empty when no code is near
   */
  public Optional<String> suggestion(String code, boolean regionLevel) {
    return Nearest.among(code, part(regionLevel).keySet(), EditionCheck::squash);
  }

  /**
   * Returns the problem of an unknown code at a location, or empty when the code is known.
   *
   * @param code the indicator code as given
   * @param regionLevel true for a region-level (SPD) answer
   * @param at where the code is
   * @param severity ERROR to refuse, WARNING when the user allows unknown codes (they are
   *     then ignored by scoring)
   * @return the problem, if any; none when the edition has no catalogue for the part
   */
  public Optional<Problem> problem(String code, boolean regionLevel, Location at, Problem.Severity severity) {
    // A part whose catalogue the edition lacks (iid-2023 SPD) is refused by scoring itself.
    if (isKnown(code, regionLevel) || part(regionLevel).isEmpty()) {
      return Optional.empty();
    }
    String part = regionLevel ? "SPD" : "SID";
    Optional<String> near = suggestion(code, regionLevel);
    String hintId = near.map(n -> "; maksud Anda '" + n + "'?").orElse("");
    String hintEn = near.map(n -> "; did you mean '" + n + "'?").orElse("");
    String ignored = severity == Problem.Severity.ERROR ? "" : " (diabaikan / ignored)";
    return Optional.of(
        Problem.builder()
            .code("UNKNOWN_INDICATOR")
            .severity(severity)
            .location(at)
            .message(
                Label.of(
                    "Kode indikator '" + code + "' tidak ada di " + part + " " + edition.id() + hintId + ignored,
                    "Indicator code '" + code + "' is not in " + edition.id() + " " + part + hintEn + ignored))
            .expected(near.orElse("a " + part + " code of " + edition.id() + ": " + String.join(", ", part(regionLevel).keySet())))
            .found("'" + code + "'")
            .build());
  }

  /**
   * Checks every answer of an assessment read from JSON; each problem is located by the
   * region, innovation and indicator it concerns.
   *
   * @param assessment the assessment
   * @param source the file it was read from, for the location
   * @param severity ERROR to refuse, WARNING to ignore unknown codes
   * @return the problems, empty when every code is known
   */
  public ImmutableList<Problem> check(Assessment assessment, String source, Problem.Severity severity) {
    List<Problem> out = new ArrayList<>();
    String region = assessment.region().code().value();
    for (Answer a : assessment.regionAnswers()) {
      problem(a.indicatorCode(), true, at(source, region + "/spd/" + a.indicatorCode()), severity).ifPresent(out::add);
    }
    for (ReportedInnovation r : assessment.innovations()) {
      for (Answer a : r.answers()) {
        problem(a.indicatorCode(), false,
            at(source, region + "/" + r.innovation().id() + "/" + a.indicatorCode()), severity).ifPresent(out::add);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** The mandatory codes of a part, in catalogue order. */
  List<String> mandatory(boolean regionLevel) {
    List<String> out = new ArrayList<>();
    part(regionLevel).values().forEach(i -> {
      if (i.mandatory()) {
        out.add(i.code());
      }
    });
    return out;
  }

  private static Location at(String source, String path) {
    return Location.builder().source(source).path(path).build();
  }

  private Map<String, Indicator> part(boolean regionLevel) {
    return regionLevel ? spd : sid;
  }

  private static String squash(String code) {
    return code.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-_,/]", "");
  }
}
