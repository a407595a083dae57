package io.github.inovasi.scoring.kipp;

import static io.github.inovasi.scoring.kipp.KippFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class KippSelectionTest {
  private static final KippYear Y2025 = KippYear.bundled(2025);

  private static ScoredProposal s(String id, String score) {
    return ScoredProposal.of(proposal(id).build(), new BigDecimal(score));
  }

  private static ScoredProposal s(String id, KippGroup group, String score) {
    return ScoredProposal.of(proposal(id).group(group).build(), new BigDecimal(score));
  }

  private static KippTier tier(int places) {
    return KippTier.of("t", Label.of("T", "T"), Set.of(KippGroup.GENERAL, KippGroup.REPLICATION),
        OptionalInt.of(places), Map.of());
  }

  private static List<String> ids(SelectionResult r) {
    return r.selected().stream().map(p -> p.id()).toList();
  }

  @Test
  void cleanCut_takesTheHighestScores() {
    SelectionResult r = KippSelection.of(Y2025, tier(2)).select(List.of(s("a", "70"), s("b", "90"), s("c", "80")));
    assertThat(ids(r)).containsExactly("b", "c");
    assertThat(r.ties()).isEmpty();
    assertThat(r.lines()).extracting(SelectionLine::outcome).containsExactly(
        SelectionOutcome.SELECTED, SelectionOutcome.SELECTED, SelectionOutcome.NOT_SELECTED);
  }

  @Test
  void tieAtTheCut_isReported_andNoneOfTheTiedIsSelected() {
    SelectionResult r = KippSelection.of(Y2025, tier(2))
        .select(List.of(s("a", "90"), s("b", "80"), s("c", "80.00"), s("d", "70")));
    assertThat(ids(r)).containsExactly("a");
    assertThat(r.ties()).singleElement().satisfies(t -> {
      assertThat(t.proposals()).extracting(p -> p.id()).containsExactly("b", "c");
      assertThat(t.places()).isEqualTo(1);
      assertThat(t.group()).isEmpty();
    });
    assertThat(r.lines()).filteredOn(l -> l.proposal().id().equals("d"))
        .singleElement().extracting(SelectionLine::outcome).isEqualTo(SelectionOutcome.NOT_SELECTED);
    assertThat(r.lines().get(1).rank()).hasValue(2);
    assertThat(r.lines().get(2).rank()).hasValue(2);
  }

  @Test
  void tieThatFitsThePlaces_isNoTie() {
    SelectionResult r = KippSelection.of(Y2025, tier(3)).select(List.of(s("a", "90"), s("b", "80"), s("c", "80")));
    assertThat(ids(r)).containsExactly("a", "b", "c");
    assertThat(r.ties()).isEmpty();
  }

  @Test
  void groupQuota_aFullGroupTakesNoMore_evenWithRoomInTheTotal() {
    KippSelection sel = KippSelection.of(Y2025, tier(4)).withGroupPlaces(Map.of(KippGroup.REPLICATION, 1));
    SelectionResult r = sel.select(List.of(s("r1", KippGroup.REPLICATION, "84"), s("r2", KippGroup.REPLICATION, "83"),
        s("g1", "60")));
    assertThat(ids(r)).containsExactly("r1", "g1");
    assertThat(r.lines()).filteredOn(l -> l.proposal().id().equals("r2")).singleElement()
        .satisfies(l -> assertThat(l.reason().english()).contains("places of group REPLIKASI are taken"));
  }

  @Test
  void tieForAGroupsLastPlace_reservesIt_andOtherGroupsGoOn() {
    KippSelection sel = KippSelection.of(Y2025, tier(3)).withGroupPlaces(Map.of(KippGroup.REPLICATION, 1));
    SelectionResult r = sel.select(List.of(s("r1", KippGroup.REPLICATION, "80"), s("r2", KippGroup.REPLICATION, "80"),
        s("g1", "70"), s("g2", "60"), s("g3", "50")));
    assertThat(r.ties()).singleElement().satisfies(t -> {
      assertThat(t.group()).contains(KippGroup.REPLICATION);
      assertThat(t.places()).isEqualTo(1);
    });
    assertThat(ids(r)).containsExactly("g1", "g2");
  }

  @Test
  void replicationAtThePassingGrade_comesFirst() {
    // 2025: replicated innovations with a passing grade of at least 85 get priority.
    SelectionResult r = KippSelection.of(Y2025, tier(2)).select(List.of(
        s("g1", "95"), s("g2", "90"), s("r85", KippGroup.REPLICATION, "85"), s("r84", KippGroup.REPLICATION, "84.99")));
    assertThat(ids(r)).containsExactly("r85", "g1");
    assertThat(r.lines().get(0).priority()).isTrue();
    assertThat(r.lines()).filteredOn(l -> l.proposal().id().equals("r84")).singleElement()
        .satisfies(l -> assertThat(l.priority()).isFalse());
  }

  @Test
  void unsizedTier_asksForItsPlaces() {
    assertThatThrownBy(() -> KippSelection.of(Y2025, "top-inovasi").select(List.of(s("a", "1"))))
        .isInstanceOfSatisfying(IncompleteKippYearException.class,
            e -> assertThat(e.missing()).containsExactly(KippElement.TIERS));
    assertThat(ids(KippSelection.of(Y2025, "top-inovasi").withPlaces(1).select(List.of(s("a", "1"))))).containsExactly("a");
  }

  @Test
  void replicationWithoutAKnownPassingGrade_asksTheUser_orIsExplicitlyWithoutPriority() {
    KippYear y2020 = KippYear.bundled(2020);
    List<ScoredProposal> in = List.of(s("r", KippGroup.REPLICATION, "90"), s("g", "95"));
    assertThatThrownBy(() -> KippSelection.of(y2020, "top-99").select(in))
        .isInstanceOfSatisfying(IncompleteKippYearException.class,
            e -> assertThat(e.missing()).containsExactly(KippElement.REPLICATION_PASSING_GRADE));
    assertThat(ids(KippSelection.of(y2020, "top-99").withoutReplicationPriority().select(in))).containsExactly("g", "r");
  }

  @Test
  void groupsOutsideTheTier_doNotCompete() {
    SelectionResult r = KippSelection.of(KippYear.bundled(2020), "finalis-khusus")
        .select(List.of(s("g", "99"), s("k", KippGroup.SPECIAL, "50")));
    assertThat(ids(r)).containsExactly("k");
    assertThat(r.lines().get(1).outcome()).isEqualTo(SelectionOutcome.NOT_COMPETING);
    assertThat(r.lines().get(1).rank()).isEmpty();
  }

  @Test
  void aProposalScoredTwice_isRefused() {
    assertThatThrownBy(() -> KippSelection.of(Y2025, tier(1)).select(List.of(s("a", "1"), s("a", "2"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a is scored twice");
  }
}
