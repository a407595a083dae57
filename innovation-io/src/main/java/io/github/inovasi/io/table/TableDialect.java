package io.github.inovasi.io.table;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a table file is written when it is not Inovasi's own export: the CSV column separator
 * ({@code ,} {@code ;} or tab), the text encoding (UTF-8, UTF-16 or Windows-1252) and the
 * worksheet of a workbook. Each is detected when not given: the separator from the first
 * lines (a {@code ;} file, Excel's default where the decimal separator is a comma, also reads
 * {@code 8,5} as 8.5 in numeric columns), the encoding from a byte order mark or the bytes
 * (text that is not UTF-8 is read as Windows-1252, with a warning), the sheet is the first.
 *
 * <pre>{@code
 * InovasiTables tables = InovasiTables.create()
 *     .withDialect(TableDialect.detect().withDelimiter(';').withSheet("Jawaban"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param delimiter the CSV column separator, or empty to detect it
 * @param encoding the CSV text encoding, or empty to detect it
 * @param sheet the worksheet by name or 1-based number, or empty for the first
 */
public record TableDialect(Optional<Character> delimiter, Optional<Charset> encoding, Optional<String> sheet) {

  /**
   * Checks the parts.
   *
   * @param delimiter the CSV column separator, or empty to detect it
   * @param encoding the CSV text encoding, or empty to detect it
   * @param sheet the worksheet by name or 1-based number, or empty for the first
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the delimiter is not {@code ,} {@code ;} or tab
   */
  public TableDialect {
    Objects.requireNonNull(delimiter, "delimiter");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(sheet, "sheet");
    if (delimiter.isPresent() && ",;\t".indexOf(delimiter.get()) < 0) {
      throw new IllegalArgumentException("TableDialect.delimiter must be ',', ';' or a tab, was '" + delimiter.get() + "'");
    }
  }

  /**
   * Returns the dialect that detects everything.
   *
   * @return the detecting dialect
   */
  public static TableDialect detect() {
    return new TableDialect(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with a fixed CSV separator.
   *
   * @param delimiter {@code ,} {@code ;} or tab
   * @return the copy
   * @throws IllegalArgumentException for another character
   */
  public TableDialect withDelimiter(char delimiter) {
    return new TableDialect(Optional.of(delimiter), encoding, sheet);
  }

  /**
   * Returns a copy with a fixed CSV encoding.
   *
   * @param encoding e.g. {@code windows-1252}
   * @return the copy
   */
  public TableDialect withEncoding(Charset encoding) {
    return new TableDialect(delimiter, Optional.of(encoding), sheet);
  }

  /**
   * Returns a copy that reads a chosen worksheet.
   *
   * @param sheet the sheet's name, or its 1-based number such as {@code 2}
   * @return the copy
   */
  public TableDialect withSheet(String sheet) {
    return new TableDialect(delimiter, encoding, Optional.of(sheet.strip()));
  }

  /**
   * Parses a separator as written on a command line: {@code ,} {@code ;} {@code tab} or
   * {@code \t}.
   *
   * @param text the text
   * @return the separator
   * @throws IllegalArgumentException for anything else
   */
  public static char parseDelimiter(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case ",":
      case "comma":
        return ',';
      case ";":
      case "semicolon":
        return ';';
      case "tab":
      case "\\t":
      case "\t":
        return '\t';
      default:
        throw new IllegalArgumentException("a delimiter is ',', ';' or tab, not '" + text + "'");
    }
  }
}
