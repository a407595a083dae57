package io.github.inovasi.io.table;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows to CSV or a worksheet. Text that a spreadsheet would run as a formula is
 * neutralised with a leading quote (undone on import).
 */
abstract class RowSink implements Closeable {

  abstract void row(List<Object> cells) throws IOException;

  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) cell).toPlainString();
    }
    return cell instanceof Number ? cell.toString() : Cells.neutralise(cell.toString());
  }

  static final class Csv extends RowSink {
    private final CsvGenerator out;

    Csv(CsvGenerator out) {
      this.out = out;
    }

    @Override
    void row(List<Object> cells) throws IOException {
      out.writeStartArray();
      for (Object cell : cells) {
        out.writeString(text(cell));
      }
      out.writeEndArray();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  static final class Xlsx extends RowSink {
    private static final int FLUSH_EVERY = 1_000;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    Xlsx(Workbook workbook, String sheetName) {
      this.workbook = workbook;
      this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    void row(List<Object> cells) throws IOException {
      for (int c = 0; c < cells.size(); c++) {
        Object cell = cells.get(c);
        if (cell instanceof Number) {
          sheet.value(row, c, (Number) cell);
        } else if (cell != null) {
          sheet.inlineString(row, c, text(cell));
        }
      }
      row++;
      if (row % FLUSH_EVERY == 0) {
        sheet.flush();
      }
    }

    @Override
    public void close() throws IOException {
      sheet.finish();
      workbook.finish();
    }
  }
}
