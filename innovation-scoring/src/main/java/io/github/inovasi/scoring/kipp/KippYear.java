package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.ProblemCodes;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The rules of one year of KemenPAN-RB's Kompetisi Inovasi Pelayanan Publik (KIPP), held as
 * data with the provenance of every element: the groups open, the categories, the proposal
 * form's sections and word limits, the minimum age of an innovation per group counted back from
 * the registration deadline, the per-institution quotas, the selection tiers and the
 * replication passing grade.
 *
 * <p>Where the sources give no rule for a year, the element's provenance is {@link
 * ProvenanceStatus#UNKNOWN} and it holds no values; whatever needs it throws {@link
 * IncompleteKippYearException} naming it, and the user supplies it with one of the {@code with}
 * methods (which mark it as supplied, {@link ProvenanceStatus#PROVISIONAL}).
 *
 * <pre>{@code
 * KippYear kipp = KippYear.bundled(2021)
 *     .withDeadline(LocalDate.of(2021, 5, 11));
 * kipp.quota(KippGroup.GENERAL);             // Optional[10]
 * kipp.provenance(KippElement.QUOTAS).status(); // OFFICIAL
 * }</pre>
 *
 * <p>Year files have the format {@code inovasi-kipp-year} (docs/kipp.md). Immutable and
 * thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class KippYear {
  private static final String SUPPLIED = "supplied by the user";

  KippYear() {}

  /**
   * Returns the competition year.
   *
   * @return the year, e.g. 2021
   */
  public abstract int year();

  /**
   * Returns the title of the year's competition.
   *
   * @return the title
   */
  public abstract Label title();

  /**
   * Returns the provenance of every element.
   *
   * @return one provenance per {@link KippElement}
   */
  public abstract ImmutableMap<KippElement, Provenance> provenance();

  /**
   * Returns the groups open this year.
   *
   * @return the groups; empty when unknown
   */
  public abstract ImmutableSet<KippGroup> groups();

  /**
   * Returns the categories a proposal chooses from.
   *
   * @return the categories; empty when unknown
   */
  public abstract ImmutableList<KippCategory> categories();

  /**
   * Returns the sections of the proposal form.
   *
   * @return the sections; empty when unknown
   */
  public abstract ImmutableList<KippSection> sections();

  /**
   * Returns the minimum age of an innovation per group, counted back from the registration
   * deadline.
   *
   * @return the minimum ages; empty when unknown
   */
  public abstract ImmutableMap<KippGroup, Period> minimumAges();

  /**
   * Returns the registration deadline in SINOVIK.
   *
   * @return the deadline, if known or supplied
   */
  public abstract Optional<LocalDate> registrationDeadline();

  /**
   * Returns the most proposals one institution may submit per group. A group without an entry
   * has no quota (the special group is by invitation).
   *
   * @return the quotas; empty when unknown
   */
  public abstract ImmutableMap<KippGroup, Integer> quotas();

  /**
   * Returns the selection tiers, in the order they are decided.
   *
   * @return the tiers; empty when unknown
   */
  public abstract ImmutableList<KippTier> tiers();

  /**
   * Returns the evaluation score at or above which a replication proposal gets priority (85 in
   * 2025).
   *
   * @return the passing grade, if known or supplied
   */
  public abstract Optional<BigDecimal> replicationPassingGrade();

  /**
   * Returns the provenance of one element.
   *
   * @param element the element
   * @return its provenance
   */
  public final Provenance provenance(KippElement element) {
    return provenance().get(element);
  }

  /**
   * Returns whether the year's data holds an element.
   *
   * @param element the element
   * @return false when its provenance is unknown
   */
  public final boolean isKnown(KippElement element) {
    return provenance(element).status() != ProvenanceStatus.UNKNOWN;
  }

  /**
   * Checks that the elements are known.
   *
   * @param elements the elements needed
   * @return this year
   * @throws IncompleteKippYearException naming every element that is unknown
   */
  public final KippYear require(KippElement... elements) {
    List<KippElement> missing = ImmutableList.copyOf(elements).stream().filter(e -> !isKnown(e)).toList();
    if (!missing.isEmpty()) {
      throw new IncompleteKippYearException(year(), missing);
    }
    return this;
  }

  /**
   * Returns the quota of one group.
   *
   * @param group the group
   * @return the most proposals per institution, empty when the group has no quota
   * @throws IncompleteKippYearException if the year's quotas are unknown
   */
  public final Optional<Integer> quota(KippGroup group) {
    require(KippElement.QUOTAS);
    return Optional.ofNullable(quotas().get(group));
  }

  /**
   * Returns a tier by id.
   *
   * @param id the tier id, e.g. {@code "top-99"}
   * @return the tier
   * @throws IncompleteKippYearException if the year's tiers are unknown
   * @throws InovasiException if the year has no tier with that id; the message lists the ids
   */
  public final KippTier tier(String id) {
    require(KippElement.TIERS);
    return tiers().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() ->
        new InovasiException("KIPP " + year() + " has no tier '" + id + "'; tiers are "
            + tiers().stream().map(KippTier::id).toList()));
  }

  /**
   * Returns a copy with the registration deadline supplied by the user.
   *
   * @param deadline the deadline
   * @return the copy, the deadline marked provisional
   */
  public final KippYear withDeadline(LocalDate deadline) {
    return supplied(KippElement.REGISTRATION_DEADLINE).registrationDeadline(deadline).build();
  }

  /**
   * Returns a copy with the per-institution quotas supplied by the user.
   *
   * @param quotas the most proposals per institution, per group; groups left out have none
   * @return the copy, the quotas marked provisional
   * @throws InvalidValueException if a quota is not positive
   */
  public final KippYear withQuotaPerInstitution(Map<KippGroup, Integer> quotas) {
    return supplied(KippElement.QUOTAS).quotas(quotas).build();
  }

  /**
   * Returns a copy with the minimum ages supplied by the user.
   *
   * @param ages the minimum age per group, one for every open group
   * @return the copy, the ages marked provisional
   * @throws InvalidValueException if an open group has no age or an age is negative
   */
  public final KippYear withMinimumAge(Map<KippGroup, Period> ages) {
    return supplied(KippElement.MINIMUM_AGE).minimumAges(ages).build();
  }

  /**
   * Returns a copy with the open groups supplied by the user.
   *
   * @param groups the groups
   * @return the copy, the groups marked provisional
   * @throws InvalidValueException if other elements name groups outside these
   */
  public final KippYear withOpenGroups(Set<KippGroup> groups) {
    return supplied(KippElement.GROUPS).groups(groups).build();
  }

  /**
   * Returns a copy with the selection tiers supplied by the user.
   *
   * @param tiers the tiers
   * @return the copy, the tiers marked provisional
   * @throws InvalidValueException if a tier names a group that is not open
   */
  public final KippYear withSelectionTiers(List<KippTier> tiers) {
    return supplied(KippElement.TIERS).tiers(tiers).build();
  }

  /**
   * Returns a copy with the replication passing grade supplied by the user.
   *
   * @param grade the passing grade
   * @return the copy, the grade marked provisional
   * @throws InvalidValueException if the grade is negative
   */
  public final KippYear withPassingGrade(BigDecimal grade) {
    return supplied(KippElement.REPLICATION_PASSING_GRADE).replicationPassingGrade(grade).build();
  }

  private Builder supplied(KippElement element) {
    Map<KippElement, Provenance> p = new java.util.EnumMap<>(provenance());
    p.put(element, Provenance.builder().status(ProvenanceStatus.PROVISIONAL).addSources(SUPPLIED)
        .note("Supplied by the user for KIPP " + year()).build());
    Builder b = builder().from(this).provenance(p);
    switch (element) {
      case QUOTAS -> b.quotas(Map.of());
      case MINIMUM_AGE -> b.minimumAges(Map.of());
      case GROUPS -> b.groups(Set.of());
      case TIERS -> b.tiers(List.of());
      default -> { }
    }
    return b;
  }

  /**
   * Returns a bundled year.
   *
   * @param year the year
   * @return the year's rules, read and validated once
   * @throws InovasiException if no year file is bundled for that year
   */
  public static KippYear bundled(int year) {
    return KippYearReader.bundled(year);
  }

  /**
   * Returns the bundled years.
   *
   * @return the years, ascending
   */
  public static ImmutableList<Integer> bundledYears() {
    return KippYearReader.YEARS;
  }

  /**
   * Reads a year file.
   *
   * @param file a file of format {@code inovasi-kipp-year}
   * @return the year's rules
   * @throws InvalidInputException with every located problem if the file is invalid
   * @throws InovasiException if the file cannot be read
   */
  public static KippYear read(Path file) {
    return KippYearReader.read(file);
  }

  /**
   * Reads a year file from a stream.
   *
   * @param in the content; not closed
   * @param source the name used in problem locations
   * @return the year's rules
   * @throws InvalidInputException with every located problem if the content is invalid
   */
  public static KippYear read(InputStream in, String source) {
    return KippYearReader.read(in, source);
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
    for (KippElement e : KippElement.values()) {
      fact(provenance().containsKey(e), "KippYear.provenance", "Setiap unsur perlu asal-usul: " + e.code(),
          "Every element needs a provenance: " + e.code(), e.code());
      boolean known = provenance(e).status() != ProvenanceStatus.UNKNOWN;
      boolean held = switch (e) {
        case YEAR -> true;
        case GROUPS -> !groups().isEmpty();
        case CATEGORIES -> !categories().isEmpty();
        case SECTIONS -> !sections().isEmpty();
        case MINIMUM_AGE -> !minimumAges().isEmpty();
        case REGISTRATION_DEADLINE -> registrationDeadline().isPresent();
        case QUOTAS -> true; // known quotas may be none (every group by invitation)
        case TIERS -> !tiers().isEmpty();
        case REPLICATION_PASSING_GRADE -> replicationPassingGrade().isPresent();
      };
      fact(e == KippElement.QUOTAS ? known || quotas().isEmpty() : known == held,
          "KippYear." + e.code(),
          "Unsur " + e.code() + " berstatus unknown harus kosong, dan yang diketahui harus berisi",
          "An unknown " + e.code() + " must hold no values, and a known one must hold some", e.code());
    }
    Set<KippGroup> open = groups().isEmpty() ? EnumSet.allOf(KippGroup.class) : groups();
    fact(open.containsAll(minimumAges().keySet()) && open.containsAll(quotas().keySet()),
        "KippYear.groups", "Usia minimum dan kuota hanya untuk kelompok yang dibuka",
        "Minimum ages and quotas are only for open groups", groups());
    fact(minimumAges().isEmpty() || groups().isEmpty() || minimumAges().keySet().containsAll(groups()),
        "KippYear.minimumAges", "Setiap kelompok yang dibuka perlu usia minimum",
        "Every open group needs a minimum age", minimumAges().keySet());
    for (Period age : minimumAges().values()) {
      fact(!age.isNegative(), "KippYear.minimumAges", "Usia minimum tidak boleh negatif",
          "A minimum age must not be negative", age);
    }
    for (int q : quotas().values()) {
      fact(q >= 1, "KippYear.quotas", "Kuota harus positif", "A quota must be positive", q);
    }
    for (KippTier t : tiers()) {
      fact(open.containsAll(t.groups()), "KippYear.tiers", "Tingkat hanya untuk kelompok yang dibuka",
          "A tier is only for open groups", t.id());
    }
    replicationPassingGrade().ifPresent(g -> fact(g.signum() >= 0, "KippYear.replicationPassingGrade",
        "Nilai batas lulus tidak boleh negatif", "The passing grade must not be negative", g));
    fact(categories().stream().map(KippCategory::code).distinct().count() == categories().size()
            && sections().stream().map(KippSection::code).distinct().count() == sections().size()
            && tiers().stream().map(KippTier::id).distinct().count() == tiers().size(),
        "KippYear", "Kode kategori, bagian dan tingkat harus unik",
        "Category, section and tier codes must be unique", year());
  }

  private static void fact(boolean ok, String field, String id, String en, Object found) {
    InvalidValueException.check(ok, field, ProblemCodes.INVALID_VALUE, Label.of(id, en), found);
  }

  /** Returns {@code "KIPP 2021"}. */
  @Override
  public String toString() {
    return "KIPP " + year();
  }

  /** Builds {@link KippYear}s; readers and tests use it, callers use {@link #bundled} or {@link #read}. */
  public static final class Builder extends ImmutableKippYear.Builder {
    Builder() {}
  }
}
