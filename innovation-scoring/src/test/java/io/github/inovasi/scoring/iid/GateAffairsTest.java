package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.ReportedInnovation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The basic-service gate counts main affairs, and says so where that closes it. */
final class GateAffairsTest {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");

  @Test
  void aBasicServiceAffairOnlyAmongOtherAffairs_doesNotOpenTheGate_andTheScoreSaysSo() {
    Assessment four = Fixtures.worked(E2026, 8, 4);
    List<ReportedInnovation> innovations = new ArrayList<>(four.innovations());
    GovernmentAffair fifth = Fixtures.basicService(4);
    ReportedInnovation last = innovations.get(7);
    innovations.set(7, ReportedInnovation.of(last.innovation().withOtherAffairs(fifth), last.answers()));

    IidScore s = IidScorer.of(E2026).score(four.withInnovations(innovations));

    // four main affairs: the count score is lost, (40 + 640 / 12) / 250 × 100 = 37.33
    assertThat(s.figures().gateOpen()).isFalse();
    assertThat(s.index()).isEqualByComparingTo("37.33");
    assertThat(s.problems()).filteredOn(p -> p.code().equals("GATE_OTHER_AFFAIRS")).singleElement()
        .satisfies(p -> {
          assertThat(p.message().english()).contains(fifth.label().english()).contains("inv-7")
              .contains("main affairs");
          assertThat(p.message().indonesian()).contains(fifth.label().indonesian());
        });
  }

  @Test
  void anOpenGate_needsNoNote() {
    IidScore s = IidScorer.of(E2026).score(Fixtures.worked(E2026, 8, 5));

    assertThat(s.problems()).extracting(Problem::code).doesNotContain("GATE_OTHER_AFFAIRS");
  }
}
