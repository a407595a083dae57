package io.github.inovasi.model.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InovasiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small reader for the bundled CSV files (RFC 4180: commas, double-quoted fields with
 * {@code ""} escapes, quoted line breaks). The files ship with the library, so any defect is a
 * packaging error: it fails loudly with {@code file:line}, never skips a row.
 */
final class Csv {
  private static final int MAX_BYTES = 1 << 20;

  /** One data row, with the header to read fields by name and the 1-based line it starts on. */
  static final class Row {
    private final String source;
    private final int line;
    private final ImmutableMap<String, Integer> header;
    private final ImmutableList<String> fields;

    Row(String source, int line, ImmutableMap<String, Integer> header, ImmutableList<String> fields) {
      this.source = source;
      this.line = line;
      this.header = header;
      this.fields = fields;
    }

    String get(String column) {
      Integer index = header.get(column);
      if (index == null) {
        throw fail(source, line, "no column '" + column + "' in header " + header.keySet());
      }
      return fields.get(index);
    }

    int line() {
      return line;
    }

    InovasiException error(String message) {
      return fail(source, line, message);
    }
  }

  private Csv() {}

  /** Reads a resource next to this class, checking that the header has the given columns. */
  static ImmutableList<Row> read(String resource, String... requiredColumns) {
    try (InputStream in = Csv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InovasiException("bundled resource " + resource + " is missing from the jar");
      }
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InovasiException(resource + " is larger than " + MAX_BYTES + " bytes");
      }
      return parse(resource, new String(bytes, StandardCharsets.UTF_8), requiredColumns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }

  /** Parses CSV text; {@code source} names it in errors. */
  static ImmutableList<Row> parse(String source, String text, String... requiredColumns) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    boolean quoted = false;
    boolean afterQuote = false;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (quoted) {
        if (c == '"') {
          if (i < text.length() && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        afterQuote = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        records.add(record);
        lines.add(recordLine);
        record = new ArrayList<>();
        recordLine = ++line;
      } else if (c == '"' && field.length() == 0 && !afterQuote) {
        quoted = true;
      } else if (afterQuote || c == '"') {
        throw fail(source, line, "unexpected character '" + c + "' in a field; quote the whole field and double inner quotes");
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw fail(source, recordLine, "quoted field is never closed");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
      lines.add(recordLine);
    }
    if (records.isEmpty()) {
      throw fail(source, 1, "no header row");
    }
    ImmutableMap.Builder<String, Integer> header = ImmutableMap.builder();
    List<String> names = records.get(0);
    for (int c = 0; c < names.size(); c++) {
      header.put(names.get(c).strip(), c);
    }
    ImmutableMap<String, Integer> columns;
    try {
      columns = header.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw fail(source, 1, "duplicate column in header " + names);
    }
    for (String required : requiredColumns) {
      if (!columns.containsKey(required)) {
        throw fail(source, 1, "header " + names + " lacks column '" + required + "'");
      }
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (int r = 1; r < records.size(); r++) {
      List<String> values = records.get(r);
      if (values.size() == 1 && values.get(0).isBlank()) {
        throw fail(source, lines.get(r), "blank line");
      }
      if (values.size() != names.size()) {
        throw fail(source, lines.get(r),
            "expected " + names.size() + " fields " + names + ", found " + values.size());
      }
      rows.add(new Row(source, lines.get(r), columns, ImmutableList.copyOf(values)));
    }
    return rows.build();
  }

  private static InovasiException fail(String source, int line, String message) {
    return new InovasiException(source + ":" + line + ": " + message);
  }
}
