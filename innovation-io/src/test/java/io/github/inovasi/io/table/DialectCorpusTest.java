package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Issue 9: registers the way Indonesian offices keep them (a {@code ;} CSV in Windows-1252 with
 * a title, a {@code No} column, decimal commas and Indonesian dates; a tab-separated UTF-16
 * export; a workbook with the data on its second sheet) read the same values as the clean CSV,
 * and each problem file gives its located problem.
 */
final class DialectCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus/dialects");

  private static List<RegisterEntry> read(InovasiTables tables, Path file) throws IOException {
    List<RegisterEntry> out = new ArrayList<>();
    tables.readRegister(file, out::add).requireComplete();
    return out;
  }

  private static List<RegisterEntry> clean() throws IOException {
    return read(InovasiTables.create(), CORPUS.resolve("register-clean.csv"));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvFileSource(resources = "/corpus/dialects/expected.csv", numLinesToSkip = 1)
  void read_everyDialect_givesTheCleanValuesOrItsLocatedProblem(
      String file, String encoding, String code, int line, int column, String expected) throws IOException {
    InovasiTables tables = encoding == null ? InovasiTables.create()
        : InovasiTables.create().withDialect(TableDialect.detect().withEncoding(Charset.forName(encoding)));
    if (code.equals("NONE")) {
      assertThat(read(tables, CORPUS.resolve(file))).isEqualTo(clean()).hasSize(2);
      return;
    }
    ReadReport report = tables.readRegister(CORPUS.resolve(file), r -> {});
    assertThat(report.problems()).as(report.problems().toString()).anySatisfy(p -> {
      assertThat(p.code()).isEqualTo(code);
      assertThat(p.location().line().orElse(0)).isEqualTo(line);
      assertThat(p.location().column().orElse(0)).isEqualTo(column);
      assertThat(p.expected().orElse("")).contains(expected);
    });
  }

  @Test
  void read_valuesFromTheDialects_areTheOnesTyped() throws IOException {
    RegisterEntry first = clean().get(0);
    assertThat(first.innovation().name()).isEqualTo("GEMAR BACA – Gerakan Membaca");
    assertThat(first.innovation().implementationDate()).contains(LocalDate.of(2024, 8, 15));
    assertThat(first.innovation().coordinates().get().latitude()).isEqualTo(-10.7361);
  }

  @Test
  void read_workbookWithTitleAndNoColumnOnItsSecondSheet_byNameOrNumber(@TempDir Path dir) throws IOException {
    Path workbook = dir.resolve("daftar.xlsx");
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("register-clean.csv"))) {
      rows.add(List.of(line.split(",", -1)));
    }
    try (OutputStream out = Files.newOutputStream(workbook)) {
      Workbook wb = new Workbook(out, "Inovasi", "1.0");
      Worksheet help = wb.newWorksheet("Petunjuk");
      help.value(0, 0, "Isi lembar Daftar / Fill in the Daftar sheet");
      Worksheet sheet = wb.newWorksheet("Daftar");
      sheet.value(0, 0, "DAFTAR INOVASI DAERAH 2024");
      for (int r = 0; r < rows.size(); r++) {
        sheet.value(r + 2, 0, r == 0 ? "No" : String.valueOf(r));
        for (int c = 0; c < rows.get(r).size(); c++) {
          String v = rows.get(r).get(c);
          if (r > 0 && v.matches("\\d{4}-\\d\\d-\\d\\d")) {
            sheet.value(r + 2, c + 1, LocalDate.parse(v));
            sheet.style(r + 2, c + 1).format("dd/mm/yyyy").set();
          } else if (r > 0 && v.matches("-?\\d+\\.\\d+") && c >= 10) {
            sheet.value(r + 2, c + 1, Double.parseDouble(v));
          } else {
            sheet.value(r + 2, c + 1, v.replace("\"", ""));
          }
        }
      }
      wb.finish();
    }
    assertThat(read(InovasiTables.create().withDialect(TableDialect.detect().withSheet("daftar")), workbook)).isEqualTo(clean());
    assertThat(read(InovasiTables.create().withDialect(TableDialect.detect().withSheet("2")), workbook)).isEqualTo(clean());
    ReadReport missing = InovasiTables.create().withDialect(TableDialect.detect().withSheet("Jawaban"))
        .readRegister(workbook, r -> {});
    assertThat(missing.problems()).anySatisfy(p -> {
      assertThat(p.code()).isEqualTo("SHEET_NOT_FOUND");
      assertThat(p.found().orElse("")).contains("Petunjuk").contains("Daftar");
    });
  }

  @Test
  void dates_inEveryAcceptedForm_andImpossibleOnesRefused() {
    LocalDate d = LocalDate.of(2024, 8, 15);
    for (String text : List.of("2024-08-15", "15/08/2024", "15/8/2024", "15-08-2024", "15 Agustus 2024", "15 agustus 2024", "15 August 2024", "15  Agustus  2024")) {
      assertThat(DialectText.date(text)).as(text).isEqualTo(d);
    }
    for (String text : List.of("31 April 2024", "29 Februari 2023", "15 Agustsu 2024", "15-08-24", "32/01/2024", "15.08.2024")) {
      assertThat(DialectText.date(text)).as(text).isNull();
    }
  }

  @Test
  void separator_isTheOneThatSplitsTheHeaderMost() {
    assertThat(CsvText.separator("a;b;c\n1,5;2,5;3\n")).isEqualTo(';');
    assertThat(CsvText.separator("a\tb\tc\n")).isEqualTo('\t');
    assertThat(CsvText.separator("\"a;b\",c,d\n")).isEqualTo(',');
    assertThat(CsvText.separator("judul\n")).isEqualTo(',');
  }

  /** Any coordinate written with a decimal comma in a {@code ;} file reads as the clean CSV's. */
  @Property(tries = 60)
  void decimalComma_readsAsTheDecimalPoint(@ForAll @IntRange(min = -900000, max = 900000) int micro)
      throws IOException {
    String value = java.math.BigDecimal.valueOf(micro, 4).toPlainString();
    String header = "kode_wilayah;id_inovasi;nama_inovasi;jenis;bentuk;inisiator;tahapan;urusan_utama;lintang;bujur\n";
    String row = "53.14;a;Nama;DIGITAL;TATA_KELOLA;ASN;PENERAPAN;KESEHATAN;" + value.replace('.', ',') + ";" + value + "\n";
    Path file = Files.createTempFile("dialect-", ".csv");
    try {
      Files.writeString(file, header + row);
      RegisterEntry entry = read(InovasiTables.create(), file).get(0);
      assertThat(entry.innovation().coordinates().get().latitude()).isEqualTo(Double.parseDouble(value));
      assertThat(entry.innovation().coordinates().get().longitude()).isEqualTo(Double.parseDouble(value));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void thousandsPoint_inADecimalCommaDialect_readsOnlyWhenUnambiguous() {
    assertThat(DialectText.decimalPoint("8,5")).isEqualTo("8.5");
    assertThat(DialectText.decimalPoint("1.500.000")).isEqualTo("1500000");
    assertThat(DialectText.decimalPoint("-1.500,25")).isEqualTo("-1500.25");
    assertThat(DialectText.decimalPoint("-10.7361")).isEqualTo("-10.7361");
    assertThat(DialectText.decimalPoint("1500")).isEqualTo("1500");
    for (String ambiguous : List.of("1.500", "-12.345", "999.000")) {
      assertThat(DialectText.decimalPoint(ambiguous)).as(ambiguous).isNull();
    }
  }

  /**
   * A value with one point and three digits after it in a {@code ;} file (1.5 or 1500?) is a
   * problem located in its row and column, never a number; in a {@code ,} file it is the decimal.
   */
  @Property(tries = 40)
  void thousandsPoint_isALocatedProblemInASemicolonFile(
      @ForAll @IntRange(min = -179, max = 179) int whole, @ForAll @IntRange(min = 0, max = 999) int thousandths)
      throws IOException {
    String value = whole + "." + String.format(java.util.Locale.ROOT, "%03d", thousandths);
    String header = "kode_wilayah;id_inovasi;nama_inovasi;jenis;bentuk;inisiator;tahapan;urusan_utama;lintang;bujur\n";
    String row = "53.14;a;Nama;DIGITAL;TATA_KELOLA;ASN;PENERAPAN;KESEHATAN;-8,5;" + value + "\n";
    Path file = Files.createTempFile("dialect-", ".csv");
    try {
      Files.writeString(file, header + row);
      ReadReport report = InovasiTables.create().readRegister(file, r -> {});
      assertThat(report.problems()).anySatisfy(p -> {
        assertThat(p.code()).isEqualTo("AMBIGUOUS_NUMBER");
        assertThat(p.location().line()).hasValue(2);
        assertThat(p.location().column()).hasValue(10);
        assertThat(p.found()).hasValue(value);
      });
      Files.writeString(file, (header + row).replace("-8,5", "-8.5").replace(';', ','));
      List<RegisterEntry> comma = read(InovasiTables.create(), file);
      assertThat(comma.get(0).innovation().coordinates().get().longitude()).isEqualTo(Double.parseDouble(value));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
