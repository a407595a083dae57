package io.github.inovasi.io.table;

import io.github.inovasi.io.internal.ProblemLog;
import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.RegionCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One data row with its header map: typed getters that log a located problem (line, column,
 * header) for a bad cell and return {@code null}, so a row reports all its bad cells at once.
 */
final class RowCells {
  private final List<String> cells;
  private final Map<String, Integer> columns;
  private final Map<String, String> headers;
  private final ProblemLog log;
  private final RowSource source;
  private final int line;
  private boolean ok = true;

  RowCells(
      List<String> cells,
      Map<String, Integer> columns,
      Map<String, String> headers,
      ProblemLog log,
      RowSource source) {
    this.cells = cells;
    this.columns = columns;
    this.headers = headers;
    this.log = log;
    this.source = source;
    this.line = source.line();
  }

  boolean ok() {
    return ok;
  }

  int line() {
    return line;
  }

  Location at(String key) {
    Location.Builder b = log.at().line(line).path("row " + line);
    Integer column = columns.get(key);
    if (column != null) {
      b.column(column + 1).field(headers.get(key));
    } else {
      b.field(key);
    }
    return b.build();
  }

  Location atRow() {
    return log.at().line(line).path("row " + line).build();
  }

  /** The cell's text, null when the column is absent or the cell empty; formulas refused. */
  String text(String key) {
    Integer column = columns.get(key);
    if (column == null || column >= cells.size()) {
      return null;
    }
    String raw = cells.get(column);
    if (raw.isBlank()) {
      return null;
    }
    if (source.isFormula(column)) {
      return formula(key, raw);
    }
    String text = Cells.unneutralise(raw);
    if (text == null) {
      return formula(key, raw);
    }
    return text;
  }

  /** The cell's text as typed, for numeric columns where a leading minus is a sign. */
  private String raw(String key) {
    Integer column = columns.get(key);
    if (column == null || column >= cells.size() || cells.get(column).isBlank()) {
      return null;
    }
    if (source.isFormula(column)) {
      return formula(key, cells.get(column));
    }
    String text = cells.get(column).strip();
    if (!source.decimalComma()) {
      return text;
    }
    String number = DialectText.decimalPoint(text);
    if (number == null) {
      invalid(key, "AMBIGUOUS_NUMBER",
          Label.of("Angka bermakna ganda: titik bisa desimal atau pemisah ribuan",
              "Ambiguous number: the point may be a decimal point or a thousands separator"),
          DialectText.AMBIGUOUS_EXPECTED, text);
    }
    return number;
  }

  private String requiredRaw(String key) {
    Integer column = columns.get(key);
    if (column == null || column >= cells.size() || cells.get(column).isBlank()) {
      missing(key);
      return null;
    }
    return raw(key);
  }

  private String formula(String key, String raw) {
    ok = false;
    log.error(
        at(key),
        "FORMULA_IN_CELL",
        Label.of(
            "Sel berisi rumus; isi nilainya saja (atau awali dengan tanda petik ')",
            "Cell holds a formula; enter the value only (or start it with a quote ')"),
        "a plain value",
        raw);
    return null;
  }

  String required(String key) {
    String text = text(key);
    if (text == null && ok) {
      missing(key);
    }
    return text;
  }

  void missing(String key) {
    ok = false;
    log.error(
        at(key),
        "MISSING_VALUE",
        Label.of("Nilai wajib kosong: " + headers.getOrDefault(key, key), "Required value empty: " + headers.getOrDefault(key, key)),
        "a value",
        null);
  }

  void invalid(String key, String code, Label message, String expected, String found) {
    ok = false;
    log.error(at(key), code, message, expected, found);
  }

  <E extends Enum<E> & CodedValue> E coded(String key, Class<E> type, boolean required) {
    return lookup(
        key,
        required,
        text -> Cells.coded(type, text),
        Label.of("Kode " + type.getSimpleName() + " tidak dikenal", "Unknown " + type.getSimpleName() + " code"),
        () -> "one of " + Arrays.stream(type.getEnumConstants()).map(CodedValue::code).reduce((a, b) -> a + ", " + b).orElse(""));
  }

  /**
   * Reads a cell and looks its text up; text that {@code find} does not know is reported as
   * UNKNOWN_CODE with {@code unknown} and the expectation (built only when needed).
   */
  <T> T lookup(String key, boolean required, Function<String, T> find, Label unknown, Supplier<String> expected) {
    String text = required ? required(key) : text(key);
    if (text == null) {
      return null;
    }
    T value = find.apply(text);
    if (value == null) {
      invalid(key, "UNKNOWN_CODE", unknown, expected.get(), text);
    }
    return value;
  }

  <E extends Enum<E> & CodedValue> List<E> codedList(String key, Class<E> type) {
    List<E> values = new ArrayList<>();
    for (String part : list(key)) {
      E value = Cells.coded(type, part);
      if (value == null) {
        invalid(key, "UNKNOWN_CODE", Label.of("Kode " + type.getSimpleName() + " tidak dikenal", "Unknown " + type.getSimpleName() + " code"), "codes separated by ;", part);
      } else if (values.contains(value)) {
        invalid(key, "DUPLICATE_VALUE", Label.of("Nilai berulang dalam himpunan", "Repeated value in a set"), "distinct values", part);
      } else {
        values.add(value);
      }
    }
    return values;
  }

  /** A ;-separated list; empty when the cell is empty. */
  List<String> list(String key) {
    String text = text(key);
    List<String> parts = new ArrayList<>();
    if (text != null) {
      for (String part : text.split(";")) {
        if (!part.isBlank()) {
          parts.add(part.strip());
        }
      }
    }
    return parts;
  }

  LocalDate date(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    LocalDate date = DialectText.date(text.strip());
    if (date == null) {
      invalid(key, "INVALID_DATE", Label.of("Tanggal tidak sah", "Invalid date"), DialectText.DATE_EXPECTED, text);
    }
    return date;
  }

  Boolean bool(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    Boolean value = Cells.bool(text);
    if (value == null) {
      invalid(key, "INVALID_VALUE", Label.of("Nilai ya/tidak tidak sah", "Invalid yes/no value"), "ya or tidak", text);
    }
    return value;
  }

  Integer level(String key, int min, int max) {
    String text = raw(key);
    if (text == null) {
      return null;
    }
    String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    if (digits.matches("\\d") && Integer.parseInt(digits) >= min && Integer.parseInt(digits) <= max) {
      return Integer.parseInt(digits);
    }
    invalid(key, "OUT_OF_RANGE", Label.of("Level di luar rentang", "Level out of range"), "a whole number from " + min + " to " + max, text);
    return null;
  }

  Double number(String key) {
    String text = raw(key);
    if (text == null) {
      return null;
    }
    if (text.length() <= 40 && text.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
      return Double.valueOf(text);
    }
    invalid(key, "INVALID_NUMBER", Label.of("Angka tidak sah", "Invalid number"), "a number such as -8.0983", text);
    return null;
  }

  /** A required exact decimal such as {@code 71.20}, its scale kept; null when missing or invalid (logged). */
  java.math.BigDecimal requiredDecimal(String key) {
    String text = requiredRaw(key);
    if (text == null) {
      return null;
    }
    if (text.length() <= 40 && text.matches("-?\\d+(\\.\\d+)?")) {
      return new java.math.BigDecimal(text);
    }
    invalid(key, "INVALID_NUMBER", Label.of("Angka desimal tidak sah", "Invalid decimal number"), "a decimal such as 71.20", text);
    return null;
  }

  /** A required whole number of at least {@code min}; null when missing or invalid (logged). */
  Integer requiredWhole(String key, int min) {
    String text = requiredRaw(key);
    if (text == null) {
      return null;
    }
    String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    if (digits.matches("\\d{1,9}") && Integer.parseInt(digits) >= min) {
      return Integer.parseInt(digits);
    }
    invalid(key, "INVALID_NUMBER", Label.of("Bilangan bulat tidak sah", "Invalid whole number"), "a whole number of at least " + min, text);
    return null;
  }

  RegionCode regionCode(String key) {
    String text = required(key);
    if (text == null) {
      return null;
    }
    try {
      return RegionCode.parse(text);
    } catch (InvalidValueException e) {
      invalid(key, "INVALID_REGION_CODE", Label.of("Kode wilayah tidak sah", "Invalid region code"), "a Kemendagri code such as 35.72", text);
      return null;
    }
  }

  URI uri(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return new URI(text.strip());
    } catch (URISyntaxException e) {
      invalid(key, "INVALID_LINK", Label.of("Tautan tidak sah", "Invalid link"), "a URI such as https://example.go.id/sk.pdf", text);
      return null;
    }
  }

  /** Translates a model invariant failure of this row into a located problem. */
  void invariant(InvalidValueException e) {
    ok = false;
    log.cause(e);
    log.add(e.toProblem(atRow()));
  }
}
