package io.github.inovasi.io.table;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** The rows of a CSV file or a worksheet, one at a time, as text. */
interface RowSource extends Closeable {

  /** Returns the next row's cells, or null at the end. */
  List<String> next() throws IOException;

  /** Returns the 1-based line (CSV) or row number (worksheet) of the last row returned. */
  int line();

  /** Returns whether a cell of the last row held a formula (worksheets only). */
  boolean isFormula(int column);

  /** Returns whether numbers are written with a decimal comma ({@code 8,5}), as in a {@code ;} CSV. */
  default boolean decimalComma() {
    return false;
  }
}
