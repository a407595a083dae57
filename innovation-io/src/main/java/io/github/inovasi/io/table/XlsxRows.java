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

  /** A chosen sheet that the workbook does not have; the message lists those it has. */
  static final class MissingSheetException extends IOException {
    private static final long serialVersionUID = 1L;

    MissingSheetException(String message) {
      super(message);
    }
  }

  XlsxRows(File file) throws IOException {
    this(file, java.util.Optional.empty());
  }

  /** The rows of the sheet named, or numbered from 1, by {@code sheet}; the first by default. */
  XlsxRows(File file, java.util.Optional<String> sheet) throws IOException {
    this.workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
    try {
      this.rows = sheet(workbook, sheet).openStream();
    } catch (IOException | RuntimeException e) {
      workbook.close();
      throw e;
    }
    this.iterator = rows.iterator();
  }

  private static org.dhatim.fastexcel.reader.Sheet sheet(ReadableWorkbook workbook, java.util.Optional<String> wanted)
      throws MissingSheetException {
    if (wanted.isEmpty()) {
      return workbook.getFirstSheet();
    }
    String name = wanted.get();
    java.util.Optional<org.dhatim.fastexcel.reader.Sheet> found = name.matches("\\d{1,4}")
        ? (Integer.parseInt(name) >= 1 && Integer.parseInt(name) <= workbook.getSheets().count()
            ? workbook.getSheet(Integer.parseInt(name) - 1) : java.util.Optional.empty())
        : workbook.getSheets().filter(s -> s.getName().strip().equalsIgnoreCase(name)).findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    List<String> names = new ArrayList<>();
    workbook.getSheets().forEach(s -> names.add(s.getName()));
    throw new MissingSheetException("sheet '" + name + "' not found; the workbook has " + names);
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
