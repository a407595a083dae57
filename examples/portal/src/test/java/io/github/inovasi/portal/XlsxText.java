package io.github.inovasi.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads every cell text of a workbook's first sheet, as a spreadsheet would show it. */
final class XlsxText {
  private XlsxText() {}

  static List<String> cells(byte[] xlsx) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      return rows.flatMap(Row::stream).filter(Objects::nonNull).map(Cell::getText).toList();
    }
  }
}
