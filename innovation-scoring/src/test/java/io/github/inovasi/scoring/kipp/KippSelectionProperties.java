package io.github.inovasi.scoring.kipp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of finalist selection over generated proposals, scores and tiers. */
final class KippSelectionProperties {
  private static final KippYear YEAR = KippYear.bundled(2025);
  private static final KippProposal TEMPLATE = KippFixtures.proposal("t").build();

  /** A generated selection problem: scored proposals and the places of the tier. */
  record Case(List<ScoredProposal> scored, int places, Map<KippGroup, Integer> groupPlaces) {
    KippSelection selection() {
      return KippSelection.of(YEAR, KippTier.of("t", Label.of("T", "T"),
          Set.of(KippGroup.GENERAL, KippGroup.REPLICATION, KippGroup.SPECIAL), OptionalInt.of(places), groupPlaces));
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ScoredProposal> one = Combinators.combine(
        Arbitraries.of(KippGroup.class), Arbitraries.integers().between(80, 90))
        .as((g, s) -> ScoredProposal.of(TEMPLATE.withGroup(g), BigDecimal.valueOf(s)));
    Arbitrary<List<ScoredProposal>> list = one.list().ofMaxSize(25).map(ps -> {
      List<ScoredProposal> out = new ArrayList<>();
      for (int i = 0; i < ps.size(); i++) {
        out.add(ScoredProposal.of(ps.get(i).proposal().withId("p" + i).withTitle("t" + i), ps.get(i).score()));
      }
      return out;
    });
    Arbitrary<Map<KippGroup, Integer>> groupPlaces = Arbitraries.maps(
        Arbitraries.of(KippGroup.class), Arbitraries.integers().between(1, 8)).ofMaxSize(3)
        .map(m -> { Map<KippGroup, Integer> e = new EnumMap<>(KippGroup.class); e.putAll(m); return e; });
    return Combinators.combine(list, Arbitraries.integers().between(1, 15), groupPlaces).as(Case::new);
  }

  private static Map<KippGroup, Long> selectedPerGroup(SelectionResult r) {
    Map<KippGroup, Long> n = new EnumMap<>(KippGroup.class);
    r.selected().forEach(p -> n.merge(p.group(), 1L, Long::sum));
    return n;
  }

  @Property(tries = 300)
  void selection_respectsEveryQuota_withTiedPlacesReserved(@ForAll("cases") Case c) {
    SelectionResult r = c.selection().select(c.scored());
    int tiedPlaces = r.ties().stream().mapToInt(Tie::places).sum();
    assertThat(r.selected().size() + tiedPlaces).isLessThanOrEqualTo(c.places());
    Map<KippGroup, Long> per = selectedPerGroup(r);
    c.groupPlaces().forEach((g, places) -> {
      int tiedForGroup = r.ties().stream().filter(t -> t.group().equals(java.util.Optional.of(g)))
          .mapToInt(Tie::places).sum();
      assertThat(per.getOrDefault(g, 0L) + tiedForGroup).as("group %s", g).isLessThanOrEqualTo(places);
    });
    for (Tie t : r.ties()) {
      assertThat(t.proposals().size()).isGreaterThan(t.places());
      assertThat(t.proposals()).extracting(p -> c.scored().stream().filter(s -> s.proposal().equals(p))
          .findFirst().orElseThrow().score()).allMatch(s -> s.compareTo(t.score()) == 0);
    }
  }

  @Property(tries = 300)
  void sameInput_sameSelection_inAnyOrder(@ForAll("cases") Case c, @ForAll long seed) {
    SelectionResult first = c.selection().select(c.scored());
    assertThat(c.selection().select(c.scored()).lines()).isEqualTo(first.lines());
    List<ScoredProposal> shuffled = new ArrayList<>(c.scored());
    Collections.shuffle(shuffled, new Random(seed));
    SelectionResult again = c.selection().select(shuffled);
    assertThat(again.selected()).containsExactlyInAnyOrderElementsOf(first.selected());
    assertThat(again.ties().stream().map(t -> Set.copyOf(t.proposals())).toList())
        .containsExactlyInAnyOrderElementsOf(first.ties().stream().map(t -> Set.copyOf(t.proposals())).toList());
  }

  @Property(tries = 300)
  void raisingAScore_neverLowersTheRank(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 24) int pick,
      @ForAll @IntRange(min = 1, max = 12) int raise) {
    if (c.scored().isEmpty()) {
      return;
    }
    int i = pick % c.scored().size();
    List<ScoredProposal> raised = new ArrayList<>(c.scored());
    ScoredProposal p = raised.get(i);
    raised.set(i, ScoredProposal.of(p.proposal(), p.score().add(BigDecimal.valueOf(raise))));
    assertThat(rank(c.selection().select(raised), p.proposal()))
        .isLessThanOrEqualTo(rank(c.selection().select(c.scored()), p.proposal()));
  }

  private static int rank(SelectionResult r, KippProposal p) {
    Map<KippProposal, Integer> ranks = new HashMap<>();
    r.lines().forEach(l -> ranks.put(l.proposal(), l.rank().orElse(Integer.MAX_VALUE)));
    return ranks.get(p);
  }
}
