package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Innovator;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "One agency, one innovation" (satu instansi / satu OPD satu inovasi, PermenPAN-RB 19/2016
 * onwards) for one region and year: which of the region's agencies have at least one innovation
 * at a stage that counts, the share covered, the agencies without one by name, and the
 * innovations and innovators of each.
 *
 * <p>The agencies are the assessment's top-level agencies (perangkat daerah, without a parent);
 * an innovation run by a unit (UPTD, puskesmas, sekolah) counts for the agency the unit falls
 * under, so each agency is counted once. Innovations whose agency is not listed are reported as
 * {@link #unattributed()}, never dropped silently.
 *
 * <p>Which stage counts is not in any source: the default, {@link #DEFAULT_STAGES}, counts
 * innovations in implementation (penerapan), because the regulation asks each agency to create
 * an innovation and put it to use every year; it is a declared, provisional choice ({@link
 * #DEFAULT_STAGES_NOTE}), and {@link #of(Assessment, Set)} takes any other.
 *
 * <pre>{@code
 * AgencyCoverage c = AgencyCoverage.of(assessment);
 * c.share();      // Optional[0.6250]
 * c.uncovered();  // the agencies without an innovation, by name
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AgencyCoverage {
  /** The stages counted by default: implementation (penerapan) only. */
  public static final ImmutableSet<Stage> DEFAULT_STAGES = ImmutableSet.of(Stage.IMPLEMENTATION);
  /** Why the default is what it is, and that it is provisional. */
  public static final Label DEFAULT_STAGES_NOTE = Label.of(
      "Tahap yang dihitung tidak diatur dalam sumber mana pun; bawaan pustaka (sementara): hanya penerapan",
      "No source says which stage counts; the library's provisional default: implementation only");

  private final Region region;
  private final String editionId;
  private final ImmutableSet<Stage> stages;
  private final ImmutableList<AgencyCount> agencies;
  private final ImmutableList<String> unattributed;

  private AgencyCoverage(Region region, String editionId, Set<Stage> stages, List<AgencyCount> agencies,
      List<String> unattributed) {
    this.region = region;
    this.editionId = editionId;
    this.stages = ImmutableSet.copyOf(stages);
    this.agencies = ImmutableList.copyOf(agencies);
    this.unattributed = ImmutableList.copyOf(unattributed);
  }

  /**
   * Computes the coverage with the default stages.
   *
   * @param assessment one region's assessment of one year
   * @return the coverage
   */
  public static AgencyCoverage of(Assessment assessment) {
    return of(assessment, DEFAULT_STAGES);
  }

  /**
   * Computes the coverage counting innovations at the given stages.
   *
   * @param assessment one region's assessment of one year
   * @param stages the stages that count, not empty
   * @return the coverage
   * @throws IllegalArgumentException if no stage is given
   */
  public static AgencyCoverage of(Assessment assessment, Set<Stage> stages) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("AgencyCoverage needs at least one stage that counts");
    }
    Map<String, Agency> byId = new LinkedHashMap<>();
    assessment.agencies().forEach(a -> byId.putIfAbsent(a.id(), a));
    Map<String, List<String>> innovations = new LinkedHashMap<>();
    Map<String, Set<String>> innovators = new LinkedHashMap<>();
    for (Agency a : byId.values()) {
      if (a.parentId().isEmpty()) {
        innovations.put(a.id(), new ArrayList<>());
        innovators.put(a.id(), new HashSet<>());
      }
    }
    List<String> unattributed = new ArrayList<>();
    for (ReportedInnovation r : assessment.innovations()) {
      if (!stages.contains(r.innovation().stage())) {
        continue;
      }
      Optional<String> top = r.innovation().agencyId().flatMap(id -> topLevel(id, byId));
      if (top.isEmpty() || !innovations.containsKey(top.get())) {
        unattributed.add(r.innovation().id());
        continue;
      }
      innovations.get(top.get()).add(r.innovation().id());
      for (Innovator i : r.innovation().innovators()) {
        innovators.get(top.get()).add(i.name().strip().toLowerCase(Locale.ROOT));
      }
    }
    List<AgencyCount> counts = new ArrayList<>();
    innovations.forEach((id, ids) -> counts.add(new AgencyCount(byId.get(id), ids, innovators.get(id).size())));
    return new AgencyCoverage(assessment.region(), assessment.editionId(), stages, counts, unattributed);
  }

  private static Optional<String> topLevel(String id, Map<String, Agency> byId) {
    Set<String> seen = new HashSet<>();
    String current = id;
    while (seen.add(current)) {
      Agency a = byId.get(current);
      if (a == null) {
        return Optional.empty();
      }
      if (a.parentId().isEmpty()) {
        return Optional.of(a.id());
      }
      current = a.parentId().get();
    }
    return Optional.empty(); // a cycle of parents: no top-level agency
  }

  /**
   * Returns the region.
   *
   * @return the region
   */
  public Region region() {
    return region;
  }

  /**
   * Returns the assessment's edition, which names its year.
   *
   * @return the edition id, e.g. {@code "iid-2026"}
   */
  public String editionId() {
    return editionId;
  }

  /**
   * Returns the stages that counted.
   *
   * @return the stages
   */
  public ImmutableSet<Stage> stages() {
    return stages;
  }

  /**
   * Returns every top-level agency with its counts, in the assessment's order.
   *
   * @return the agencies
   */
  public ImmutableList<AgencyCount> agencies() {
    return agencies;
  }

  /**
   * Returns the agencies without a counted innovation.
   *
   * @return the uncovered agencies, in the assessment's order
   */
  public ImmutableList<Agency> uncovered() {
    return agencies.stream().filter(a -> !a.covered()).map(AgencyCount::agency)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of agencies with a counted innovation.
   *
   * @return the count
   */
  public int covered() {
    return (int) agencies.stream().filter(AgencyCount::covered).count();
  }

  /**
   * Returns the share of agencies covered, rounded half-up to four decimals.
   *
   * @return a number from 0 to 1; empty when the region lists no agency
   */
  public Optional<BigDecimal> share() {
    if (agencies.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(covered()).divide(BigDecimal.valueOf(agencies.size()), 4,
        RoundingMode.HALF_UP));
  }

  /**
   * Returns the counted innovations whose agency is not a listed agency or a unit under one.
   *
   * @return their ids, possibly empty
   */
  public ImmutableList<String> unattributed() {
    return unattributed;
  }

  /**
   * Returns the coverage of several years, in the order given, with the change of the share
   * from each year to the next.
   *
   * @param years one coverage per year, oldest first
   * @return the changes, one fewer than the years; a change is empty when either year has no
   *     agency
   */
  public static ImmutableList<Optional<BigDecimal>> trend(List<AgencyCoverage> years) {
    ImmutableList.Builder<Optional<BigDecimal>> out = ImmutableList.builder();
    for (int i = 1; i < years.size(); i++) {
      Optional<BigDecimal> before = years.get(i - 1).share();
      Optional<BigDecimal> after = years.get(i).share();
      out.add(before.isPresent() && after.isPresent() ? Optional.of(after.get().subtract(before.get()))
          : Optional.empty());
    }
    return out.build();
  }

  /** Returns {@code "region edition: 5/8 agencies covered"}. */
  @Override
  public String toString() {
    return region + " " + editionId + ": " + covered() + "/" + agencies.size() + " agencies covered";
  }
}
