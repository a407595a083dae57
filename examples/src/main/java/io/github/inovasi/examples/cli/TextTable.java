package io.github.inovasi.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with left-aligned columns sized to their widest cell. */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = Arrays.asList(header);
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  void print(PrintWriter out, String indent) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = header.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    line(out, indent, header, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, indent, rule, widths);
    rows.forEach(row -> line(out, indent, row, widths));
  }

  private static void line(PrintWriter out, String indent, List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      text.append(cells.get(c));
      if (c < cells.size() - 1) {
        text.append(" ".repeat(widths[c] - cells.get(c).length() + 2));
      }
    }
    out.println(text.toString().stripTrailing());
  }
}
