package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: --encoding, --delimiter and --sheet on the commands, and legacy workbooks refused with advice. */
final class DialectOptionsTest {
  private static final Path CORPUS = Path.of("../innovation-io/src/test/resources/corpus/dialects");
  private static final String SAMPLE = "../docs/samples/rote-ndao-2026.json";

  @TempDir Path dir;

  @Test
  void validate_windows1252File_needsItsEncodingNamed() {
    String file = CORPUS.resolve("register-excel-semicolon-1252.csv").toString();
    CommandRun refused = CommandRun.of("validate", file);
    assertThat(refused.exitCode).isEqualTo(1);
    assertThat(refused.out).contains("INVALID_UTF8").contains("--encoding windows-1252");
    CommandRun read = CommandRun.of("validate", "--encoding", "windows-1252", file);
    assertThat(read.exitCode).as(read.out).isZero();
    assertThat(read.out).contains("OK " + file + " (2 records)");
    CommandRun forced = CommandRun.of("validate", "--encoding", "windows-1252", "--delimiter", ",", file);
    assertThat(forced.exitCode).isEqualTo(1);
  }

  @Test
  void convert_semicolonFileToCleanCsv_equalsTheCleanCorpusFile() throws IOException {
    Path out = dir.resolve("bersih.csv");
    Path clean = dir.resolve("clean.csv");
    CommandRun run = CommandRun.of("convert", "--encoding", "windows-1252",
        CORPUS.resolve("register-excel-semicolon-1252.csv").toString(), out.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(CommandRun.of("convert", CORPUS.resolve("register-clean.csv").toString(), clean.toString()).exitCode).isZero();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(clean));
  }

  @Test
  void legacyWorkbook_isRefusedWithTheAdviceToSaveAsXlsx() throws IOException {
    Path xls = dir.resolve("daftar.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    CommandRun validate = CommandRun.of("validate", xls.toString());
    assertThat(validate.exitCode).isEqualTo(1);
    assertThat(validate.out).contains("save it as .xlsx").doesNotContain("JSON");
    CommandRun score = CommandRun.of("score", xls.toString());
    assertThat(score.exitCode).isEqualTo(1);
    assertThat(score.err).contains("save it as .xlsx").doesNotContain("Malformed JSON");
  }

  @Test
  void score_workbooks_equalTheScoreOfTheJson() {
    Path register = dir.resolve("daftar.xlsx");
    Path answers = dir.resolve("jawaban.xlsx");
    assertThat(CommandRun.of("convert", SAMPLE, register.toString()).exitCode).isZero();
    assertThat(CommandRun.of("convert", SAMPLE, answers.toString(), "--table", "answers").exitCode).isZero();
    CommandRun fromWorkbooks = CommandRun.of("score", "--sheet", "1", register.toString(), answers.toString());
    assertThat(fromWorkbooks.exitCode).as(fromWorkbooks.err).isZero();
    assertThat(fromWorkbooks.out).isEqualTo(CommandRun.of("score", SAMPLE).out);
    CommandRun plan = CommandRun.of("plan", "--rating", "SANGAT_INOVATIF", register.toString(), answers.toString());
    assertThat(plan.out).isEqualTo(CommandRun.of("plan", "--rating", "SANGAT_INOVATIF", SAMPLE).out);
    CommandRun noSheet = CommandRun.of("score", "--sheet", "Jawaban", register.toString(), answers.toString());
    assertThat(noSheet.exitCode).isEqualTo(1);
    assertThat(noSheet.err).contains("SHEET_NOT_FOUND");
  }
}
