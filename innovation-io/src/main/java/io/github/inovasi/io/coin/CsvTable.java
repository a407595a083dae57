package io.github.inovasi.io.coin;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A CSV file read whole, with the line of every row, within fixed bounds. */
final class CsvTable {
  static final int MAX_ROWS = 100_000;
  static final int MAX_COLUMNS = 10_000;
  static final int MAX_CELL = 10_000;
  static final long MAX_CELLS = 5_000_000;

  private static final CsvMapper MAPPER = new CsvMapper();

  final String source;
  final ImmutableList<String> header;
  final List<String[]> rows;
  final List<Integer> lines;
  private final Map<String, Integer> columnIndex = new HashMap<>();

  private CsvTable(String source, List<String> header, List<String[]> rows, List<Integer> lines) {
    this.source = source;
    this.header = ImmutableList.copyOf(header);
    this.rows = rows;
    this.lines = lines;
    for (int i = 0; i < header.size(); i++) {
      columnIndex.putIfAbsent(header.get(i), i);
    }
  }

  static CsvTable read(Reader in, String source) {
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> header = null;
    long cells = 0;
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in)) {
      while (it.hasNextValue()) {
        int line = it.getParser().currentLocation().getLineNr();
        String[] row = it.nextValue();
        if (row.length > MAX_COLUMNS) {
          throw fail(source, line, "TOO_MANY_COLUMNS", "Terlalu banyak kolom",
              "Too many columns", "at most " + MAX_COLUMNS, Integer.toString(row.length));
        }
        cells += row.length;
        if (cells > MAX_CELLS) {
          throw fail(source, line, "TOO_LARGE", "Berkas terlalu besar", "The file is too large",
              "at most " + MAX_CELLS + " cells", "more");
        }
        for (String cell : row) {
          if (cell.length() > MAX_CELL) {
            throw fail(source, line, "CELL_TOO_LONG", "Sel terlalu panjang", "Cell too long",
                "at most " + MAX_CELL + " characters", cell.length() + " characters");
          }
        }
        if (header == null) {
          header = List.of(row);
          continue;
        }
        if (row.length == 1 && row[0].isEmpty()) {
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          throw fail(source, line, "TOO_MANY_ROWS", "Terlalu banyak baris", "Too many rows",
              "at most " + MAX_ROWS, "more");
        }
        rows.add(row);
        lines.add(line);
      }
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw fail(source, line, "MALFORMED_CSV", "CSV rusak", "Malformed CSV: "
          + e.getOriginalMessage(), null, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
    if (header == null) {
      throw fail(source, 1, "EMPTY_FILE", "Berkas kosong", "The file is empty", "a header row",
          null);
    }
    return new CsvTable(source, header, rows, lines);
  }

  Optional<Integer> column(String name) {
    return Optional.ofNullable(columnIndex.get(name));
  }

  /** Returns the trimmed cell, empty when the row is short or the cell blank. */
  String cell(int row, int column) {
    String[] r = rows.get(row);
    return column < r.length ? r[column].trim() : "";
  }

  Location at(int row, int column) {
    Location.Builder b = Location.builder().source(source).line(lines.get(row)).column(column + 1);
    if (column < header.size()) {
      b.field(header.get(column));
    }
    return b.build();
  }

  Location headerAt(int column) {
    return Location.builder().source(source).line(1).column(column + 1)
        .field(column < header.size() ? header.get(column) : "").build();
  }

  static Problem problem(String code, Location at, String id, String en, String expected,
      String found) {
    Problem.Builder b = Problem.builder().code(code).location(at).message(Label.of(id, en));
    if (expected != null) {
      b.expected(expected);
    }
    if (found != null) {
      b.found(found.length() > 80 ? found.substring(0, 80) + "..." : found);
    }
    return b.build();
  }

  private static InvalidInputException fail(String source, int line, String code, String id,
      String en, String expected, String found) {
    return new InvalidInputException(source + " cannot be read", List.of(problem(code,
        Location.builder().source(source).line(line).build(), id, en, expected, found)));
  }
}
