package io.github.inovasi.io.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a table's header row is in a file people made: below a title (rows with at most one
 * filled cell, as a merged title and a blank line, are passed over, up to ten of them), with
 * columns such as {@code No} that number the rows and are ignored, and an unknown header
 * answered with the nearest accepted one.
 */
final class HeaderRow {
  private HeaderRow() {}

  private static final int MAX_TITLE_ROWS = 10;

  /** Headers of row-number columns, normalised: ignored wherever they are. */
  private static final Set<String> IGNORABLE = Set.of("no", "no.", "nomor", "no_urut", "nomor_urut", "#");

  /** Returns the header row: the first row with two or more filled cells, or null at the end. */
  static List<String> skipTitles(RowSource rows) throws IOException {
    List<String> row = rows.next();
    for (int skipped = 0; row != null && skipped < MAX_TITLE_ROWS && filled(row) < 2; skipped++) {
      row = rows.next();
    }
    return row;
  }

  private static long filled(List<String> row) {
    return row.stream().filter(c -> !c.isBlank()).count();
  }

  static boolean isIgnorable(String header) {
    return IGNORABLE.contains(Cells.header(header));
  }

  /** The accepted header (Indonesian or English) nearest to an unknown one. */
  static Optional<String> nearest(String header, List<Column> columns) {
    List<String> accepted = new ArrayList<>();
    for (Column c : columns) {
      accepted.add(c.indonesian());
      accepted.add(c.english());
    }
    return Nearest.among(header, accepted, h -> Cells.header(h).replace("_", ""));
  }
}
