package io.github.inovasi.io.table;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of tables: CSV (UTF-8, comma-separated) and Excel workbooks (.xlsx). */
public enum TableFormat {
  /** Comma-separated values, UTF-8, with a header row. */
  CSV,
  /** An Office Open XML workbook; the first sheet is read. */
  XLSX;

  /**
   * Tells the format from a file name's extension.
   *
   * @param file the file
   * @return the format, or empty for another extension
   */
  public static Optional<TableFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }
}
