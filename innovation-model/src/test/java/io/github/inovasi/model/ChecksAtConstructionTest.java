package io.github.inovasi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text attribute of an innovation refuses a blank value naming the field (mutation testing
 * found these checks untested), and a location prints only what it knows.
 */
class ChecksAtConstructionTest {
  static Stream<Arguments> blankTexts() {
    return Stream.<Arguments>of(
        Arguments.of("Innovation.id", (UnaryOperator<Innovation.Builder>) b -> b.id(" ")),
        Arguments.of("Innovation.agencyId", (UnaryOperator<Innovation.Builder>) b -> b.agencyId("\t")),
        Arguments.of("Innovation.design", (UnaryOperator<Innovation.Builder>) b -> b.design(" ")),
        Arguments.of("Innovation.objective", (UnaryOperator<Innovation.Builder>) b -> b.objective("")),
        Arguments.of("Innovation.benefits", (UnaryOperator<Innovation.Builder>) b -> b.benefits(" ")),
        Arguments.of("Innovation.results", (UnaryOperator<Innovation.Builder>) b -> b.results(" ")),
        Arguments.of("Innovation.classification", (UnaryOperator<Innovation.Builder>) b -> b.classification(" ")),
        Arguments.of("Innovation.astaCitaTags", (UnaryOperator<Innovation.Builder>) b -> b.addAstaCitaTags(" ")),
        Arguments.of("Innovation.pkpnTags", (UnaryOperator<Innovation.Builder>) b -> b.addPkpnTags(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankTexts")
  void blankText_isRefusedNamingTheField(String field, UnaryOperator<Innovation.Builder> blank) {
    assertThatThrownBy(() -> blank.apply(InnovationTest.sehati()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(field);
  }

  @Test
  void location_refusesLinesAndColumnsBelowOne() {
    assertThatThrownBy(() -> Location.builder().line(0).build()).hasMessageContaining("Location.line");
    assertThatThrownBy(() -> Location.builder().column(0).build()).hasMessageContaining("Location.column");
    assertThat(Location.builder().line(1).column(1).build().line()).hasValue(1);
  }

  @Test
  void location_printsOnlyWhatItKnows() {
    assertThat(Location.builder().build()).hasToString("(document)");
    assertThat(Location.builder().line(3).build()).hasToString("line 3");
    assertThat(Location.builder().source("a.csv").line(3).column(7).path("innovations[0]").field("name").build())
        .hasToString("a.csv:3:7 innovations[0] (name)");
    assertThat(Location.ofPath("regionAnswers[2]")).hasToString("regionAnswers[2]");
    assertThat(Location.builder().field("kode").build()).hasToString("(kode)");
    assertThat(Location.builder().source("b.json").build()).hasToString("b.json");
  }
}
