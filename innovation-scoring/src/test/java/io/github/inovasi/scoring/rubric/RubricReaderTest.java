package io.github.inovasi.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the rubric reader and validator, each shown by a located, bilingual problem. */
final class RubricReaderTest {
  static final String LOMBA = text("example-lomba-inovasi-opd");

  static String text(String id) {
    try (InputStream in = Rubric.class.getResourceAsStream("rubrics/" + id + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Problem> problemsOf(String json) {
    try {
      Rubric.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "lomba.json");
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("no problem reported");
  }

  @Test
  void bundledRubrics_readAndKeepEveryProvenance() {
    Rubric lomba = Rubric.bundled("example-lomba-inovasi-opd");
    assertThat(lomba.provenance().status()).isEqualTo(ProvenanceStatus.EXAMPLE);
    assertThat(lomba.unit()).isEqualTo(ScoredUnit.INNOVATION);
    assertThat(lomba.scale().orElseThrow().levels()).hasSize(5);
    assertThat(lomba.judges().method()).isEqualTo(JudgeCombination.Method.MEAN);
    assertThat(lomba.bands()).hasSize(3);
    Rubric iga = Rubric.bundled("iga-2023-presentation");
    assertThat(iga.scale()).isEmpty();
    assertThat(iga.scaleProvenance().status()).isEqualTo(ProvenanceStatus.UNKNOWN);
    assertThat(iga.assumptionProvenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.PROVISIONAL);
    assertThat(Rubric.bundledIds()).containsExactly("iga-2023-presentation", "example-lomba-inovasi-opd", "kipp-evaluation");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "MALFORMED_JSON        | `^\\{`                                  | `{{`                                            | ``",
    "DUPLICATE_FIELD       | `\"unit\": \"innovation\",`             | `\"unit\": \"innovation\", \"unit\": \"region\",` | `/unit`",
    "WRONG_FORMAT          | `\"format\": \"inovasi-rubric\"`        | `\"format\": \"inovasi-iid-edition\"`          | `/format`",
    "UNSUPPORTED_VERSION   | `\"formatVersion\": 1`                  | `\"formatVersion\": 2`                         | `/formatVersion`",
    "UNKNOWN_FIELD         | `\"format\":`                           | `\"colour\": \"red\", \"format\":`             | `/colour`",
    "MISSING_FIELD         | `\"unit\": \"innovation\",`             | ``                                             | ``",
    "WRONG_TYPE            | `\"weight\": 5`                         | `\"weight\": \"5\"`                            | `/criteria/0/weight`",
    "UNKNOWN_VALUE         | `\"unit\": \"innovation\"`              | `\"unit\": \"ministry\"`                       | `/unit`",
    "OUT_OF_RANGE          | `\"scale\": 2,`                         | `\"scale\": 11,`                               | `/rounding/scale`",
    "NOT_POSITIVE          | `\"weight\": 4`                         | `\"weight\": 0`                                | `/criteria/1/weight`",
    "NEGATIVE              | `\"from\": 20,`                         | `\"from\": -1,`                                | `/bands/values/0/from`",
    "MISSING_SOURCES       | `\"combination\": \"mean\",\\s*\"provenance\": \\{\"status\": \"example\", \"sources\": \\[\"docs/rubrics.md\"\\]\\}` | `\"combination\": \"mean\", \"provenance\": {\"status\": \"example\", \"sources\": []}` | `/judges/provenance/sources`",
    "MISSING_NOTE          | `\"combination\": \"mean\",\\s*\"provenance\": \\{\"status\": \"example\"` | `\"combination\": \"mean\", \"provenance\": {\"status\": \"provisional\"` | `/judges/provenance`",
    "MISSING_TRIM          | `\"combination\": \"mean\"`             | `\"combination\": \"trimmed-mean\"`            | `/judges/combination`",
    "TRIM_MISMATCH         | `\"combination\": \"mean\"`             | `\"combination\": \"mean\", \"trim\": 1`       | `/judges/trim`",
    "SCALE_LEVELS_AND_RANGE | `\"levels\": \\[`                      | `\"minimum\": 1, \"levels\": [`                | `/scale/minimum`",
    "SCALE_LEVELS          | `(?s)\"levels\": \\[.*?\\],\\s*\"provenance\"` | `\"levels\": [{\"points\": 1, \"label\": \"Satu\"}], \"provenance\"` | `/scale/levels`",
    "SCALE_LEVELS_ORDER    | `\\{\"points\": 2,`                     | `{\"points\": 1,`                              | `/scale/levels`",
    "SCALE_EMPTY           | `\"weight\": 3,`                        | `\"weight\": 3, \"scale\": {\"minimum\": 5, \"maximum\": 1},` | `/criteria/3/scale`",
    "SCALE_STEP            | `\"weight\": 3,`                        | `\"weight\": 3, \"scale\": {\"minimum\": 0, \"maximum\": 10, \"step\": 3},` | `/criteria/3/scale`",
    "BAND_EDGES_REVERSED   | `\"from\": 80, \"to\": 100`             | `\"from\": 80, \"to\": 70`                     | `/bands/values/2`",
    "CRITERIA_EMPTY        | `(?s)\"criteria\": \\[.*?\\n  \\],`     | `\"criteria\": [],`                            | `/criteria`",
    "DUPLICATE_CRITERION   | `\"code\": \"efektif\"`                 | `\"code\": \"kebaruan\"`                       | `/criteria/1/code`",
    "SCALE_STATUS          | `\"provenance\": \\{\"status\": \"example\", \"sources\": \\[\"docs/rubrics.md\"\\]\\}` | `\"provenance\": {\"status\": \"unknown\", \"sources\": [], \"note\": \"n\"}` | `/scale/provenance/status`",
    "ASSUMPTION_NOT_PROVISIONAL | `\"bands\": \\{`                   | `\"assumptions\": {\"scale\": {\"minimum\": 0, \"maximum\": 5}, \"provenance\": {\"status\": \"example\", \"sources\": [\"x\"]}}, \"bands\": {` | `/assumptions/provenance/status`",
    "DUPLICATE_BAND        | `\"code\": \"baik\"`                    | `\"code\": \"terbaik\"`                        | `/bands/values/2/code`",
    "BAND_EDGE_SCALE       | `\"to\": 59.99`                         | `\"to\": 59.995`                               | `/bands/values/0`",
    "BANDS_NOT_COVERING    | `\"from\": 20,`                         | `\"from\": 21,`                                | `/bands/values/0/from`",
    "BANDS_GAP_OR_OVERLAP  | `\"from\": 60,`                         | `\"from\": 61,`                                | `/bands/values/1/from`",
  })
  void brokenRubric_reportsTheRuleWhereTheFileBreaksIt(String code, String pattern, String replacement,
      String pointer) {
    String broken = LOMBA.replaceFirst(pattern, Matcher.quoteReplacement(replacement == null ? "" : replacement));
    assertThat(broken).isNotEqualTo(LOMBA);

    List<Problem> problems = problemsOf(broken);

    assertThat(problems).filteredOn(p -> p.code().equals(code)).as(code + " in " + problems)
        .isNotEmpty()
        .allSatisfy(p -> {
          assertThat(p.location().path()).isEqualTo(pointer == null ? "" : pointer);
          assertThat(p.location().source()).contains("lomba.json");
          assertThat(p.location().line()).isNotEmpty();
          assertThat(p.message().indonesian()).isNotBlank();
          assertThat(p.message().english()).isNotBlank();
        });
  }

  static final Provenance EXAMPLE = Provenance.of(ProvenanceStatus.EXAMPLE, "test");

  static Rubric.Builder valid() {
    return Rubric.builder().from(RubricScoringTest.oneCriterion(
        JudgeCombination.of(JudgeCombination.Method.MEAN, EXAMPLE)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ROUNDING_SCALE, /rounding/scale", "ASSUMPTION_PROVENANCE, /assumptions",
      "MISSING_PROVENANCE, /bands/provenance"})
  void rulesOnlyABuilderCanBreak_areReportedWithTheFilesPointer(String code, String pointer) {
    Rubric.Builder b = valid();
    switch (code) {
      case "ROUNDING_SCALE":
        b.roundingScale(11);
        break;
      case "ASSUMPTION_PROVENANCE":
        b.assumedScale(Scale.range(BigDecimal.ZERO, BigDecimal.TEN, null));
        break;
      default:
        b.addBands(new RubricBand("all", Label.of("Semua", "All"), BigDecimal.ZERO, BigDecimal.valueOf(100)));
    }
    assertThatThrownBy(b::build).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(Problem::code, p -> p.location().path())
            .contains(org.assertj.core.groups.Tuple.tuple(code, pointer)));
  }

  @Test
  void roundTrip_rubricWrittenAsJson_readsBackEqual() {
    for (String id : Rubric.bundledIds()) {
      Rubric rubric = Rubric.bundled(id);
      String json = RubricJson.write(rubric);
      assertThat(Rubric.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), id))
          .isEqualTo(rubric);
    }
    Rubric mixed = valid().roundingMode(RoundingMode.HALF_EVEN).build();
    assertThat(Rubric.read(new ByteArrayInputStream(RubricJson.write(mixed).getBytes(StandardCharsets.UTF_8)), "m"))
        .isEqualTo(mixed);
  }
}
