package io.github.inovasi.scoring.kipp;

import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Selects the finalists of one tier (Top 99, the special finalists, Top 45, Finalis Top
 * Inovasi) from scored proposals, within the tier's places in total and per group.
 *
 * <p>Proposals are taken in order of priority, then score: a replication proposal whose score
 * reaches the year's passing grade (85 in 2025) comes before every proposal without priority.
 * Proposals equal in both form a block; a block that fits the places left is selected whole. A
 * block that does not fit is a <em>tie at the cut</em>: its proposals are reported as {@link
 * SelectionOutcome#TIED_AT_CUT} with the places they compete for, and none of them is selected
 * or dropped; those places stay reserved, so the result never depends on input order. A
 * proposal whose group's places are already taken is not selected, even if the tier's total
 * has room.
 *
 * <p>The tier must say how many places it has; the bundled 2023 and 2025 tiers do not, so the
 * user gives them with {@link #withPlaces} or {@link #withGroupPlaces}. A tier that replication
 * proposals compete for needs the year's passing grade, or an explicit {@link
 * #withoutReplicationPriority()}.
 *
 * <pre>{@code
 * SelectionResult top99 = KippSelection.of(KippYear.bundled(2020), "top-99").select(scored);
 * top99.ties();     // reported, never broken
 * }</pre>
 *
 * <p>Immutable and thread-safe; the same input always gives the same selection.
 */
public final class KippSelection {
  private final KippYear year;
  private final KippTier tier;
  private final boolean priority;

  private KippSelection(KippYear year, KippTier tier, boolean priority) {
    this.year = Objects.requireNonNull(year, "year");
    this.tier = Objects.requireNonNull(tier, "tier");
    this.priority = priority;
  }

  /**
   * Returns the selection of one of the year's tiers.
   *
   * @param year the year
   * @param tierId the tier, e.g. {@code "top-99"}
   * @return the selection
   * @throws IncompleteKippYearException if the year's tiers are unknown
   * @throws io.github.inovasi.model.InovasiException if the year has no such tier
   */
  public static KippSelection of(KippYear year, String tierId) {
    return new KippSelection(year, year.tier(tierId), true);
  }

  /**
   * Returns the selection of a tier the user defines.
   *
   * @param year the year (for the passing grade)
   * @param tier the tier
   * @return the selection
   */
  public static KippSelection of(KippYear year, KippTier tier) {
    return new KippSelection(year, tier, true);
  }

  /**
   * Returns a copy with the tier's total places set by the user.
   *
   * @param places the places
   * @return the copy
   * @throws IllegalArgumentException if places is not positive
   */
  public KippSelection withPlaces(int places) {
    return new KippSelection(year, new KippTier(tier.id(), tier.label(), tier.groups(), OptionalInt.of(places),
        tier.groupPlaces()), priority);
  }

  /**
   * Returns a copy with places per group set by the user.
   *
   * @param places the places per group; groups left out keep theirs
   * @return the copy
   * @throws IllegalArgumentException if a group does not compete or a number is not positive
   */
  public KippSelection withGroupPlaces(Map<KippGroup, Integer> places) {
    Map<KippGroup, Integer> all = new EnumMap<>(KippGroup.class);
    all.putAll(tier.groupPlaces());
    all.putAll(places);
    return new KippSelection(year, KippTier.of(tier.id(), tier.label(), tier.groups(), tier.places(), all), priority);
  }

  /**
   * Returns a copy that gives replication proposals no priority, for a year whose passing
   * grade is unknown and when the user decides there is none.
   *
   * @return the copy
   */
  public KippSelection withoutReplicationPriority() {
    return new KippSelection(year, tier, false);
  }

  /**
   * Selects.
   *
   * @param scored the scored proposals, each proposal once
   * @return a line for every proposal and the ties at the cut
   * @throws IncompleteKippYearException if the tier has no number of places, or replication
   *     proposals compete and the passing grade is unknown
   * @throws IllegalArgumentException if a proposal id appears twice
   */
  public SelectionResult select(List<ScoredProposal> scored) {
    if (!tier.isSized()) {
      throw new IncompleteKippYearException(year.year(), List.of(KippElement.TIERS));
    }
    Map<String, ScoredProposal> byId = new LinkedHashMap<>();
    for (ScoredProposal s : scored) {
      if (byId.put(s.proposal().id(), s) != null) {
        throw new IllegalArgumentException("Proposal " + s.proposal().id() + " is scored twice");
      }
    }
    List<ScoredProposal> competing = new ArrayList<>();
    List<SelectionLine> outside = new ArrayList<>();
    for (ScoredProposal s : scored) {
      if (tier.groups().contains(s.proposal().group())) {
        competing.add(s);
      } else {
        outside.add(new SelectionLine(s.proposal(), s.score(), false, 0, SelectionOutcome.NOT_COMPETING,
            Label.of("Kelompok " + s.proposal().group().code() + " tidak bersaing di " + tier.id(),
                "Group " + s.proposal().group().code() + " does not compete for " + tier.id())));
      }
    }
    Optional<BigDecimal> grade = priority ? year.replicationPassingGrade() : Optional.empty();
    if (priority && grade.isEmpty() && competing.stream().anyMatch(s -> s.proposal().group() == KippGroup.REPLICATION)) {
      throw new IncompleteKippYearException(year.year(), List.of(KippElement.REPLICATION_PASSING_GRADE));
    }
    Comparator<ScoredProposal> order = Comparator.comparing((ScoredProposal s) -> !hasPriority(s, grade))
        .thenComparing(ScoredProposal::score, Comparator.reverseOrder());
    List<ScoredProposal> sorted = new ArrayList<>(competing);
    sorted.sort(order); // stable: input order among equals, for display only

    int total = tier.places().orElse(Integer.MAX_VALUE);
    Map<KippGroup, Integer> left = new EnumMap<>(KippGroup.class);
    left.putAll(tier.groupPlaces());
    List<SelectionLine> lines = new ArrayList<>();
    List<Tie> ties = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && order.compare(sorted.get(i), sorted.get(j)) == 0) {
        j++;
      }
      List<ScoredProposal> block = sorted.subList(i, j);
      int rank = i + 1;
      boolean pr = hasPriority(block.get(0), grade);
      Map<KippGroup, List<ScoredProposal>> byGroup = new EnumMap<>(KippGroup.class);
      block.forEach(s -> byGroup.computeIfAbsent(s.proposal().group(), g -> new ArrayList<>()).add(s));
      Map<ScoredProposal, SelectionOutcome> decided = new LinkedHashMap<>();
      Map<ScoredProposal, Label> why = new LinkedHashMap<>();
      List<ScoredProposal> fit = new ArrayList<>();
      Map<KippGroup, List<ScoredProposal>> overflow = new EnumMap<>(KippGroup.class);
      for (Map.Entry<KippGroup, List<ScoredProposal>> e : byGroup.entrySet()) {
        Integer g = left.get(e.getKey());
        if (g != null && g == 0) {
          e.getValue().forEach(s -> {
            decided.put(s, SelectionOutcome.NOT_SELECTED);
            why.put(s, Label.of("Tempat kelompok " + e.getKey().code() + " sudah terisi",
                "The places of group " + e.getKey().code() + " are taken"));
          });
        } else if (g != null && e.getValue().size() > g) {
          overflow.put(e.getKey(), e.getValue());
        } else {
          fit.addAll(e.getValue());
        }
      }
      int contested = fit.size() + overflow.keySet().stream().mapToInt(left::get).sum();
      if (contested > 0 && total == 0) {
        block.stream().filter(s -> !decided.containsKey(s)).forEach(s -> {
          decided.put(s, SelectionOutcome.NOT_SELECTED);
          why.put(s, Label.of("Di bawah batas", "Below the cut"));
        });
      } else if (contested > total) {
        List<ScoredProposal> tied = block.stream().filter(s -> !decided.containsKey(s)).toList();
        tie(tied, total, Optional.empty(), decided, why, ties);
        for (KippGroup g : byGroup.keySet()) {
          left.computeIfPresent(g, (k, v) -> Math.max(0, v - Math.min(v, byGroup.get(g).size())));
        }
        total = 0;
      } else {
        for (ScoredProposal s : fit) {
          decided.put(s, SelectionOutcome.SELECTED);
          why.put(s, Label.of("Dalam tempat yang tersedia", "Within the places available"));
          left.computeIfPresent(s.proposal().group(), (k, v) -> v - 1);
        }
        for (Map.Entry<KippGroup, List<ScoredProposal>> e : overflow.entrySet()) {
          tie(e.getValue(), left.get(e.getKey()), Optional.of(e.getKey()), decided, why, ties);
          left.put(e.getKey(), 0);
        }
        total -= contested;
      }
      for (ScoredProposal s : block) {
        lines.add(new SelectionLine(s.proposal(), s.score(), pr, rank, decided.get(s), why.get(s)));
      }
      i = j;
    }
    lines.addAll(outside);
    return new SelectionResult(tier, lines, ties);
  }

  private static void tie(List<ScoredProposal> tied, int places, Optional<KippGroup> group,
      Map<ScoredProposal, SelectionOutcome> decided, Map<ScoredProposal, Label> why, List<Tie> ties) {
    List<KippProposal> ps = tied.stream().map(ScoredProposal::proposal).toList();
    ties.add(new Tie(ps, tied.get(0).score(), places, group));
    String ids = String.join(", ", ps.stream().map(KippProposal::id).toList());
    for (ScoredProposal s : tied) {
      decided.put(s, SelectionOutcome.TIED_AT_CUT);
      why.put(s, Label.of(tied.size() + " proposal seri (" + ids + ") untuk " + places + " tempat; diputuskan penyelenggara",
          tied.size() + " proposals tied (" + ids + ") for " + places + " places; for the organiser to decide"));
    }
  }

  private boolean hasPriority(ScoredProposal s, Optional<BigDecimal> grade) {
    return s.proposal().group() == KippGroup.REPLICATION && grade.isPresent()
        && s.score().compareTo(grade.get()) >= 0;
  }

  /** Returns {@code "KIPP 2020 selection of top-99"}. */
  @Override
  public String toString() {
    return year + " selection of " + tier.id();
  }
}
