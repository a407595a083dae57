package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry on the command line: policies, and score, rank, explain with --policy or --rubric. */
final class PolicyCommandsTest {
  private static final String ENTRIES = "../docs/samples/lomba-inovasi-opd-entries.json";
  private static final String RUBRIC =
      "../innovation-scoring/src/main/resources/io/github/inovasi/scoring/rubric/rubrics/example-lomba-inovasi-opd.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void policies_listsBundledEditionsAndRubricsWithWhatTheyScore() {
    CommandRun run = CommandRun.of("policies");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("iid-2026").contains("iga-2023-presentation")
        .contains("example-lomba-inovasi-opd").contains("innovation").contains("Sangat Inovatif");
  }

  @Test
  void validate_recognisesARubricFile_andLocatesItsProblems(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(Path.of(RUBRIC)).replace("\"weight\": 4", "\"weight\": 0"));

    assertThat(CommandRun.of("validate", RUBRIC).exitCode).isZero();
    CommandRun run = CommandRun.of("validate", broken.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out + run.err).contains("/criteria/1/weight");
  }

  @Test
  void score_withABundledRubricPolicy_scoresJudgedEntries() throws IOException {
    CommandRun run = CommandRun.of("score", "--policy", "example-lomba-inovasi-opd", ENTRIES, "--json");

    JsonNode rows = JSON.readTree(run.out);
    assertThat(run.exitCode).isZero();
    assertThat(rows.get(2).get("id").asText()).isEqualTo("dinkes-01");
    assertThat(rows.get(2).get("score").decimalValue()).isEqualByComparingTo("85.00");
    assertThat(rows.get(2).get("grade").asText()).isEqualTo("terbaik");
    assertThat(run.err).contains("example");
  }

  @Test
  void rank_withARubricFile_ranksTheEntries(@TempDir Path dir) throws IOException {
    Path own = dir.resolve("lomba-2026.json");
    Files.writeString(own, Files.readString(Path.of(RUBRIC)).replace("\"id\": \"example-lomba-inovasi-opd\"",
        "\"id\": \"lomba-2026\""));

    CommandRun run = CommandRun.of("rank", "--rubric", own.toString(), ENTRIES);
    CommandRun clash = CommandRun.of("rank", "--rubric", RUBRIC, ENTRIES);

    assertThat(run.exitCode).isZero();
    assertThat(run.out).containsSubsequence("1  dinkes-01", "2  dukcapil-02", "3  dishub-03");
    assertThat(clash.exitCode).isNotZero();
    assertThat(clash.err).contains("Duplicate scoring policy id 'example-lomba-inovasi-opd'");
  }

  @Test
  void explain_withAPolicy_showsPointsByCriterionAndJudge() {
    CommandRun run = CommandRun.of("explain", "--policy", "example-lomba-inovasi-opd", ENTRIES);

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("dinkes-01").contains("earned 85.0000 of 100.0000")
        .contains("By judge").contains("J1").contains("29.0000");
  }

  @Test
  void score_igaPresentationWithoutItsScale_refusesUntilAssumed(@TempDir Path dir) throws IOException {
    Path entries = dir.resolve("presentasi.json");
    Files.writeString(entries, "{\"format\": \"inovasi-judged-entries\", \"formatVersion\": 1, \"entries\": ["
        + "{\"id\": \"35.72\", \"name\": \"Kota Blitar\", \"unit\": \"region\", \"scores\": {\"P1\": {"
        + "\"kebaharuan\": 80, \"kemanfaatan\": 70, \"replikasi-dan-aplikatif\": 90,"
        + " \"kewenangan-dan-kolaborasi\": 60, \"penguasaan-dan-penyajian\": 85}}}]}");

    CommandRun refused = CommandRun.of("score", "--policy", "iga-2023-presentation", entries.toString());
    CommandRun assumed = CommandRun.of("score", "--policy", "iga-2023-presentation", "--assume", entries.toString());

    assertThat(refused.exitCode).isNotZero();
    assertThat(refused.err).contains("scale");
    assertThat(assumed.exitCode).isZero();
    assertThat(assumed.out).contains("35.72").contains("77.00");
    assertThat(assumed.err).contains("provisional");

    CommandRun supplied = CommandRun.of("score", "--policy", "iga-2023-presentation", "--scale", "0-100/5",
        entries.toString());
    CommandRun offScale = CommandRun.of("score", "--policy", "iga-2023-presentation", "--scale", "1-5/1",
        entries.toString());
    CommandRun unreadable = CommandRun.of("score", "--policy", "iga-2023-presentation", "--scale", "lima",
        entries.toString());
    CommandRun notARubric = CommandRun.of("score", "--policy", "iid-2026", "--scale", "0-100",
        "../docs/samples/rote-ndao-2026.json");
    assertThat(supplied.exitCode).isZero();
    assertThat(supplied.out).contains("77.00");
    assertThat(supplied.err).contains("Supplied by the user (--scale 0-100/5)");
    assertThat(offScale.exitCode).isNotZero();
    assertThat(offScale.err).contains("/scores/0/value");
    assertThat(unreadable.exitCode).isNotZero();
    assertThat(unreadable.err).contains("Skala 'lima' tidak terbaca").contains("Cannot read the scale 'lima'");
    assertThat(notARubric.exitCode).isNotZero();
    assertThat(notARubric.err).contains("--scale is for rubrics only");
  }
}
