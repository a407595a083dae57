package io.github.inovasi.io.coin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.composite.CompositeData;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict iData/iMeta reading with located problems, and writing back. */
final class CoinTablesTest {
  private static final String META = String.join("\n",
      "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type",
      "1,A,Alpha,1,1,,,Pop,P,Indicator",
      "1,B,Beta,-1,2,,,,P,Indicator",
      "2,P,Pillar,1,1,,,,,Aggregate",
      ",Grp,Group,,,,,,,Group",
      ",Pop,Population,,,,,,,Denominator");

  private static CompositeData read(String data, String meta) {
    return CoinTables.read(new StringReader(data), "iData.csv", new StringReader(meta),
        "iMeta.csv");
  }

  @Test
  void read_validTables() {
    CompositeData d = read("uCode,uName,Grp,Pop,A,B\nX,Ex,g1,10,1.5,\nY,Why,g2,20,NA,3\n", META);
    assertThat(d.units()).hasSize(2);
    assertThat(d.unit("X").orElseThrow().groups()).containsEntry("Grp", "g1");
    assertThat(d.raw().get("X", "B")).isNaN();
    assertThat(d.raw().get("Y", "A")).isNaN();
    assertThat(d.denominators().get("Y", "Pop")).isEqualTo(20);
    assertThat(d.framework().element("B").direction()).isEqualTo(-1);
    assertThat(d.framework().element("B").weight()).isEqualTo(2);
  }

  @Test
  void read_reportsEveryBadCellWithLineAndColumn() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("uCode,Grp,Pop,A,B\nX,g,1,abc,2\nX,g,1,3,1e999\n", META));
    assertThat(e.problems()).extracting(Problem::code)
        .containsExactly("NOT_A_NUMBER", "DUPLICATE_UNIT", "NOT_A_NUMBER");
    Problem first = e.problems().get(0);
    assertThat(first.location().source()).hasValue("iData.csv");
    assertThat(first.location().line()).hasValue(2);
    assertThat(first.location().column()).hasValue(4);
    assertThat(first.location().field()).hasValue("A");
    assertThat(first.found()).hasValue("abc");
    assertThat(e.problems().get(2).location().line()).hasValue(3);
  }

  @Test
  void read_missingIndicatorColumnAndUnknownColumn() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("uCode,Grp,Pop,A,Zed\nX,g,1,1,2\n", META));
    assertThat(e.problems()).extracting(Problem::code)
        .containsExactlyInAnyOrder("UNKNOWN_COLUMN", "MISSING_DATA_COLUMN");
  }

  @Test
  void read_metaProblems_nonNumericWeightMissingParentCycle() {
    String meta = String.join("\n",
        "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type",
        "1,A,Alpha,1,heavy,,,,P,Indicator",
        "1,B,Beta,2,1,,,,Nowhere,Indicator",
        "2,P,Pillar,1,1,,,,,Aggregate",
        "1,C,Gamma,1,1,,,,P,Thing");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("uCode,A,B\nX,1,2\n", meta));
    assertThat(e.problems()).extracting(Problem::code)
        .containsExactly("NOT_A_NUMBER", "INVALID_DIRECTION", "UNKNOWN_TYPE");
    assertThat(e.problems().get(0).location().line()).hasValue(2);
    assertThat(e.problems().get(0).location().field()).hasValue("Weight");
    String parents = String.join("\n",
        "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type",
        "1,A,Alpha,1,1,,,,Nowhere,Indicator",
        "2,P,Pillar,1,1,,,,,Aggregate");
    InvalidInputException p = catchThrowableOfType(InvalidInputException.class,
        () -> read("uCode,A\nX,1\n", parents));
    assertThat(p.problems()).extracting(Problem::code)
        .containsExactlyInAnyOrder("UNKNOWN_PARENT", "EMPTY_AGGREGATE");
    assertThat(p.problems().get(0).location().line()).hasValue(2);
  }

  @Test
  void read_malformedCsvIsAProblemNotAJacksonException() {
    assertThatThrownBy(() -> read("uCode,A\n\"X,1\n", META))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void read_hugeCellIsRefusedWithItsLine() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("uCode,Grp,Pop,A,B\nX,g,1,1,2\nY,g,1," + "9".repeat(20_000) + ",2\n", META));
    assertThat(e.problems()).extracting(Problem::code).containsExactly("CELL_TOO_LONG");
    assertThat(e.problems().get(0).location().line()).hasValue(3);
  }

  @Test
  void writeThenRead_roundTripsTheAsemExample(@TempDir Path dir) throws Exception {
    CompositeData asem = CoinTables.asemExample();
    StringWriter data = new StringWriter();
    StringWriter meta = new StringWriter();
    CoinTables.writeData(asem, data);
    CoinTables.writeMeta(asem, meta);
    CompositeData back = read(data.toString(), meta.toString());
    assertThat(back.raw()).isEqualTo(asem.raw());
    assertThat(back.denominators()).isEqualTo(asem.denominators());
    assertThat(back.framework().elements()).isEqualTo(asem.framework().elements());
    List<Path> files = CoinTables.writeResults(CoinTables.asemRecipe().run(asem), dir);
    List<String> scores = Files.readAllLines(files.get(0));
    assertThat(scores.get(0)).startsWith("uCode,Index,Conn,Sust,Physical,");
    assertThat(scores).hasSize(52);
    assertThat(Files.readAllLines(files.get(1))).anyMatch(l -> l.startsWith("CHE,1,"));
  }
}
