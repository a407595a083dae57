package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadLimits;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The malformed tables corpus (each with its expected problem) and generated hostile files. */
final class TableCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus/tables");
  private static final InovasiTables TABLES = InovasiTables.create();

  static ReadReport read(Path file) throws IOException {
    return file.getFileName().toString().startsWith("answers")
        ? TABLES.readAnswers(file, a -> {})
        : TABLES.readRegister(file, r -> {});
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(resources = "/corpus/tables/expected.csv", numLinesToSkip = 1)
  void read_reportsTheExpectedProblem(String file, String code, int line, String field, long records)
      throws IOException {
    ReadReport report = read(CORPUS.resolve(file));
    assertThat(report.records()).as(report.problems().toString()).isEqualTo(records);
    if (code.equals("NONE")) {
      assertThat(report.isComplete()).as(report.problems().toString()).isTrue();
      return;
    }
    assertThat(report.problems())
        .as(report.problems().toString())
        .anySatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.location().line().orElse(0)).isEqualTo(line);
              assertThat(p.location().field().orElse("")).isEqualTo(field == null ? "" : field);
            });
  }

  @Test
  void englishAndIndonesianHeaders_readTheSameRegister() throws IOException {
    List<RegisterEntry> id = new ArrayList<>();
    List<RegisterEntry> en = new ArrayList<>();
    TABLES.readRegister(CORPUS.resolve("register-indonesian.csv"), id::add).requireComplete();
    TABLES.readRegister(CORPUS.resolve("register-english.csv"), en::add).requireComplete();
    assertThat(id).hasSize(1).isEqualTo(en);
  }

  @Test
  void xlsxFormulaCell_isRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("register.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("register");
      String[] header = "kode_wilayah,id_inovasi,nama_inovasi,jenis,bentuk,inisiator,tahapan,urusan_utama".split(",");
      String[] row = "35.72,inv-1,x,DIGITAL,TATA_KELOLA,ASN,PENERAPAN,KESEHATAN".split(",");
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
        ws.value(1, c, row[c]);
      }
      ws.formula(1, 2, "CONCATENATE(\"a\",\"b\")");
      wb.finish();
    }
    ReadReport report = TABLES.readRegister(file, r -> {});
    assertThat(report.problems()).extracting(Problem::code).containsExactly("FORMULA_IN_CELL");
    assertThat(report.problems().get(0).location().line()).hasValue(2);
    assertThat(report.problems().get(0).location().column()).hasValue(3);
  }

  @Test
  void zipBomb_isRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(200_000);
    ReadReport report = TABLES.readRegister(bomb, r -> {});
    assertThat(report.problems()).extracting(Problem::code).containsExactly("LIMIT_EXCEEDED");
    assertThat(report.problems().get(0).found()).hasValueSatisfying(f -> assertThat(f).contains("compression ratio"));
  }

  @Test
  void notAWorkbook_isReportedNotThrown(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fake.xlsx");
    Files.writeString(file, "kode_wilayah,id\n");
    assertThat(TABLES.readRegister(file, r -> {}).problems()).extracting(Problem::code).containsExactly("NOT_A_WORKBOOK");
  }

  @Test
  void cellLimit_stopsAHugeTable(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.csv");
    StringBuilder text = new StringBuilder("kode_wilayah,id_inovasi,nama_inovasi,jenis,bentuk,inisiator,tahapan,urusan_utama\n");
    for (int i = 0; i < 2_000; i++) {
      text.append("35.72,inv-").append(i).append(",x,DIGITAL,TATA_KELOLA,ASN,PENERAPAN,KESEHATAN\n");
    }
    Files.writeString(file, text);
    ReadReport report =
        TABLES.withLimits(ReadLimits.builder().maxCells(1_000).build()).readRegister(file, r -> {});
    assertThat(report.isComplete()).isFalse();
    assertThat(report.problems()).extracting(Problem::code).containsExactly("LIMIT_EXCEEDED");
    assertThat(report.records()).isLessThan(130);
  }
}
