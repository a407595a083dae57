package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.testing.InovasiArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 9: every value read from a dialect equals the value read from the clean CSV. The
 * clean export of generated registers is rewritten the way offices save it (separator,
 * encoding, title rows, a No column, Indonesian or dashed dates, decimal commas) and read
 * back with nothing but detection.
 */
final class DialectProperties {
  private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
      "Agustus", "September", "Oktober", "November", "Desember"};

  /** One way of saving: separator, encoding, byte order mark, date form. */
  enum Dialect {
    EXCEL_ID(';', StandardCharsets.UTF_8, true, true),
    UTF16_SEMICOLON(';', StandardCharsets.UTF_16LE, true, false),
    TAB_UTF16(('\t'), StandardCharsets.UTF_16LE, false, true),
    COMMA_DASHED(',', StandardCharsets.UTF_8, false, false);

    final char separator;
    final Charset charset;
    final boolean title;
    final boolean monthNames;

    Dialect(char separator, Charset charset, boolean title, boolean monthNames) {
      this.separator = separator;
      this.charset = charset;
      this.title = title;
      this.monthNames = monthNames;
    }
  }

  @Provide
  Arbitrary<List<Innovation>> innovations() {
    return InovasiArbitraries.innovations()
        .map(i -> i.withInnovators().withReplications().withBudgetDocument(Optional.empty()).withBusinessProfile(Optional.empty()))
        .list().ofMinSize(1).ofMaxSize(4).uniqueElements(Innovation::id);
  }

  @Provide
  Arbitrary<Dialect> dialects() {
    return Arbitraries.of(Dialect.class);
  }

  @Property(tries = 120)
  void everyDialect_readsTheCleanValues(@ForAll("innovations") List<Innovation> innovations, @ForAll("dialects") Dialect dialect)
      throws IOException {
    List<RegisterEntry> rows = new ArrayList<>();
    innovations.forEach(i -> rows.add(RegisterEntry.of(RegionCode.parse("53.14"), i)));
    ByteArrayOutputStream clean = new ByteArrayOutputStream();
    try (RecordWriter<RegisterEntry> w = InovasiTables.create().registerWriter(clean, TableFormat.CSV)) {
      for (RegisterEntry r : rows) {
        w.write(r);
      }
    }
    byte[] saved = rewrite(clean.toByteArray(), dialect);
    List<RegisterEntry> back = new ArrayList<>();
    ReadReport report = InovasiTables.create().readRegister(new ByteArrayInputStream(saved), "dialect.csv", TableFormat.CSV, back::add);
    assertThat(report.isComplete()).as(dialect + " " + report.problems()).isTrue();
    assertThat(back).as(dialect.toString()).isEqualTo(rows);
  }

  private static byte[] rewrite(byte[] cleanCsv, Dialect dialect) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> table = new ArrayList<>();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(cleanCsv)) {
      it.forEachRemaining(table::add);
    }
    List<String> header = table.get(0);
    StringWriter text = new StringWriter();
    if (dialect.title) {
      text.write("DAFTAR INOVASI DAERAH" + dialect.separator + dialect.separator + "\r\n\r\n");
    }
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(dialect.separator).withLineSeparator("\r\n");
    try (CsvGenerator g = mapper.getFactory().createGenerator(text)) {
      g.setSchema(schema);
      for (int r = 0; r < table.size(); r++) {
        g.writeStartArray();
        g.writeString(r == 0 ? "No" : String.valueOf(r));
        for (int c = 0; c < table.get(r).size(); c++) {
          String cell = table.get(r).get(c);
          g.writeString(r == 0 ? cell : cell(header.get(c), cell, dialect));
        }
        g.writeEndArray();
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!dialect.charset.equals(StandardCharsets.UTF_8)) {
      out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    }
    out.write(text.toString().getBytes(dialect.charset));
    return out.toByteArray();
  }

  private static String cell(String column, String value, Dialect dialect) {
    if (column.startsWith("tanggal_") && !value.isEmpty()) {
      LocalDate d = LocalDate.parse(value);
      return dialect.monthNames ? d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear()
          : String.format("%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
    if ((column.equals("lintang") || column.equals("bujur")) && dialect.separator == ';' && value.matches("-?\\d+\\.\\d+")) {
      return value.replace('.', ',');
    }
    return value;
  }
}
