package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.examples.SampleData;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.validation.AssessmentValidator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class DemoCommandTest {

  @Test
  void demo_printsTheSummaryAndExitsZero() {
    CommandRun run = CommandRun.of("demo");

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .contains("53.14 KABUPATEN ROTE NDAO")
        .contains("daerah tertinggal")
        .contains("Innovations (12)")
        .contains("rote-003  SEHATI")
        .contains("Basic-service affairs covered (urusan wajib pelayanan dasar): 6 of 6")
        .contains("Region-level (SPD) answers: 20 of 20 rows")
        .contains("Validation against the iid-2026 catalogue (40 indicators): 0 errors")
        .contains("SID average 24.58 over MAX(12, 9)")
        .contains("Open Database License");
  }

  @Test
  void demo_inIndonesian_usesIndonesianLabels() {
    CommandRun run = CommandRun.of("demo", "--lang", "id");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Penerapan").contains("Kesehatan").contains("Kabupaten");
  }

  @Test
  void sample_hasTheShapeTheDemoPromises() {
    Assessment sample = SampleData.roteNdao();
    assertThat(sample.innovations()).hasSizeBetween(10, 14);
    assertThat(sample.regionAnswers()).extracting(a -> a.indicatorCode())
        .containsExactlyElementsOf(SampleData.SPD_ROWS);
    assertThat(sample.innovations()).allSatisfy(r -> assertThat(r.answers())
        .extracting(a -> a.indicatorCode())
        .containsExactly("16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
            "29", "30", "31", "32", "33", "34", "35"));
    assertThat(sample.innovations().stream().map(r -> r.innovation().stage()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Stage.INITIATION, Stage.TRIAL, Stage.IMPLEMENTATION);
    assertThat(sample.innovations().stream().map(r -> r.innovation().mainAffair()).collect(Collectors.toSet()))
        .containsAll(GovernmentAffair.basicServices());
    assertThat(sample.innovations().stream().map(ReportedInnovation::innovation)
            .filter(i -> i.stage() == Stage.IMPLEMENTATION))
        .allSatisfy(i -> assertThat(i.designWordCount()).isGreaterThanOrEqualTo(300));
    assertThat(AssessmentValidator.kemendagri().validate(sample)).noneMatch(p -> p.isError());
  }
}
