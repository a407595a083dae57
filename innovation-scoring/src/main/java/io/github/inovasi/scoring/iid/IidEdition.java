package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.Rating;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * One edition of the Indeks Inovasi Daerah rules, as data: the divisor floor k in MAX(k, n), the
 * count score with its cap and basic-service gate, the maxima, the predicate bands and rounding,
 * the indicator catalogue (SPD rows and SID indicators) and the eligibility rules, each with its
 * {@link Provenance}.
 *
 * <p>The library ships {@code iid-2023}, {@code iid-2026} and {@code iid-2027} as validated JSON
 * resources; a user loads a newer edition file with {@link #read(Path)} the day new guidance
 * appears. An edition may be incomplete where the sources are: {@code iid-2023} lacks the SPD
 * rows, the count rule and the maxima, which the user supplies with {@link
 * #withSpdCatalogue(List, Provenance)}, {@link #withCountRule(CountRule, Provenance)} and {@link
 * #withMaxima(Maxima, Provenance)}, or accepts as declared assumptions with {@link
 * #withAssumptions()}.
 *
 * <pre>{@code
 * IidEdition edition = IidEdition.bundled("iid-2026");
 * edition.divisorFloor();                      // 12
 * edition.rating(new BigDecimal("65.01"));     // Rating.VERY_INNOVATIVE
 * IidEdition assumed = IidEdition.bundled("iid-2023").withAssumptions();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class IidEdition {
  IidEdition() {}

  /**
   * Returns the edition id, e.g. {@code "iid-2026"}; the id of its scoring policy.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the award year the edition scores.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the edition's title.
   *
   * @return the bilingual title
   */
  public abstract Label title();

  /**
   * Returns the divisor floor k: the SID indicator sum is divided by MAX(k, n).
   *
   * @return k, at least 1
   */
  public abstract int divisorFloor();

  /**
   * Returns the decimals the index is rounded to before it is classified.
   *
   * @return the scale, 2 for the published editions
   */
  @Value.Default
  public int roundingScale() {
    return 2;
  }

  /**
   * Returns how the index is rounded.
   *
   * @return the rounding mode, {@link RoundingMode#HALF_UP} unless a source says otherwise
   */
  @Value.Default
  public RoundingMode roundingMode() {
    return RoundingMode.HALF_UP;
  }

  /**
   * Returns the count-score rule.
   *
   * @return the rule, empty when the sources do not give it
   */
  public abstract Optional<CountRule> countRule();

  /**
   * Returns the maxima.
   *
   * @return the maxima, empty when the sources do not give them
   */
  public abstract Optional<Maxima> maxima();

  /**
   * Returns the predicate bands, from the lowest to the highest.
   *
   * @return the bands, contiguous from 0 to 100 at the rounding scale
   */
  public abstract ImmutableList<Band> bands();

  /**
   * Returns the region-level (SPD) indicator rows.
   *
   * @return the SPD rows, empty when the sources do not give them
   */
  public abstract ImmutableList<Indicator> spdIndicators();

  /**
   * Returns the innovation-level (SID) indicators.
   *
   * @return the SID indicators
   */
  public abstract ImmutableList<Indicator> sidIndicators();

  /**
   * Returns the eligibility rules.
   *
   * @return the eligibility
   */
  public abstract Eligibility eligibility();

  /**
   * Returns the provenance of every element.
   *
   * @return one provenance for each {@link EditionElement}
   */
  public abstract ImmutableMap<EditionElement, Provenance> provenance();

  /**
   * Returns provenances of single indicators that differ from their catalogue's.
   *
   * @return provenance by indicator code
   */
  public abstract ImmutableMap<String, Provenance> indicatorProvenance();

  /**
   * Returns the rules this edition declares as assumptions, applied only on request.
   *
   * @return the assumptions, if any
   */
  public abstract Optional<Assumptions> assumptions();

  /**
   * Returns the provenance of one element.
   *
   * @param element the element
   * @return its provenance
   */
  public final Provenance provenance(EditionElement element) {
    return provenance().get(element);
  }

  /**
   * Returns the provenance of one indicator: its own, or its catalogue's.
   *
   * @param indicator an indicator of this edition
   * @return its provenance
   */
  public final Provenance provenanceOf(Indicator indicator) {
    Provenance own = indicatorProvenance().get(indicator.code());
    if (own != null) {
      return own;
    }
    return provenance(spdIndicators().contains(indicator)
        ? EditionElement.SPD_CATALOGUE : EditionElement.SID_CATALOGUE);
  }

  /**
   * Finds an indicator by code, among SPD rows and SID indicators.
   *
   * @param code the indicator code, e.g. {@code "33"} or {@code "5a"}
   * @return the indicator, if the edition has it
   */
  public final Optional<Indicator> indicator(String code) {
    return Stream.concat(spdIndicators().stream(), sidIndicators().stream())
        .filter(i -> i.code().equals(code))
        .findFirst();
  }

  /**
   * Returns what scoring a full assessment needs but this edition lacks: {@link
   * EditionElement#SPD_CATALOGUE}, {@link EditionElement#COUNT_RULE} or {@link
   * EditionElement#MAXIMA}.
   *
   * @return the missing elements, empty for a complete edition
   */
  public final ImmutableList<EditionElement> missing() {
    ImmutableList.Builder<EditionElement> out = ImmutableList.builder();
    if (spdIndicators().isEmpty()) {
      out.add(EditionElement.SPD_CATALOGUE);
    }
    if (countRule().isEmpty()) {
      out.add(EditionElement.COUNT_RULE);
    }
    if (maxima().isEmpty()) {
      out.add(EditionElement.MAXIMA);
    }
    return out.build();
  }

  /**
   * Returns whether any rule in use is provisional or unknown.
   *
   * @return true when a figure computed with this edition rests on an assumption
   */
  public final boolean isTentative() {
    return provenance().values().stream().anyMatch(Provenance::isTentative)
        || indicatorProvenance().values().stream().anyMatch(Provenance::isTentative);
  }

  /**
   * Rounds an index the way this edition publishes it.
   *
   * @param index an unrounded index
   * @return the index at {@link #roundingScale()} with {@link #roundingMode()}
   */
  public final BigDecimal round(BigDecimal index) {
    return index.setScale(roundingScale(), roundingMode());
  }

  /**
   * Returns the band a rounded index falls in.
   *
   * @param roundedIndex an index rounded by {@link #round(BigDecimal)}, 0..100
   * @return the band
   * @throws InvalidValueException if the index is outside 0..100
   */
  public final Band band(BigDecimal roundedIndex) {
    return bands().stream()
        .filter(b -> b.contains(roundedIndex))
        .findFirst()
        .orElseThrow(() -> new InvalidValueException(
            "IidEdition.bands", id() + " has no band for index " + roundedIndex.toPlainString()
                + "; bands are " + bands()));
  }

  /**
   * Returns the rating a rounded index earns.
   *
   * @param roundedIndex an index rounded by {@link #round(BigDecimal)}, 0..100
   * @return the rating
   * @throws InvalidValueException if the index is outside 0..100
   */
  public final Rating rating(BigDecimal roundedIndex) {
    return band(roundedIndex).rating();
  }

  /**
   * Returns the lowest rounded index that earns a rating.
   *
   * @param rating the rating
   * @return the lower edge of its band
   * @throws InvalidValueException if the edition has no band for it
   */
  public final BigDecimal lowestIndexFor(Rating rating) {
    return bands().stream()
        .filter(b -> b.rating() == rating)
        .map(Band::from)
        .min(BigDecimal::compareTo)
        .orElseThrow(() -> new InvalidValueException(
            "IidEdition.bands", id() + " has no band rated " + rating));
  }

  /**
   * Returns a copy with the declared assumptions applied, each marked provisional.
   *
   * @return the edition with assumed rules where its own are missing
   * @throws InovasiException if the edition declares no assumptions
   */
  public final IidEdition withAssumptions() {
    Assumptions a = assumptions().orElseThrow(() -> new InovasiException(
        id() + " declares no assumptions; supply the missing rules " + missing()
            + " with withCountRule, withMaxima or withSpdCatalogue"));
    IidEdition out = this;
    if (a.countRule().isPresent() && countRule().isEmpty()) {
      out = out.withCountRule(a.countRule().get(), a.provenance());
    }
    if (a.maxima().isPresent() && maxima().isEmpty()) {
      out = out.withMaxima(a.maxima().get(), a.provenance());
    }
    if (a.windowFrom().isPresent() && windowUnknown()) {
      out = out.withEligibility(Eligibility.builder().from(eligibility())
          .implementedFrom(a.windowFrom()).implementedTo(a.windowTo()).build(), a.provenance(), EditionElement.WINDOW);
    }
    return out;
  }

  /**
   * Returns a copy with a count rule supplied by the user.
   *
   * @param rule the count rule
   * @param provenance where it comes from
   * @return the edition with that rule
   * @throws InvalidValueException if the rule contradicts the edition's maxima
   */
  public final IidEdition withCountRule(CountRule rule, Provenance provenance) {
    return copy(EditionElement.COUNT_RULE, provenance).countRule(rule).build();
  }

  /**
   * Returns a copy with maxima supplied by the user.
   *
   * @param maxima the maxima
   * @param provenance where they come from
   * @return the edition with those maxima
   * @throws InvalidValueException if the maxima contradict the catalogue or count rule
   */
  public final IidEdition withMaxima(Maxima maxima, Provenance provenance) {
    return copy(EditionElement.MAXIMA, provenance).maxima(maxima).build();
  }

  /**
   * Returns a copy with eligibility rules supplied by the user, e.g. the 2023 implementation
   * window once it is known.
   *
   * @param rules the eligibility rules
   * @param provenance where they come from; it replaces the provenance of the window, the
   *     design-narrative minimum, the stages, the mandatory-indicator rule and the verification
   *     rule
   * @return the edition with those rules
   */
  public final IidEdition withEligibility(Eligibility rules, Provenance provenance) {
    return withEligibility(rules, provenance, EditionElement.WINDOW, EditionElement.DESIGN_WORDS,
        EditionElement.STAGES, EditionElement.MANDATORY_INDICATORS, EditionElement.VERIFICATION);
  }

  /**
   * Returns whether the edition does not know its implementation window: no dates, and a window
   * provenance of unknown. Scoring such an edition warns ({@code WINDOW_UNKNOWN}) until the user
   * supplies a window ({@link #withEligibility(Eligibility, Provenance)}) or accepts a declared one
   * ({@link #withAssumptions()}).
   *
   * @return true when no window is known
   */
  public final boolean windowUnknown() {
    return eligibility().implementedFrom().isEmpty() && eligibility().implementedTo().isEmpty()
        && provenance(EditionElement.WINDOW).status() == ProvenanceStatus.UNKNOWN;
  }

  private IidEdition withEligibility(Eligibility rules, Provenance provenance, EditionElement... replaced) {
    EnumMap<EditionElement, Provenance> map = new EnumMap<>(provenance());
    for (EditionElement e : replaced) {
      map.put(e, provenance);
    }
    Builder b = new Builder();
    b.from(this);
    b.provenance(map);
    return b.eligibility(rules).build();
  }

  /**
   * Returns a copy with SPD rows supplied by the user, e.g. the 2026 rows as a stand-in.
   *
   * @param rows the SPD indicator rows
   * @param provenance where they come from
   * @return the edition with those rows
   * @throws InvalidValueException if the rows are invalid or contradict the maxima
   */
  public final IidEdition withSpdCatalogue(List<Indicator> rows, Provenance provenance) {
    return copy(EditionElement.SPD_CATALOGUE, provenance).spdIndicators(rows).build();
  }

  private Builder copy(EditionElement element, Provenance provenance) {
    EnumMap<EditionElement, Provenance> map = new EnumMap<>(provenance());
    map.put(element, provenance);
    Builder b = new Builder();
    b.from(this);
    b.provenance(map);
    return b;
  }

  /**
   * Returns a bundled edition.
   *
   * @param id {@code "iid-2023"}, {@code "iid-2026"} or {@code "iid-2027"}
   * @return the edition
   * @throws InovasiException if no edition with that id is bundled
   */
  public static IidEdition bundled(String id) {
    return BundledEditions.get(id);
  }

  /**
   * Returns the ids of the bundled editions.
   *
   * @return the ids, oldest first
   */
  public static ImmutableList<String> bundledIds() {
    return BundledEditions.IDS;
  }

  /**
   * Reads an edition file.
   *
   * @param file the JSON edition file
   * @return the validated edition
   * @throws InvalidInputException listing every problem in the file with its line, column and
   *     JSON pointer
   */
  public static IidEdition read(Path file) {
    return EditionReader.read(file);
  }

  /**
   * Reads an edition from a URL.
   *
   * @param url where the JSON edition is
   * @return the validated edition
   * @throws InvalidInputException listing every problem with its location
   */
  public static IidEdition read(URL url) {
    return EditionReader.read(url);
  }

  /**
   * Reads an edition from a stream, which is not closed.
   *
   * @param in the JSON edition
   * @param sourceName the name shown in problem locations, e.g. a file name
   * @return the validated edition
   * @throws InvalidInputException listing every problem with its location
   */
  public static IidEdition read(InputStream in, String sourceName) {
    return EditionReader.read(in, sourceName);
  }

  @Value.Check
  void check() {
    List<Problem> problems = EditionValidator.validate(this);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("IID edition " + id() + " is inconsistent", problems);
    }
  }

  /** Returns {@code "iid-2026 (Indeks Inovasi Daerah 2026)"}. */
  @Override
  public String toString() {
    return id() + " (" + title().indonesian() + ")";
  }

  /**
   * Returns a builder, for editions built in code rather than read from a file.
   *
   * @return a new builder; {@code build()} throws {@link InvalidInputException} listing every
   *     inconsistency
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IidEdition}s. */
  public static final class Builder extends ImmutableIidEdition.Builder {
    Builder() {}
  }
}
