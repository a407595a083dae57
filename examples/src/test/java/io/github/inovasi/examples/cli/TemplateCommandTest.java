package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.table.AnswerEntry;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.RegisterEntry;
import io.github.inovasi.scoring.iid.IidEdition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: the fill-in template, and a filled one read back, validated and scored as it is. */
final class TemplateCommandTest {
  private static final String SAMPLE = "../docs/samples/rote-ndao-2026.json";

  @TempDir Path dir;

  @Test
  void template_hasEverySheetEveryIndicatorAndDropDowns() throws IOException {
    Path template = dir.resolve("daftar.xlsx");
    CommandRun run = CommandRun.of("template", "--edition", "iid-2026", template.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    IidEdition edition = IidEdition.bundled("iid-2026");
    List<String> codes = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(template.toFile())) {
      assertThat(wb.getSheets().map(s -> s.getName()).toList())
          .containsExactly("Petunjuk", "Daftar", "Jawaban", "Indikator", "Kode");
      for (Row row : wb.findSheet("Indikator").get().read()) {
        codes.add(row.getCellText(1));
      }
      String help = String.join("\n", wb.getFirstSheet().read().stream().map(r -> r.getCellText(0)).toList());
      assertThat(help).contains("Lembar Jawaban").contains("Jawaban sheet");
    }
    edition.spdIndicators().forEach(i -> assertThat(codes).contains(i.code()));
    edition.sidIndicators().forEach(i -> assertThat(codes).contains(i.code()));
    try (ZipFile zip = new ZipFile(template.toFile())) {
      String answers = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet3.xml")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answers).contains("dataValidation").contains("Kode");
    }
    assertThat(CommandRun.of("template", template.toString()).err).contains("already exists");
  }

  @Test
  void filledTemplate_validatesAndScoresAsTheJsonItJoinsInto() throws IOException {
    Path register = dir.resolve("daftar.csv");
    Path answers = dir.resolve("jawaban.csv");
    assertThat(CommandRun.of("convert", SAMPLE, register.toString()).exitCode).isZero();
    assertThat(CommandRun.of("convert", SAMPLE, answers.toString(), "--table", "answers").exitCode).isZero();
    InovasiTables tables = InovasiTables.create();
    List<RegisterEntry> rows = new ArrayList<>();
    List<AnswerEntry> answerRows = new ArrayList<>();
    tables.readRegister(register, rows::add).requireComplete();
    tables.readAnswers(answers, answerRows::add).requireComplete();
    Path filled = dir.resolve("terisi.xlsx");
    try (OutputStream out = Files.newOutputStream(filled)) {
      tables.writeTemplate(out, IidEdition.bundled("iid-2026"), rows, answerRows);
    }
    CommandRun validate = CommandRun.of("validate", filled.toString());
    assertThat(validate.exitCode).as(validate.out).isZero();
    assertThat(validate.out).contains("OK " + filled + " (1 record");
    CommandRun score = CommandRun.of("score", filled.toString());
    assertThat(score.exitCode).as(score.err).isZero();
    assertThat(score.out).isEqualTo(CommandRun.of("score", SAMPLE).out);
  }
}
