package io.github.inovasi.io.table;

import java.util.List;

/**
 * The layout of one kind of table: its columns, how a row becomes a record and a record rows.
 * Rows that continue the same record (an answer's second evidence item) are merged.
 */
abstract class Table<T> {

  abstract String name();

  abstract List<Column> columns();

  /** Reads one row; null when it has problems (already logged). */
  abstract T read(RowCells row);

  /** The rows of one record, cells in column order (String, Number or null). */
  abstract List<List<Object>> write(T record);

  /** The key that must be unique among records, or null when records have none (nothing is kept). */
  abstract Object key(T record);

  /** Sees the header row first; false stops the read there (used to detect a table's kind). */
  boolean acceptsHeader(List<String> cells) {
    return true;
  }

  /**
   * Merges a row into the pending record when it continues it; returns null when the row
   * starts a new record.
   */
  T merge(T pending, T next, RowCells row) {
    return null;
  }
}
