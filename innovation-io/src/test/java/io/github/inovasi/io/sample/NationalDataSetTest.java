package io.github.inovasi.io.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class NationalDataSetTest {
  private static final NationalDataSet SAMPLE = NationalDataSet.of(42).withInnovations(6_000);

  private static List<Innovation> innovations(NationalDataSet data) {
    return data.assessments()
        .flatMap(a -> a.innovations().stream())
        .map(ReportedInnovation::innovation)
        .collect(Collectors.toList());
  }

  @Test
  void national_coversTheAutonomousRegionsWithTheNationalCount() {
    NationalDataSet national = NationalDataSet.of(1);
    assertThat(national.regions()).hasSize(546);
    assertThat(national.innovationCount()).isEqualTo(36_742);
  }

  @Test
  void assessments_holdExactlyTheRequestedInnovationsWithEveryAnswer() {
    List<Assessment> all = SAMPLE.assessments().collect(Collectors.toList());
    assertThat(all).hasSize(546);
    assertThat(all.stream().mapToInt(a -> a.innovations().size()).sum()).isEqualTo(6_000);
    assertThat(all).allSatisfy(a -> assertThat(a.regionAnswers()).hasSize(20));
    assertThat(all.get(0).innovations()).allSatisfy(r -> assertThat(r.answers()).hasSize(20));
  }

  @Test
  void sameSeed_givesEqualData_otherSeed_differentData() {
    assertThat(SAMPLE.assessment(100)).isEqualTo(NationalDataSet.of(42).withInnovations(6_000).assessment(100));
    assertThat(SAMPLE.assessment(100)).isNotEqualTo(NationalDataSet.of(43).withInnovations(6_000).assessment(100));
  }

  @Test
  void shares_followThePublishedNationalFigures() {
    List<Innovation> all = innovations(SAMPLE);
    Map<Stage, Long> stages = all.stream().collect(Collectors.groupingBy(Innovation::stage, Collectors.counting()));
    assertThat(stages.get(Stage.IMPLEMENTATION) / 6_000.0).isCloseTo(29_114 / 31_719.0, within(0.02));
    assertThat(stages.get(Stage.INITIATION) / 6_000.0).isCloseTo(1_347 / 31_719.0, within(0.01));
    Map<GovernmentAffair, Long> affairs =
        all.stream().collect(Collectors.groupingBy(Innovation::mainAffair, Collectors.counting()));
    assertThat(affairs.get(GovernmentAffair.HEALTH) / 6_000.0).isCloseTo(6_220 / 28_539.0, within(0.02));
    assertThat(affairs.get(GovernmentAffair.EDUCATION) / 6_000.0).isCloseTo(3_279 / 28_539.0, within(0.02));
    assertThat(all).allSatisfy(i -> assertThat(i.designWordCount()).isGreaterThanOrEqualTo(300));
    assertThat(all.stream().map(Innovation::id).collect(Collectors.toSet())).hasSize(6_000);
    assertThat(all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
        .hasSize(6_000);
  }
}
