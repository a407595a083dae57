package io.github.inovasi.io.coin;

import static io.github.inovasi.io.coin.CsvTable.problem;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.CompositeResult;
import io.github.inovasi.scoring.composite.DataSet;
import io.github.inovasi.scoring.composite.Element;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes composite-index tables in COINr's layout, so a researcher can bring the same
 * files to both tools: {@code iData} (one row per unit: {@code uCode}, optional {@code uName}
 * and {@code Time}, group columns, denominators, indicators; an empty cell or {@code NA} is
 * missing) and {@code iMeta} (one row per element: {@code Level}, {@code iCode},
 * {@code iName}, {@code Direction}, {@code Weight}, {@code Unit}, {@code Target},
 * {@code Denominator}, {@code Parent}, {@code Type}). Reading is strict: every problem is
 * reported at once with its file, line and column; the ASEM example of COINr ships with the
 * library.
 *
 * <pre>{@code
 * CompositeData data = CoinTables.read(Path.of("iData.csv"), Path.of("iMeta.csv"));
 * CompositeResult result = CoinTables.asemRecipe().run(CoinTables.asemExample());
 * CoinTables.writeResults(result, Path.of("out"));
 * }</pre>
 */
public final class CoinTables {
  private static final String ASEM = "asem/";

  private CoinTables() {}

  /**
   * Reads iData and iMeta files.
   *
   * @param iData the data file
   * @param iMeta the metadata file
   * @return the composite data
   * @throws InvalidInputException listing every problem in either file
   * @throws UncheckedIOException if a file cannot be read
   */
  public static CompositeData read(Path iData, Path iMeta) {
    try (Reader d = Files.newBufferedReader(iData, StandardCharsets.UTF_8);
        Reader m = Files.newBufferedReader(iMeta, StandardCharsets.UTF_8)) {
      return read(d, iData.getFileName().toString(), m, iMeta.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + iData + " or " + iMeta, e);
    }
  }

  /**
   * Reads iData and iMeta tables.
   *
   * @param iData the data table
   * @param iDataName the data source name for problem locations
   * @param iMeta the metadata table
   * @param iMetaName the metadata source name for problem locations
   * @return the composite data
   * @throws InvalidInputException listing every problem in either table
   */
  public static CompositeData read(Reader iData, String iDataName, Reader iMeta,
      String iMetaName) {
    CsvTable metaTable = CsvTable.read(iMeta, iMetaName);
    CoinMetaReader meta = new CoinMetaReader(metaTable);
    if (!meta.problems.isEmpty()) {
      throw new InvalidInputException(iMetaName + " has " + meta.problems.size()
          + " problem(s)", meta.problems);
    }
    Framework framework = Framework.of(meta.elements);
    return readData(CsvTable.read(iData, iDataName), meta, framework);
  }

  private static CompositeData readData(CsvTable t, CoinMetaReader meta, Framework framework) {
    List<Problem> problems = new ArrayList<>();
    Set<String> indicators = new HashSet<>(framework.indicators());
    Set<String> known = new HashSet<>(List.of("uCode", "uName", "Time"));
    known.addAll(indicators);
    known.addAll(meta.groups);
    known.addAll(meta.denominators);
    known.addAll(meta.others);
    for (int c = 0; c < t.header.size(); c++) {
      String h = t.header.get(c);
      if (!known.contains(h)) {
        problems.add(problem("UNKNOWN_COLUMN", t.headerAt(c), "Kolom tidak ada di iMeta",
            "Column not in iMeta (nor uCode, uName, Time)", "an iMeta code", h));
      } else if (t.column(h).get() != c) {
        problems.add(problem("DUPLICATE_COLUMN", t.headerAt(c), "Kolom berulang",
            "Column repeats", "each column once", h));
      }
    }
    List<String> needed = new ArrayList<>(List.of("uCode"));
    needed.addAll(framework.indicators());
    needed.addAll(meta.groups);
    needed.addAll(meta.denominators);
    for (String n : needed) {
      if (t.column(n).isEmpty()) {
        problems.add(problem("MISSING_DATA_COLUMN", t.headerAt(t.header.size()),
            "Kolom data tidak ada: " + n, "Data column missing: " + n, n, null));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(t.source + " has " + problems.size() + " problem(s)",
          problems);
    }
    int ucol = t.column("uCode").get();
    List<Unit> units = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int n = t.rows.size();
    Map<String, double[]> raw = new LinkedHashMap<>();
    framework.indicators().forEach(i -> raw.put(i, new double[n]));
    Map<String, double[]> dens = new LinkedHashMap<>();
    meta.denominators.forEach(d -> dens.put(d, new double[n]));
    for (int row = 0; row < n; row++) {
      final int r = row;
      String code = t.cell(r, ucol);
      if (code.isEmpty()) {
        problems.add(problem("MISSING_VALUE", t.at(r, ucol), "uCode kosong", "uCode is empty",
            "a unit code", ""));
        code = "#" + (r + 1);
      } else if (!seen.add(code)) {
        problems.add(problem("DUPLICATE_UNIT", t.at(r, ucol), "uCode berulang",
            "uCode repeats (panel data with several Time values is not supported)",
            "each unit once", code));
        code = code + "#" + (r + 1);
      }
      Unit.Builder u = Unit.builder().code(code);
      t.column("uName").map(c -> t.cell(r, c)).filter(s -> !s.isEmpty()).ifPresent(u::name);
      for (String g : meta.groups) {
        String v = t.cell(r, t.column(g).get());
        if (!v.isEmpty() && !"NA".equals(v)) {
          u.putGroup(g, v);
        }
      }
      units.add(u.build());
      for (Map.Entry<String, double[]> e : raw.entrySet()) {
        e.getValue()[r] = number(t, r, e.getKey(), problems);
      }
      for (Map.Entry<String, double[]> e : dens.entrySet()) {
        e.getValue()[r] = number(t, r, e.getKey(), problems);
      }
    }
    if (n == 0) {
      problems.add(problem("NO_UNITS", t.headerAt(0), "Tidak ada unit", "No unit rows",
          "at least one row", null));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(t.source + " has " + problems.size() + " problem(s)",
          problems);
    }
    List<String> codes = units.stream().map(Unit::code).toList();
    return CompositeData.builder().framework(framework).units(units)
        .raw(DataSet.ofColumns(codes, raw)).denominators(DataSet.ofColumns(codes, dens)).build();
  }

  private static double number(CsvTable t, int r, String column, List<Problem> problems) {
    int c = t.column(column).get();
    String s = t.cell(r, c);
    if (s.isEmpty() || "NA".equals(s)) {
      return Double.NaN;
    }
    if (!CoinMetaReader.NUMBER.matcher(s).matches()) {
      problems.add(problem("NOT_A_NUMBER", t.at(r, c), "Bukan angka", "Not a number",
          "a number such as 4.1, or empty for missing", s));
      return Double.NaN;
    }
    double v = Double.parseDouble(s);
    if (Double.isInfinite(v)) {
      problems.add(problem("NOT_A_NUMBER", t.at(r, c), "Angka di luar jangkauan",
          "Number out of range", "a finite number", s));
      return Double.NaN;
    }
    return v;
  }

  /**
   * Returns COINr's ASEM example (51 countries of the Asia–Europe Meeting, 49 indicators of
   * sustainable connectivity in 8 pillars, 2 sub-indices and an index), bundled with the
   * library under the MIT licence (© William Becker; see the NOTICE).
   *
   * @return the ASEM data
   */
  public static CompositeData asemExample() {
    try (Reader d = resource("asem_iData.csv"); Reader m = resource("asem_iMeta.csv")) {
      CompositeData data = read(d, "asem_iData.csv", m, "asem_iMeta.csv");
      return data.withFramework(Framework.builder().from(data.framework())
          .levelNames(List.of("Indicator", "Pillar", "Sub-index", "Index")).build());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled ASEM example", e);
    }
  }

  /**
   * Returns the recipe of COINr's ASEM example: denominate by iMeta, impute by group mean
   * within {@code EurAsia_group}, screen units at 90 % availability, winsorise up to 5 points,
   * normalise min-max to [0, 100], aggregate by weighted arithmetic mean.
   *
   * @return the ASEM recipe (read from the bundled {@code asem-recipe.json})
   */
  public static Recipe asemRecipe() {
    try (Reader r = resource("asem-recipe.json")) {
      return RecipeJson.read(r, "asem-recipe.json");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled ASEM recipe", e);
    }
  }

  /**
   * Returns the bundled ASEM sensitivity analysis (the example of {@code docs/composite.md}):
   * the ASEM recipe normalised to [1, 100], with the winsorisation limit, the normalisation,
   * noisy weights and the aggregation method uncertain.
   *
   * @return the recipe with its declared analysis
   */
  public static RecipeDocument asemAnalysis() {
    try (Reader r = resource("asem-analysis.json")) {
      return RecipeJson.readDocument(r, "asem-analysis.json");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled ASEM analysis", e);
    }
  }

  private static Reader resource(String name) {
    InputStream in = CoinTables.class.getResourceAsStream(ASEM + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Missing resource " + ASEM + name));
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Writes a data set as CSV: a {@code uCode} column then one column per data-set column;
   * numbers in full precision, missing values empty.
   *
   * @param data the data set
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(DataSet data, Writer out) {
    try {
      out.write(csvRow(ImmutableList.<String>builder().add("uCode").addAll(data.columns())
          .build()));
      for (String u : data.units()) {
        List<String> row = new ArrayList<>();
        row.add(u);
        for (double v : data.row(u)) {
          row.add(Double.isNaN(v) ? "" : CoinMetaReader.fmt(v));
        }
        out.write(csvRow(row));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write CSV", e);
    }
  }

  /**
   * Writes a result's scores and ranks at every level to a directory: {@code scores.csv} and
   * {@code ranks.csv}, one row per unit, columns named by element code from the top level down
   * to the indicators.
   *
   * @param result the result
   * @param dir the directory, created when missing
   * @return the files written
   * @throws UncheckedIOException if writing fails
   */
  public static List<Path> writeResults(CompositeResult result, Path dir) {
    Framework f = result.data().framework();
    List<String> columns = new ArrayList<>();
    for (int level = f.maxLevel(); level >= 1; level--) {
      columns.addAll(f.codes(level));
    }
    columns.removeIf(c -> !result.scores().hasColumn(c));
    try {
      Files.createDirectories(dir);
      Path scores = dir.resolve("scores.csv");
      Path ranks = dir.resolve("ranks.csv");
      try (Writer w = Files.newBufferedWriter(scores, StandardCharsets.UTF_8)) {
        write(result.scores().selectColumns(columns), w);
      }
      try (Writer w = Files.newBufferedWriter(ranks, StandardCharsets.UTF_8)) {
        write(result.ranks().selectColumns(columns), w);
      }
      return List.of(scores, ranks);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write results to " + dir, e);
    }
  }

  /**
   * Writes composite data as an iData table (uCode, uName, groups, denominators, indicators).
   *
   * @param data the data
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeData(CompositeData data, Writer out) {
    List<String> groups = groupColumns(data);
    List<String> header = new ArrayList<>(List.of("uCode", "uName"));
    header.addAll(groups);
    header.addAll(data.denominators().columns());
    header.addAll(data.framework().indicators());
    try {
      out.write(csvRow(header));
      for (Unit u : data.units()) {
        List<String> row = new ArrayList<>(List.of(u.code(), u.name().orElse("")));
        groups.forEach(g -> row.add(u.groups().getOrDefault(g, "")));
        for (String d : data.denominators().columns()) {
          row.add(num(data.denominators().get(u.code(), d)));
        }
        for (String i : data.framework().indicators()) {
          row.add(num(data.raw().get(u.code(), i)));
        }
        out.write(csvRow(row));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write iData", e);
    }
  }

  /**
   * Writes composite data's framework, group and denominator columns as an iMeta table.
   *
   * @param data the data
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeMeta(CompositeData data, Writer out) {
    try {
      out.write(csvRow(CoinMetaReader.COLUMNS));
      for (Element e : data.framework().elements()) {
        out.write(csvRow(List.of(Integer.toString(e.level()), e.code(), e.name(),
            Integer.toString(e.direction()), CoinMetaReader.fmt(e.weight()), e.unit().orElse(""),
            e.target().isPresent() ? CoinMetaReader.fmt(e.target().getAsDouble()) : "",
            e.denominator().orElse(""), e.parent().orElse(""),
            e.isIndicator() ? "Indicator" : "Aggregate")));
      }
      for (String g : groupColumns(data)) {
        out.write(csvRow(List.of("", g, g, "", "", "", "", "", "", "Group")));
      }
      for (String d : data.denominators().columns()) {
        out.write(csvRow(List.of("", d, d, "", "", "", "", "", "", "Denominator")));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write iMeta", e);
    }
  }

  private static List<String> groupColumns(CompositeData data) {
    Set<String> out = new java.util.LinkedHashSet<>();
    data.units().forEach(u -> out.addAll(u.groups().keySet()));
    return List.copyOf(out);
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : CoinMetaReader.fmt(v);
  }

  private static String csvRow(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String c = cells.get(i);
      if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    return b.append('\n').toString();
  }

}
