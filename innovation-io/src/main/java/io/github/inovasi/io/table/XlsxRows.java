package io.github.inovasi.io.table;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of a workbook's first sheet, streamed by fastexcel-reader. The file must have
 * passed {@link io.github.inovasi.io.internal.ZipGuard} first. Numbers keep their stored text;
 * a number formatted as a date becomes ISO date text.
 */
final class XlsxRows implements RowSource {
  private final ReadableWorkbook workbook;
  private final Stream<Row> rows;
  private final Iterator<Row> iterator;
  private final List<Boolean> formulas = new ArrayList<>();
  private int line;

  XlsxRows(File file) throws IOException {
    this.workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
    this.rows = workbook.getFirstSheet().openStream();
    this.iterator = rows.iterator();
  }

  @Override
  public List<String> next() {
    if (!iterator.hasNext()) {
      return null;
    }
    Row row = iterator.next();
    line = row.getRowNum();
    List<String> cells = new ArrayList<>(row.getCellCount());
    formulas.clear();
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell cell = row.getCell(i);
      formulas.add(cell != null && cell.getType() == CellType.FORMULA);
      cells.add(cell == null ? "" : text(cell));
    }
    return cells;
  }

  private static String text(Cell cell) {
    switch (cell.getType()) {
      case FORMULA:
        return "=" + cell.getFormula();
      case NUMBER:
        String format = cell.getDataFormatString();
        if (format != null && isDateFormat(format)) {
          return cell.asDate().toLocalDate().toString();
        }
        return cell.getRawValue();
      case EMPTY:
        return "";
      default:
        return cell.getText();
    }
  }

  private static boolean isDateFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
    return f.contains("d") && f.contains("y") || f.contains("m") && f.contains("y");
  }

  @Override
  public int line() {
    return line;
  }

  @Override
  public boolean isFormula(int column) {
    return column < formulas.size() && formulas.get(column);
  }

  @Override
  public void close() throws IOException {
    rows.close();
    workbook.close();
  }
}
