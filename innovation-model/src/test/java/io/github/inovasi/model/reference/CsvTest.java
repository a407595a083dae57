package io.github.inovasi.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InovasiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CsvTest {

  @Test
  void parse_readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    List<Csv.Row> rows = Csv.parse("t.csv",
        "code,name,source\r\n11.72,KOTA SABANG,\"lokpri | a, b\"\n12.18,\"X \"\"Y\"\"\",\"two\nlines\"\n13.01,Z,\n",
        "code", "source");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("source")).isEqualTo("lokpri | a, b");
    assertThat(rows.get(1).get("name")).isEqualTo("X \"Y\"");
    assertThat(rows.get(1).get("source")).isEqualTo("two\nlines");
    assertThat(rows.get(2).line()).isEqualTo(5);
    assertThat(rows.get(2).get("source")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'a,b\n1,2,3\n'           | t.csv:2: expected 2 fields",
    "'a,b\n1,\"2\n'           | t.csv:2: quoted field is never closed",
    "'a,b\n1,\"2\"x\n'        | t.csv:2: unexpected character 'x'",
    "'a,b\n1,2\n\n3,4\n'      | t.csv:3: blank line",
    "'a,c\n1,2\n'             | t.csv:1: header [a, c] lacks column 'b'"
  })
  void parse_malformed_failsWithFileAndLine(String text, String message) {
    assertThatThrownBy(() -> Csv.parse("t.csv", text.replace("\\n", "\n"), "a", "b"))
        .isInstanceOf(InovasiException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void read_missingResource_saysWhich() {
    assertThatThrownBy(() -> Csv.read("nope.csv"))
        .isInstanceOf(InovasiException.class)
        .hasMessageContaining("nope.csv");
  }
}
