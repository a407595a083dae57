package io.github.inovasi.examples.cli;

import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.TableDialect;
import io.github.inovasi.model.InovasiException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** How input tables are written, when detection is not enough: separator, encoding, sheet. */
final class TableOptions {
  @Option(names = "--delimiter", paramLabel = ",|;|tab",
      description = "CSV column separator of the input tables (default: detected from the first lines).")
  String delimiter;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Text encoding of input CSV files, e.g. windows-1252 or utf-16 (default: detected).")
  String encoding;

  @Option(names = "--sheet", paramLabel = "NAME|N",
      description = "The worksheet of input .xlsx workbooks, by name or number from 1 (default: the first).")
  String sheet;

  /** Tables that read the inputs in the chosen dialect. */
  InovasiTables tables() {
    TableDialect dialect = TableDialect.detect();
    try {
      if (delimiter != null) {
        dialect = dialect.withDelimiter(TableDialect.parseDelimiter(delimiter));
      }
      if (encoding != null) {
        dialect = dialect.withEncoding(Charset.forName(encoding));
      }
    } catch (IllegalArgumentException e) {
      throw new InovasiException("pemisah atau pengodean tidak dikenal / unknown delimiter or encoding: " + e.getMessage(), e);
    }
    if (sheet != null) {
      dialect = dialect.withSheet(sheet);
    }
    return InovasiTables.create().withDialect(dialect);
  }

  /** Refuses a spreadsheet format Inovasi does not read, saying how to save it. */
  static void refuseLegacy(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xls") || name.endsWith(".ods") || name.endsWith(".xlsm") || name.endsWith(".xlsb")) {
      throw new InovasiException(
          file + ": format lembar kerja ini tidak dibaca; buka di Excel atau LibreOffice lalu simpan sebagai"
              + " .xlsx (Buku Kerja Excel) atau CSV UTF-8 / this spreadsheet format is not read; open it in Excel"
              + " or LibreOffice and save it as .xlsx (Excel Workbook) or CSV UTF-8");
    }
  }
}
