package io.github.inovasi.io.coin;

import static io.github.inovasi.io.coin.CsvTable.problem;

import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.composite.Element;
import io.github.inovasi.scoring.composite.Framework;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads an iMeta table into elements, group columns and denominator columns. */
final class CoinMetaReader {
  static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  static final List<String> COLUMNS = List.of("Level", "iCode", "iName", "Direction", "Weight",
      "Unit", "Target", "Denominator", "Parent", "Type");
  private static final List<String> REQUIRED = List.of("iCode", "Type", "Level", "Weight",
      "Parent");
  private static final List<String> TYPES = List.of("Indicator", "Aggregate", "Group",
      "Denominator", "Other");

  final List<Element> elements = new ArrayList<>();
  final List<int[]> elementRows = new ArrayList<>();
  final Set<String> groups = new LinkedHashSet<>();
  final Set<String> denominators = new LinkedHashSet<>();
  final Set<String> others = new LinkedHashSet<>();
  final List<Problem> problems = new ArrayList<>();
  private final CsvTable t;

  CoinMetaReader(CsvTable t) {
    this.t = t;
    for (int c = 0; c < t.header.size(); c++) {
      if (!COLUMNS.contains(t.header.get(c))) {
        problems.add(problem("UNKNOWN_COLUMN", t.headerAt(c), "Kolom tidak dikenal",
            "Unknown iMeta column", String.join(", ", COLUMNS), t.header.get(c)));
      }
    }
    for (String r : REQUIRED) {
      if (t.column(r).isEmpty()) {
        problems.add(problem("MISSING_COLUMN", t.headerAt(t.header.size()),
            "Kolom wajib tidak ada: " + r, "Required iMeta column missing: " + r, r, null));
      }
    }
    if (problems.isEmpty()) {
      for (int row = 0; row < t.rows.size(); row++) {
        readRow(row);
      }
      checkDenominators();
      if (problems.isEmpty()) {
        problems.addAll(Framework.validate(elements, this::locate));
      }
    }
  }

  private void readRow(int row) {
    int typeCol = t.column("Type").get();
    String type = t.cell(row, typeCol);
    String code = t.cell(row, t.column("iCode").get());
    if (code.isEmpty()) {
      problems.add(problem("MISSING_VALUE", t.at(row, t.column("iCode").get()),
          "iCode kosong", "iCode is empty", "an element code", ""));
      return;
    }
    switch (type) {
      case "Group" -> groups.add(code);
      case "Denominator" -> denominators.add(code);
      case "Other" -> others.add(code);
      case "Indicator", "Aggregate" -> readElement(row, code, type);
      default -> problems.add(problem("UNKNOWN_TYPE", t.at(row, typeCol), "Type tidak dikenal",
          "Unknown element type", String.join(", ", TYPES), type));
    }
  }

  private void readElement(int row, String code, String type) {
    int before = problems.size();
    Element.Builder b = Element.builder().code(code);
    OptionalDouble level = number(row, "Level", true);
    level.ifPresent(l -> {
      if (l != Math.rint(l) || l < 1 || ("Indicator".equals(type) != (l == 1))) {
        problems.add(problem("INVALID_LEVEL", t.at(row, t.column("Level").get()),
            "Level tidak valid", "Invalid level for an " + type,
            "Indicator".equals(type) ? "1" : "an integer >= 2", fmt(l)));
      } else {
        b.level((int) l);
      }
    });
    text(row, "iName").ifPresent(b::name);
    text(row, "Unit").ifPresent(b::unit);
    text(row, "Parent").ifPresent(b::parent);
    number(row, "Weight", true).ifPresent(w -> {
      if (w < 0) {
        problems.add(problem("INVALID_WEIGHT", t.at(row, t.column("Weight").get()),
            "Bobot negatif", "Negative weight", "a number >= 0", fmt(w)));
      } else {
        b.weight(w);
      }
    });
    number(row, "Direction", false).ifPresent(d -> {
      if (d != 1 && d != -1) {
        problems.add(problem("INVALID_DIRECTION", t.at(row, t.column("Direction").get()),
            "Arah harus 1 atau -1", "Direction must be 1 or -1", "1 or -1", fmt(d)));
      } else {
        b.direction((int) d);
      }
    });
    number(row, "Target", false).ifPresent(b::target);
    text(row, "Denominator").ifPresent(b::denominator);
    if (problems.size() == before) {
      elements.add(b.build());
      elementRows.add(new int[] {row});
    }
  }

  private void checkDenominators() {
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      if (e.denominator().isPresent() && !denominators.contains(e.denominator().get())) {
        problems.add(problem("UNKNOWN_DENOMINATOR", locate(i, "Denominator"),
            "Penyebut tidak dikenal", "Unknown denominator: not an iMeta row of Type Denominator",
            String.join(", ", denominators), e.denominator().get()));
      }
    }
  }

  private Location locate(int element, String field) {
    if (elementRows.isEmpty()) {
      return t.headerAt(t.column(field).orElse(0));
    }
    int row = elementRows.get(Math.min(element, elementRows.size() - 1))[0];
    return t.at(row, t.column(field).orElse(t.header.size()));
  }

  private Optional<String> text(int row, String column) {
    return t.column(column).map(c -> t.cell(row, c)).filter(s -> !s.isEmpty() && !"NA".equals(s));
  }

  private OptionalDouble number(int row, String column, boolean required) {
    Optional<Integer> col = t.column(column);
    String s = col.map(c -> t.cell(row, c)).orElse("");
    if (s.isEmpty() || "NA".equals(s)) {
      if (required) {
        problems.add(problem("MISSING_VALUE", t.at(row, col.orElse(t.header.size())),
            column + " kosong", column + " is empty", "a number", ""));
      }
      return OptionalDouble.empty();
    }
    if (!NUMBER.matcher(s).matches()) {
      problems.add(problem("NOT_A_NUMBER", t.at(row, col.get()), column + " bukan angka",
          column + " is not a number", "a number such as 1 or 0.5", s));
      return OptionalDouble.empty();
    }
    double v = Double.parseDouble(s);
    if (!Double.isFinite(v)) {
      problems.add(problem("NOT_A_NUMBER", t.at(row, col.get()), column + " tidak hingga",
          column + " is out of range", "a finite number", s));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(v);
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
