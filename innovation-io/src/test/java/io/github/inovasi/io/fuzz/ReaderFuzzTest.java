package io.github.inovasi.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.inovasi.io.ReadLimits;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.coin.CoinTables;
import io.github.inovasi.io.coin.RecipeJson;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.scoring.iid.IidEdition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of every reader with Jazzer: JSON documents of every kind, CSV and
 * .xlsx tables of every kind, IID edition files, composite recipes and COINr iData/iMeta tables.
 * A reader may only report problems or throw the library's own {@link InovasiException}; any
 * other exception, an error or a hang is a finding.
 *
 * <p>In the normal build ({@code ./mvnw verify}) each fuzz test replays its committed seed corpus
 * (src/test/resources/io/github/inovasi/io/fuzz/ReaderFuzzTestInputs/&lt;test&gt;/) and the crash
 * inputs kept there as regression cases, and {@link ReaderMutationProperties} mutates the seeds at
 * random; {@code JAZZER_FUZZ=1} fuzzes coverage-guided (see the README).
 */
class ReaderFuzzTest {
  private static final ReadLimits LIMITS = ReadLimits.builder()
      .maxNestingDepth(32).maxStringLength(10_000).maxProblems(100).build();
  private static final InovasiJson JSON = InovasiJson.create().withLimits(LIMITS);
  private static final InovasiTables TABLES = InovasiTables.create().withLimits(LIMITS);

  @FuzzTest(maxDuration = "30s")
  void jsonDocuments(byte[] input) throws IOException {
    for (JsonKind<?> kind : JsonKind.all()) {
      try {
        ReadReport report = JSON.stream(new ByteArrayInputStream(input), "fuzz.json", kind, r -> {});
        located(report);
      } catch (InovasiException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void csvTables(byte[] input) throws IOException {
    tables(input, TableFormat.CSV);
  }

  @FuzzTest(maxDuration = "30s")
  void xlsxTables(byte[] input) throws IOException {
    tables(input, TableFormat.XLSX);
  }

  @FuzzTest(maxDuration = "30s")
  void editionFiles(byte[] input) {
    try {
      IidEdition.read(new ByteArrayInputStream(input), "fuzz-edition.json");
    } catch (InovasiException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void recipes(byte[] input) {
    try {
      RecipeJson.read(new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8), "recipe.json");
    } catch (InovasiException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  /** iMeta, a NUL byte, then iData. */
  @FuzzTest(maxDuration = "30s")
  void coinTables(byte[] input) {
    int split = indexOf(input, (byte) 0);
    String meta = new String(input, 0, split, StandardCharsets.UTF_8);
    String data = split < input.length
        ? new String(Arrays.copyOfRange(input, split + 1, input.length), StandardCharsets.UTF_8) : "";
    try {
      CoinTables.read(new StringReader(data), "iData.csv", new StringReader(meta), "iMeta.csv");
    } catch (InovasiException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static void tables(byte[] input, TableFormat format) throws IOException {
    located(TABLES.readRegister(new ByteArrayInputStream(input), "fuzz", format, r -> {}));
    located(TABLES.readAnswers(new ByteArrayInputStream(input), "fuzz", format, r -> {}));
    located(TABLES.readRankings(new ByteArrayInputStream(input), "fuzz", format, r -> {}));
    located(TABLES.readBreakdowns(new ByteArrayInputStream(input), "fuzz", format, r -> {}));
  }

  private static void located(ReadReport report) {
    assertThat(report.records()).isNotNegative();
    report.problems().forEach(p -> assertThat(p.message().english()).isNotBlank());
  }

  private static int indexOf(byte[] input, byte b) {
    for (int i = 0; i < input.length; i++) {
      if (input[i] == b) {
        return i;
      }
    }
    return input.length;
  }
}
