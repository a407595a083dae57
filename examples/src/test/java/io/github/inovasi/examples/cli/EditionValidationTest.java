package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9: answers are checked against the edition's catalogue where the user typed them, and
 * scoring refuses unknown indicator codes unless allowed; the tables score as the JSON does.
 */
final class EditionValidationTest {
  private static final String SAMPLE = "../docs/samples/rote-ndao-2026.json";

  @TempDir Path dir;
  private Path register;
  private Path answers;

  @BeforeEach
  void tablesFromTheSample() {
    register = dir.resolve("daftar.csv");
    answers = dir.resolve("jawaban.csv");
    assertThat(CommandRun.of("convert", SAMPLE, register.toString()).exitCode).isZero();
    assertThat(CommandRun.of("convert", SAMPLE, answers.toString(), "--table", "answers").exitCode).isZero();
  }

  /** Rewrites every answers row that starts with {@code prefix}; returns the first one's line. */
  private int retype(String prefix, String replacement) throws IOException {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(answers));
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        lines.set(i, replacement + lines.get(i).substring(prefix.length()));
        first = first < 0 ? i + 1 : first;
      }
    }
    assertThat(first).as(prefix).isPositive();
    Files.write(answers, lines);
    return first;
  }

  private int append(String row) throws IOException {
    Files.writeString(answers, row + "\n", java.nio.file.StandardOpenOption.APPEND);
    return Files.readAllLines(answers).size();
  }

  @Test
  void validate_cleanTables_areOkTogether() {
    CommandRun run = CommandRun.of("validate", register.toString(), answers.toString());
    assertThat(run.exitCode).as(run.out).isZero();
    assertThat(run.out).contains("OK " + register + " + " + answers + " (1 assessment, iid-2026");
    assertThat(run.err).contains("edition: iid-2026 (the current one");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "53.14,,2a,|53.14,,2A,|2a",
    "53.14,,5b,|53.14,,5.b,|5b",
    "53.14,,5a,|53.14,,5c,|5a",
    "53.14,,2a,|53.14,,2l,|2a",
    "53.14,rote-001,16,|53.14,rote-001,16 ,|16",
  })
  void validate_typoInIndicatorCode_isLocatedWithASuggestion(String prefix, String typed, String meant) throws IOException {
    int line = retype(prefix, typed);
    CommandRun run = CommandRun.of("validate", "--edition", "iid-2026", answers.toString());
    assertThat(run.exitCode).as(run.out).isEqualTo(1);
    assertThat(run.out)
        .contains("ERROR UNKNOWN_INDICATOR " + answers + ":" + line + ":3")
        .contains("did you mean '" + meant + "'");
    CommandRun id = CommandRun.of("validate", "--lang", "id", "--edition", "iid-2026", answers.toString());
    assertThat(id.out).contains("maksud Anda '" + meant + "'");
  }

  @Test
  void validate_joinProblems_areLocatedInTheAnswersAndRegisterRows() throws IOException {
    Files.write(answers, Files.readAllLines(answers).stream().filter(l -> !l.startsWith("53.14,rote-001,17,")).toList());
    int unknownInnovation = append("53.14,rote-999,16,3,,,,,,,,");
    int otherRegion = append("35.72,,1,3,,,,,,,,");
    int twice = append("53.14,,1,2,,,,,,,,");
    CommandRun run = CommandRun.of("validate", register.toString(), answers.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).contains("ERROR DUPLICATE_ID " + answers + ":" + twice);
    String fixed = Files.readString(answers).replace("53.14,,1,2,,,,,,,,\n", "");
    Files.writeString(answers, fixed);
    run = CommandRun.of("validate", register.toString(), answers.toString());
    assertThat(run.exitCode).as(run.out).isEqualTo(1);
    assertThat(run.out)
        .contains("ERROR UNKNOWN_INNOVATION " + answers + ":" + unknownInnovation + ":2")
        .contains("ERROR REGION_NOT_IN_REGISTER " + answers + ":" + otherRegion + ":1")
        .contains("WARNING MANDATORY_UNANSWERED " + register + ":2:2")
        .contains("17");
    assertThat(run.out).doesNotContain("Exception");
  }

  @Test
  void score_tablesDirectly_equalsTheScoreOfTheJson() {
    CommandRun fromJson = CommandRun.of("score", SAMPLE);
    CommandRun fromTables = CommandRun.of("score", register.toString(), answers.toString());
    assertThat(fromTables.exitCode).as(fromTables.err).isZero();
    assertThat(fromTables.out).isEqualTo(fromJson.out).contains("22.60");
    assertThat(fromTables.err).contains("edition: iid-2026 (the current one; choose with --edition)");
    CommandRun workbook = CommandRun.of("explain", answers.toString(), register.toString());
    assertThat(workbook.exitCode).as(workbook.err).isZero();
    assertThat(workbook.out).isEqualTo(CommandRun.of("explain", SAMPLE).out);
    CommandRun lone = CommandRun.of("score", register.toString());
    assertThat(lone.exitCode).isEqualTo(1);
    assertThat(lone.err).contains("REGISTER and ANSWERS").doesNotContain("Malformed JSON");
  }

  @Test
  void score_unknownIndicatorCode_isRefusedUnlessAllowedThenCounted() throws IOException {
    int line = retype("53.14,rote-001,16,", "53.14,rote-001,16 ,");
    CommandRun refused = CommandRun.of("score", register.toString(), answers.toString());
    assertThat(refused.exitCode).isEqualTo(1);
    assertThat(refused.err).contains("UNKNOWN_INDICATOR").contains(answers + ":" + line + ":3");
    CommandRun allowed = CommandRun.of("score", "--allow-unknown-indicators", register.toString(), answers.toString());
    assertThat(allowed.exitCode).as(allowed.err).isZero();
    assertThat(allowed.err).contains("1 answer with unknown indicator codes ignored");

    Path json = dir.resolve("salah.json");
    Files.writeString(json, Files.readString(Path.of(SAMPLE)).replaceFirst("\"indicatorCode\" : \"2a\"", "\"indicatorCode\" : \"2A\""));
    CommandRun jsonRefused = CommandRun.of("score", json.toString());
    assertThat(jsonRefused.exitCode).as(jsonRefused.err).isEqualTo(1);
    assertThat(jsonRefused.err).contains("UNKNOWN_INDICATOR").contains("did you mean '2a'");
    assertThat(CommandRun.of("score", "--allow-unknown-indicators", json.toString()).err)
        .contains("1 answer with unknown indicator codes ignored");
    CommandRun validate = CommandRun.of("validate", json.toString());
    assertThat(validate.exitCode).isEqualTo(1);
    assertThat(validate.out).contains("ERROR UNKNOWN_INDICATOR " + json);
  }
}
