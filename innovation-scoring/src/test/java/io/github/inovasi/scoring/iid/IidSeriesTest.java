package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.ReportedInnovation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** One region over three years: scores, component changes and innovations followed by id. */
final class IidSeriesTest {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");
  private static final IidEdition E2027 = IidEdition.bundled("iid-2027");
  private static final IidEdition E2023 = IidEdition.bundled("iid-2023").withAssumptions()
      .withSpdCatalogue(E2026.spdIndicators(), Provenance.of(ProvenanceStatus.PROVISIONAL, "test: 2026 rows"));
  private static final Map<String, IidEdition> EDITIONS =
      Map.of("iid-2023", E2023, "iid-2026", E2026, "iid-2027", E2027);

  /** 2023 and 2026: the worked case; 2027: inv-7 dropped, inv-0 renewed in 2026, six affairs. */
  private static List<Assessment> threeYears() {
    Assessment y2023 = Fixtures.worked(E2023, 8, 5);
    Assessment y2026 = Fixtures.worked(E2026, 8, 5);
    List<ReportedInnovation> later = new ArrayList<>(Fixtures.worked(E2027, 8, 6).innovations().subList(0, 7));
    ReportedInnovation first = later.get(0);
    later.set(0, ReportedInnovation.of(first.innovation().withRenewalDate(LocalDate.of(2026, 3, 1)), first.answers()));
    Assessment y2027 = Fixtures.worked(E2027, 8, 6).withInnovations(later);
    return List.of(y2027, y2023, y2026);
  }

  @Test
  void threeYears_areScoredOldestFirst_withTheirChanges() {
    IidSeries s = IidSeries.of(threeYears(), a -> EDITIONS.get(a.editionId()));

    assertThat(s.years()).extracting(IidSeries.Year::year).containsExactly(2023, 2026, 2027);
    // 42.82 (2023 with the 2026 rules assumed), 38.55, then seven innovations of 80 over 14 with
    // six affairs: (40 + 560 / 14 + 7 × 0.38) / 250 × 100 = 33.064 → 33.06
    assertThat(s.years()).extracting(y -> y.score().index().toPlainString())
        .containsExactly("42.82", "38.55", "33.06");
    assertThat(s.changes()).filteredOn(c -> c.code().equals("IID"))
        .extracting(c -> c.change().toPlainString()).containsExactly("-4.27", "-5.49");
    assertThat(s.changes()).filteredOn(c -> c.toYear() == 2026).extracting(IidSeries.Change::code)
        .containsExactly("SPD", "SID", "COUNT", "IID");
  }

  @Test
  void innovations_areFollowedByTheirIds() {
    IidSeries s = IidSeries.of(threeYears(), a -> EDITIONS.get(a.editionId()));

    IidSeries.InnovationTrack renewed = s.innovations().get(0);
    assertThat(renewed.innovationId()).isEqualTo("inv-0");
    assertThat(renewed.statuses()).containsExactly(
        IidSeries.Status.NEW, IidSeries.Status.REPORTED_AGAIN, IidSeries.Status.RENEWED);
    IidSeries.InnovationTrack dropped = s.innovations().get(7);
    assertThat(dropped.statuses()).containsExactly(
        IidSeries.Status.NEW, IidSeries.Status.REPORTED_AGAIN, IidSeries.Status.DROPPED);
    assertThat(dropped.counted()).containsExactly(true, true, false);
  }

  @Test
  void twoAssessmentsOfOneYear_areRefused() {
    Assessment a = Fixtures.worked(E2026, 8, 5);

    assertThatThrownBy(() -> IidSeries.of(List.of(a, a), x -> E2026))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("one per year");
  }

  @Property(tries = 20)
  void aSeriesOfOneYear_equalsTheSingleYearResult(@ForAll @IntRange(min = 0, max = 20) int n,
      @ForAll @IntRange(min = 0, max = 6) int affairs) {
    Assessment a = Fixtures.worked(E2026, n, Math.min(n, affairs));

    IidSeries s = IidSeries.of(List.of(a), x -> E2026);

    assertThat(s.years()).singleElement().satisfies(y -> assertThat(y.score()).isEqualTo(IidScorer.of(E2026).score(a)));
    assertThat(s.changes()).isEmpty();
    assertThat(s.innovations()).allSatisfy(t -> assertThat(t.statuses()).containsExactly(IidSeries.Status.NEW));
  }
}
