package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rubric as data: the criteria a panel of judges scores, with their weights and scales, how
 * the judges' scores combine ({@link JudgeCombination}), how the criteria aggregate ({@link
 * Aggregation}), how the score is rounded, the bands that grade it, the {@link ScoredUnit unit}
 * it scores, and the {@link Provenance} of every element. Read from a validated rubric file
 * (format {@code inovasi-rubric}, see docs/rubrics.md) and scored through {@link RubricPolicy}.
 *
 * <p>Where a rule is not published (the IGA 2023 presentation panel's scale, say), the rubric
 * says so: its scale is absent with an {@link ProvenanceStatus#UNKNOWN unknown} provenance,
 * scoring refuses with an {@link IncompleteRubricException} naming it, and the user supplies it
 * ({@link #withScale(Scale, Provenance)}) or opts in to the rubric's declared assumption
 * ({@link #withAssumptions()}).
 *
 * <pre>{@code
 * Rubric lomba = Rubric.read(Path.of("lomba-inovasi-opd.json"));
 * Rubric iga = Rubric.bundled("iga-2023-presentation").withAssumptions();
 * ScoreResult r = RubricPolicy.of(lomba).score(entry);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Rubric {
  /** The code of the single grade of a rubric without bands. */
  public static final String UNGRADED = "UNGRADED";

  Rubric() {}

  /**
   * Returns the stable id, also the policy id.
   *
   * @return the id, e.g. {@code "iga-2023-presentation"}
   */
  public abstract String id();

  /**
   * Returns the bilingual title.
   *
   * @return the title
   */
  public abstract Label title();

  /**
   * Returns what the rubric scores.
   *
   * @return the unit
   */
  public abstract ScoredUnit unit();

  /**
   * Returns where the rubric as a whole comes from.
   *
   * @return the provenance; {@link ProvenanceStatus#EXAMPLE} for an illustration
   */
  public abstract Provenance provenance();

  /**
   * Returns the criteria, in the rubric's order.
   *
   * @return the criteria, at least one, with unique codes
   */
  public abstract ImmutableList<Criterion> criteria();

  /**
   * Returns the scale judges score the criteria on, unless a criterion has its own.
   *
   * @return the scale; empty when it is not published (see {@link #scaleProvenance()})
   */
  public abstract Optional<Scale> scale();

  /**
   * Returns where the scale comes from, or why it is missing.
   *
   * @return the provenance; {@link ProvenanceStatus#UNKNOWN} exactly when the scale is absent
   */
  public abstract Provenance scaleProvenance();

  /**
   * Returns how the judges' scores of one criterion combine.
   *
   * @return the combination
   */
  public abstract JudgeCombination judges();

  /**
   * Returns how the criteria aggregate.
   *
   * @return the aggregation
   */
  public abstract Aggregation aggregation();

  /**
   * Returns the decimals of the published score.
   *
   * @return 0..10
   */
  public abstract int roundingScale();

  /**
   * Returns how the published score is rounded, once, from the exact score.
   *
   * @return the rounding mode
   */
  public abstract RoundingMode roundingMode();

  /**
   * Returns where the rounding rule comes from.
   *
   * @return the provenance
   */
  public abstract Provenance roundingProvenance();

  /**
   * Returns the bands, lowest first; they cover every score the rubric can give.
   *
   * @return the bands; empty when the rubric grades nothing (every result is {@link #UNGRADED})
   */
  public abstract ImmutableList<RubricBand> bands();

  /**
   * Returns where the bands come from.
   *
   * @return the provenance, present exactly when there are bands
   */
  public abstract Optional<Provenance> bandsProvenance();

  /**
   * Returns the scale the rubric declares as an assumption for its unknown scale.
   *
   * @return the assumed scale, applied only by {@link #withAssumptions()}
   */
  public abstract Optional<Scale> assumedScale();

  /**
   * Returns the provenance of the assumption, provisional with a note saying what is assumed.
   *
   * @return the provenance, present exactly when a scale is assumed
   */
  public abstract Optional<Provenance> assumptionProvenance();

  /**
   * Returns the scale a criterion is scored on: its own, else the rubric's.
   *
   * @param criterion a criterion of this rubric
   * @return the scale, if known
   */
  public final Optional<Scale> scaleOf(Criterion criterion) {
    return criterion.scale().isPresent() ? criterion.scale() : scale();
  }

  /**
   * Returns what scoring needs but the rubric lacks.
   *
   * @return {@code ["scale"]} when a criterion has no known scale, else empty
   */
  public final ImmutableList<String> missing() {
    return criteria().stream().allMatch(c -> scaleOf(c).isPresent())
        ? ImmutableList.of() : ImmutableList.of("scale");
  }

  /**
   * Returns the notes of the elements that are provisional, unknown or examples.
   *
   * @return one bilingual-free note per tentative element, e.g. {@code "scale: provisional — ..."}
   */
  public final ImmutableList<String> tentativeRules() {
    List<String> out = new ArrayList<>();
    note(out, "rubric", provenance());
    for (Criterion c : criteria()) {
      note(out, "criterion " + c.code(), c.provenance());
    }
    note(out, "scale", scaleProvenance());
    note(out, "judges", judges().provenance());
    note(out, "aggregation", aggregation().provenance());
    note(out, "rounding", roundingProvenance());
    bandsProvenance().ifPresent(p -> note(out, "bands", p));
    return ImmutableList.copyOf(out);
  }

  private static void note(List<String> out, String element, Provenance p) {
    if (p.isTentative()) {
      out.add(element + ": " + p.status().code() + p.note().map(n -> " — " + n).orElse(""));
    }
  }

  /**
   * Returns the grades results can earn, lowest first: one per band, or the single {@link
   * #UNGRADED} grade of a rubric without bands.
   *
   * @return the band set
   */
  public final ImmutableList<Grade> grades() {
    if (bands().isEmpty()) {
      return ImmutableList.of(new Grade(UNGRADED, Label.of("Tanpa predikat", "Not graded"), 0));
    }
    ImmutableList.Builder<Grade> out = ImmutableList.builder();
    for (int i = 0; i < bands().size(); i++) {
      out.add(new Grade(bands().get(i).code(), bands().get(i).label(), i));
    }
    return out.build();
  }

  /**
   * Returns the grade a published score earns.
   *
   * @param score a score rounded by the rubric
   * @return the grade of the band containing it
   * @throws InovasiException if no band contains it (only for scores the rubric cannot give)
   */
  public final Grade grade(BigDecimal score) {
    if (bands().isEmpty()) {
      return grades().get(0);
    }
    for (int i = 0; i < bands().size(); i++) {
      if (bands().get(i).contains(score)) {
        return grades().get(i);
      }
    }
    throw new InovasiException(id() + " has no band for score " + score.toPlainString());
  }

  /**
   * Returns a copy with a scale supplied by the user for the whole rubric.
   *
   * @param scale the scale
   * @param provenance where it comes from (for example the panel's scoring sheet)
   * @return the copy
   * @throws InvalidInputException if the bands do not fit the new scale
   */
  public final Rubric withScale(Scale scale, Provenance provenance) {
    return builder().from(this).scale(scale).scaleProvenance(provenance).build();
  }

  /**
   * Returns a copy with the declared assumption applied, marked provisional.
   *
   * @return the rubric with the assumed scale
   * @throws InovasiException if the rubric declares no assumption
   */
  public final Rubric withAssumptions() {
    Scale assumed = assumedScale().orElseThrow(() -> new InovasiException(
        "Rubrik " + id() + " tidak menyatakan asumsi; berikan skala dengan withScale / Rubric "
            + id() + " declares no assumption; supply the scale with withScale"));
    if (scale().isPresent()) {
      return this;
    }
    return withScale(assumed, assumptionProvenance().get());
  }

  /**
   * Returns this rubric in its file format (format {@code inovasi-rubric}); reading the text
   * gives an equal rubric.
   *
   * @return the JSON text, pretty-printed
   */
  public final String toJson() {
    return RubricJson.write(this);
  }

  /**
   * Reads a rubric file (format {@code inovasi-rubric}).
   *
   * @param file the file
   * @return the rubric
   * @throws InvalidInputException listing every problem with its line, column and JSON pointer,
   *     in Indonesian and English
   * @throws InovasiException if the file cannot be read
   */
  public static Rubric read(Path file) {
    return RubricReader.read(file);
  }

  /**
   * Reads a rubric from a stream.
   *
   * @param in the JSON text; not closed
   * @param source the name used in problem locations, e.g. a file name
   * @return the rubric
   * @throws InvalidInputException listing every problem with its location
   */
  public static Rubric read(InputStream in, String source) {
    return RubricReader.read(in, source);
  }

  /**
   * Returns a bundled rubric.
   *
   * @param id {@code "iga-2023-presentation"}, {@code "example-lomba-inovasi-opd"} or {@code
   *     "kipp-evaluation"}
   * @return the rubric
   * @throws InovasiException if no bundled rubric has that id
   */
  public static Rubric bundled(String id) {
    return BundledRubrics.get(id);
  }

  /**
   * Returns the ids of the bundled rubrics.
   *
   * @return the ids
   */
  public static ImmutableList<String> bundledIds() {
    return BundledRubrics.IDS;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<Problem> problems = RubricValidator.validate(this);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Rubric " + id() + " is inconsistent", problems);
    }
  }

  /** Returns {@code "iga-2023-presentation (Presentasi IGA 2023)"}. */
  @Override
  public String toString() {
    return id() + " (" + title().indonesian() + ")";
  }

  /** Builds {@link Rubric}s. */
  public static final class Builder extends ImmutableRubric.Builder {
    Builder() {}
  }
}
