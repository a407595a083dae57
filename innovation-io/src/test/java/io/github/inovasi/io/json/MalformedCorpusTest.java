package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.model.Problem;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The malformed JSON corpus under src/test/resources/corpus/json: each file with the problem it
 * must produce (code, JSON pointer, line) and whether the file is still complete (only warnings).
 */
final class MalformedCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus/json");

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvFileSource(resources = "/corpus/json/expected.csv", numLinesToSkip = 1)
  void validate_reportsTheExpectedProblem(
      String file, String code, String pointer, int line, boolean complete) throws IOException {
    ReadReport report = InovasiJson.create().validate(CORPUS.resolve(file));
    assertThat(report.isComplete()).as(report.problems().toString()).isEqualTo(complete);
    assertThat(report.problems())
        .as(report.problems().toString())
        .anySatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.location().path()).isEqualTo(pointer == null ? "" : pointer);
              assertThat(p.location().line().orElse(0)).isEqualTo(line);
              assertThat(p.location().source()).hasValue(CORPUS.resolve(file).toString());
              assertThat(p.message().indonesian()).isNotBlank();
              assertThat(p.message().english()).isNotBlank();
            });
  }

  @ParameterizedTest
  @CsvFileSource(resources = "/corpus/json/expected.csv", numLinesToSkip = 1)
  void read_neverThrowsAForeignException(String file) {
    try {
      InovasiJson.create().read(CORPUS.resolve(file), JsonKind.ASSESSMENT);
    } catch (io.github.inovasi.model.InovasiException | IOException e) {
      assertThat(e).isNotNull();
    }
  }

  static String describe(Problem p) {
    return p.code() + " " + p.location().path() + " " + p.location().line().orElse(0);
  }
}
