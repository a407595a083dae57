package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KippCommandTest {
  private static final String PROPOSALS = "../docs/samples/kipp-proposals-rote-ndao-2022.csv";
  private static final String SCORES = "../docs/samples/kipp-scores-rote-ndao-2022.csv";
  private static final String RUBRIC =
      "../innovation-scoring/src/main/resources/io/github/inovasi/scoring/rubric/rubrics/kipp-evaluation.json";

  @Test
  void screen_inIndonesian_listsEveryReasonWithItsPlace() {
    CommandRun run = CommandRun.of("kipp", "screen", PROPOSALS, "--year", "2022", "--deadline", "2022-06-30",
        "--min-age", "UMUM=2,KHUSUS=2", "--quota", "UMUM=2", "--lang", "id");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Lolos: 3, ditolak: 6")
        .contains("RN-03 KIPP_TOO_YOUNG proposals[2].implementationStart")
        .contains("RN-08 KIPP_QUOTA_EXCEEDED").contains("KIPP_DUPLICATE_TITLE").contains("KIPP_EMPTY_ANSWER")
        .contains("KIPP_MISSING_SECTION");
  }

  @Test
  void screen_withUnknownRules_asksForThem() {
    CommandRun run = CommandRun.of("kipp", "screen", PROPOSALS, "--year", "2022");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("minimum-age, registration-deadline, quotas").contains("supply them");
  }

  @Test
  void evaluateThenSelect_reportsTheTieAtTheCut() {
    CommandRun evaluate = CommandRun.of("kipp", "evaluate", PROPOSALS, "--scores", SCORES, "--json");
    assertThat(evaluate.exitCode).isZero();
    assertThat(evaluate.out).contains("\"weightsStatus\" : \"provisional\"").contains("\"score\" : 90.00");
    CommandRun select = CommandRun.of("kipp", "select", PROPOSALS, "--scores", SCORES, "--year", "2025",
        "--tier", "top-inovasi", "--places", "3");
    assertThat(select.exitCode).isZero();
    assertThat(select.out).contains("Tied at the cut: [RN-02, RN-03, RN-07] 80.00 for 1 places");
  }

  @Test
  void evaluate_throughTheRubricEngine_ownWeightsOrOwnRubricFile(@TempDir Path dir) throws IOException {
    CommandRun equal = CommandRun.of("kipp", "evaluate", PROPOSALS, "--scores", SCORES, "--lang", "id");
    assertThat(equal.exitCode).isZero();
    assertThat(equal.out).contains("Rubrik kipp-evaluation").contains("(provisional)");
    assertThat(equal.err).contains("note: criterion kebaruan: provisional");

    CommandRun weighted = CommandRun.of("kipp", "evaluate", PROPOSALS, "--scores", SCORES, "--json",
        "--weight", "KEBARUAN=3,EFEKTIF=1,BERMANFAAT=1,DAPAT_DIREPLIKASI=1,BERKELANJUTAN=1");
    assertThat(weighted.exitCode).isZero();
    assertThat(weighted.out).contains("\"rubric\" : \"kipp-evaluation-own-weights\"").contains("\"KEBARUAN\" : 3");

    Path own = dir.resolve("kipp-bureau.json");
    Files.writeString(own, Files.readString(Path.of(RUBRIC)).replace("\"id\": \"kipp-evaluation\"",
        "\"id\": \"kipp-bureau\"").replace("\"combination\": \"mean\"", "\"combination\": \"median\""));
    CommandRun ownRubric = CommandRun.of("kipp", "evaluate", PROPOSALS, "--scores", SCORES, "--rubric", own.toString());
    assertThat(ownRubric.exitCode).isZero();
    assertThat(ownRubric.out).contains("Rubric kipp-bureau");

    CommandRun wrong = CommandRun.of("kipp", "evaluate", PROPOSALS, "--scores", SCORES, "--rubric",
        "../innovation-scoring/src/main/resources/io/github/inovasi/scoring/rubric/rubrics/example-lomba-inovasi-opd.json");
    assertThat(wrong.exitCode).isNotZero();
    assertThat(wrong.err).contains("KIPP_RUBRIC_UNIT");
  }

  @Test
  void validate_recognisesAKippYearFile_andLocatesItsProblems(@TempDir Path dir) throws IOException {
    Path year = Path.of("../innovation-scoring/src/main/resources/io/github/inovasi/scoring/kipp/years/kipp-2021.json");
    Path broken = dir.resolve("kipp-2021.json");
    Files.writeString(broken, Files.readString(year).replace("\"UMUM\": 10", "\"UMUM\": 0")
        .replace("\"REPLIKASI\",", "\"REPLIKA\","));

    CommandRun ok = CommandRun.of("validate", year.toString());
    CommandRun run = CommandRun.of("validate", "--lang", "id", broken.toString());
    assertThat(ok.exitCode).isZero();
    assertThat(ok.out).contains("OK ");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).contains("/groups/values/1").contains("/quotas/perInstitution/UMUM")
        .contains("Kelompok tidak dikenal").contains("INVALID ");
  }

  @Test
  void coverage_ofTheSampleRegion() {
    CommandRun run = CommandRun.of("coverage", "../docs/samples/rote-ndao-2026.json", "--lang", "id");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("7/10 perangkat daerah punya inovasi (70%)").contains("Tanpa inovasi: ");
  }

  @Test
  void coverage_ranksTheAgenciesByAPolicy() {
    CommandRun run = CommandRun.of("coverage", "../docs/samples/rote-ndao-2026.json", "--rank-by", "iid-2026",
        "--lang", "id");
    CommandRun json = CommandRun.of("coverage", "../docs/samples/rote-ndao-2026.json", "--rank-by", "iid-2026",
        "--json");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Peringkat perangkat daerah menurut iid-2026").contains("peringkat");
    assertThat(json.exitCode).isZero();
    assertThat(json.out).contains("\"rankedBy\" : \"iid-2026\"").contains("\"rank\" : 1");
  }
}
