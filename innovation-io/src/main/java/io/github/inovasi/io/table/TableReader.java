package io.github.inovasi.io.table;

import io.github.inovasi.io.ReadLimits;
import io.github.inovasi.io.internal.LimitExceededException;
import io.github.inovasi.io.internal.ProblemLog;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a table: the header row (Indonesian or English names), then record after record,
 * merging continuation rows, passing each valid record on, and logging every problem with
 * its line, column and header. Only keys are kept between records.
 */
final class TableReader<T> {
  private final Table<T> table;
  private final ProblemLog log;
  private final ReadLimits limits;
  private final Consumer<? super T> each;
  private long count;
  private long cells;

  TableReader(Table<T> table, ProblemLog log, ReadLimits limits, Consumer<? super T> each) {
    this.table = table;
    this.log = log;
    this.limits = limits;
    this.each = each;
  }

  /** Carries an exception of the caller's consumer through unchanged. */
  static final class ConsumerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConsumerFailure(RuntimeException cause) {
      super(cause);
    }
  }

  long read(RowSource rows) {
    try {
      readRows(rows);
    } catch (LimitExceededException e) {
      stopped(rows, "LIMIT_EXCEEDED", Label.of("Batas keamanan terlampaui; pembacaan dihentikan", "Safety limit exceeded; reading stopped"), e.getMessage());
    } catch (io.github.inovasi.io.internal.Utf8Validator.InvalidUtf8Exception e) {
      log.error(log.at().line(e.line()).build(), "INVALID_UTF8", Label.of("Urutan byte UTF-8 tidak sah", "Invalid UTF-8 byte sequence"),
          "UTF-8 text (a file saved as Windows-1252 \"CSV (Comma delimited)\": give --encoding windows-1252, or save as \"CSV UTF-8\")",
          e.getMessage());
    } catch (CharacterCodingException | CharConversionException e) {
      stopped(rows, "INVALID_UTF8", Label.of("Urutan byte UTF-8 tidak sah", "Invalid UTF-8 byte sequence"), String.valueOf(e.getMessage()));
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      stopped(rows, "LIMIT_EXCEEDED", Label.of("Batas keamanan terlampaui; pembacaan dihentikan", "Safety limit exceeded; reading stopped"), e.getOriginalMessage());
    } catch (IOException e) {
      stopped(rows, "MALFORMED_TABLE", Label.of("Berkas tabel tidak sah", "Malformed table file"), String.valueOf(e.getMessage()));
    } catch (ConsumerFailure e) {
      throw e;
    } catch (RuntimeException e) {
      // The spreadsheet or CSV parser failed on broken input: reported with its cause.
      log.cause(e);
      stopped(rows, "MALFORMED_TABLE", Label.of("Berkas tabel tidak sah", "Malformed table file"), String.valueOf(e.getMessage()));
    }
    return count;
  }

  private void stopped(RowSource rows, String code, Label message, String found) {
    Location.Builder at = log.at();
    if (rows.line() > 0) {
      at.line(rows.line());
    }
    log.error(at.build(), code, message, null, found);
  }

  private void readRows(RowSource rows) throws IOException {
    List<String> header = HeaderRow.skipTitles(rows);
    if (header == null) {
      log.error(log.at().line(1).build(), "EMPTY_TABLE", Label.of("Tabel kosong", "Empty table"), "a header row", "nothing");
      return;
    }
    if (!table.acceptsHeader(header)) {
      return;
    }
    Map<String, Integer> columns = new HashMap<>();
    Map<String, String> headers = new HashMap<>();
    if (!readHeader(header, rows.line(), columns, headers)) {
      return;
    }
    Set<Object> keys = new HashSet<>();
    T pending = null;
    List<String> cellsOfRow;
    while ((cellsOfRow = rows.next()) != null) {
      countCells(cellsOfRow, rows);
      if (cellsOfRow.stream().allMatch(String::isBlank)) {
        continue;
      }
      RowCells row = new RowCells(cellsOfRow, columns, headers, log, rows);
      if (cellsOfRow.size() > header.size()) {
        row.invalid(
            table.columns().get(0).key(),
            "EXTRA_CELLS",
            Label.of("Baris punya sel lebih banyak dari judul kolom", "Row has more cells than the header"),
            header.size() + " cells",
            String.valueOf(cellsOfRow.size()));
      }
      T next = table.read(row);
      if (next == null || !row.ok()) {
        continue;
      }
      T merged = pending == null ? null : table.merge(pending, next, row);
      if (merged != null) {
        pending = merged;
        continue;
      }
      if (pending != null) {
        accept(pending);
      }
      Object key = table.key(next);
      if (key != null && !keys.add(key)) {
        log.error(
            row.atRow(),
            "DUPLICATE_ID",
            Label.of("Id atau kode ganda: " + table.key(next), "Id or code given twice: " + table.key(next)),
            "each record once (continuation rows right after the first)",
            String.valueOf(table.key(next)));
        pending = null;
      } else {
        pending = next;
      }
    }
    if (pending != null) {
      accept(pending);
    }
  }

  private void countCells(List<String> row, RowSource rows) throws LimitExceededException {
    cells += Math.max(row.size(), 1);
    if (cells > limits.maxCells()) {
      throw new LimitExceededException("cell count", limits.maxCells(), "more than " + limits.maxCells() + " cells");
    }
    for (String cell : row) {
      if (cell.length() > limits.maxStringLength()) {
        throw new LimitExceededException("string length", limits.maxStringLength(), "a cell of " + cell.length() + " characters");
      }
    }
  }

  private boolean readHeader(
      List<String> header, int line, Map<String, Integer> columns, Map<String, String> headers) {
    Map<String, Column> known = new HashMap<>();
    for (Column c : table.columns()) {
      known.put(Cells.header(c.indonesian()), c);
      known.put(Cells.header(c.english()), c);
    }
    boolean ok = true;
    for (int i = 0; i < header.size(); i++) {
      String text = header.get(i);
      Location at = log.at().line(line).column(i + 1).field(text).build();
      Column c = known.get(Cells.header(text));
      if (c == null && HeaderRow.isIgnorable(text)) {
        continue;
      }
      if (c == null) {
        ok = false;
        java.util.Optional<String> near = HeaderRow.nearest(text, table.columns());
        log.error(at, "UNKNOWN_COLUMN",
            Label.of("Kolom tidak dikenal: " + text + near.map(n -> "; maksud Anda " + n + "?").orElse(""),
                "Unknown column: " + text + near.map(n -> "; did you mean " + n + "?").orElse("")),
            near.orElseGet(this::expected), text);
      } else if (columns.containsKey(c.key())) {
        ok = false;
        log.error(at, "DUPLICATE_COLUMN", Label.of("Kolom ganda: " + text, "Column given twice: " + text), "each column once", text);
      } else {
        columns.put(c.key(), i);
        headers.put(c.key(), text);
      }
    }
    for (Column c : table.columns()) {
      if (c.required() && !columns.containsKey(c.key())) {
        ok = false;
        log.error(
            log.at().line(line).field(c.indonesian()).build(),
            "MISSING_COLUMN",
            Label.of("Kolom wajib tidak ada: " + c.indonesian(), "Required column missing: " + c.english()),
            c.indonesian() + " or " + c.english(),
            null);
      }
    }
    return ok;
  }

  private String expected() {
    StringBuilder out = new StringBuilder("one of ");
    for (Column c : table.columns()) {
      out.append(c.indonesian()).append('/').append(c.english()).append(' ');
    }
    return out.toString().strip();
  }

  private void accept(T record) {
    count++;
    try {
      each.accept(record);
    } catch (RuntimeException e) {
      throw new ConsumerFailure(e);
    }
  }
}
