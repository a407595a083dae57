package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inovasi.examples.SampleData;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.reference.RegionDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring commands: score, explain, rank, plan, editions, on the documented sample. */
final class ScoringCommandsTest {
  private static final String SAMPLE = "../docs/samples/rote-ndao-2026.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void docsSample_isTheBundledSampleInTheJsonFormat() throws IOException {
    List<Assessment> read = InovasiJson.create().read(Path.of(SAMPLE), JsonKind.ASSESSMENT);

    assertThat(read).containsExactly(SampleData.roteNdao());
  }

  @Test
  void score_printsIidPredicateAndFigures() {
    CommandRun run = CommandRun.of("score", SAMPLE);

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("53.14 KABUPATEN ROTE NDAO").contains("iid-2026").contains("22.60")
        .contains("Kurang Inovatif").contains("6/6");
  }

  @Test
  void score_json_isMachineReadable() throws IOException {
    CommandRun run = CommandRun.of("score", SAMPLE, "--json");

    JsonNode rows = JSON.readTree(run.out);
    assertThat(run.exitCode).isZero();
    assertThat(rows.get(0).get("iid").decimalValue()).isEqualByComparingTo("22.60");
    assertThat(rows.get(0).get("rating").asText()).isEqualTo("LESS_INNOVATIVE");
    assertThat(rows.get(0).get("divisor").asInt()).isEqualTo(12);
  }

  @Test
  void score_fileWithAProblem_printsNoPartialResult(@TempDir Path dir) throws IOException {
    Assessment sample = SampleData.roteNdao();
    String two = InovasiJson.create().writeString(JsonKind.ASSESSMENTS, List.of(sample, sample));
    int last = two.lastIndexOf("\"claimedLevel\" : 2");
    Path bad = dir.resolve("two.json");
    Files.writeString(bad, two.substring(0, last) + "\"claimedLevel\" : 7" + two.substring(last + 18));

    CommandRun run = CommandRun.of("score", bad.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("two.json").contains("claimedLevel");
  }

  @Test
  void score_2023WithoutAssumptions_saysWhatIsMissing() {
    CommandRun run = CommandRun.of("score", SAMPLE, "--edition", "iid-2023");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("SPD_CATALOGUE").contains("COUNT_RULE").contains("withAssumptions");
  }

  @Test
  void score_2023WithAssumptionsAndStandInSpdRows_isProvisional() {
    CommandRun run = CommandRun.of("score", SAMPLE, "--edition", "iid-2023", "--assume", "--spd-from", "iid-2026");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("iid-2023").contains("25.22");
    assertThat(run.err).contains("provisional rules");
  }

  @Test
  void explain_accountsForEveryPoint() {
    CommandRun run = CommandRun.of("explain", SAMPLE, "--top", "3", "--compare-verified");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("does not count: Implemented 2022-08-17, outside 2024-01-01..2025-12-31")
        .contains("37 of 300 words")
        .contains("earned + lost                                       100.0000")
        .contains("Largest losses:")
        .contains("Claimed 22.60, verified");
  }

  @Test
  void explain_beyondTheCap_saysWhichInnovationsEarnNoCountPoints(@TempDir Path dir) throws IOException {
    Assessment sample = SampleData.roteNdao();
    java.util.List<io.github.inovasi.model.ReportedInnovation> many = new java.util.ArrayList<>();
    io.github.inovasi.model.ReportedInnovation counted = sample.innovations().get(0);
    for (int i = 0; i < 205; i++) {
      many.add(io.github.inovasi.model.ReportedInnovation.of(
          counted.innovation().withId("copy-" + i), counted.answers()));
    }
    Path file = dir.resolve("many.json");
    Files.writeString(file, InovasiJson.create().writeString(JsonKind.ASSESSMENT, List.of(sample.withInnovations(many))));

    CommandRun run = CommandRun.of("explain", file.toString(), "--top", "1");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("count score capped: 205 innovations count, only 200 earn count points");
  }

  @Test
  void explain_json_breakdownAddsUp() throws IOException {
    JsonNode doc = JSON.readTree(CommandRun.of("explain", SAMPLE, "--json").out);

    java.math.BigDecimal earned = java.math.BigDecimal.ZERO;
    java.math.BigDecimal lost = java.math.BigDecimal.ZERO;
    for (JsonNode line : doc.get("breakdown")) {
      earned = earned.add(line.get("earned").decimalValue());
      for (JsonNode x : line.get("lost")) {
        lost = lost.add(x.decimalValue());
      }
    }
    assertThat(earned).isEqualByComparingTo(doc.get("earned").decimalValue());
    assertThat(earned.add(lost)).isEqualByComparingTo("100");
  }

  @Test
  void plan_reachesTheTargetAtTheLeastEffort() {
    CommandRun run = CommandRun.of("plan", SAMPLE, "--rating", "INOVATIF");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("target Inovatif (IID ≥ 40.01)").contains("Least-effort plan (effort 15)")
        .contains("One more innovation").contains("Best single actions");
  }

  @Test
  void plan_json_hasActionsWithGainAndEffort() throws IOException {
    JsonNode doc = JSON.readTree(CommandRun.of("plan", SAMPLE, "--target", "30", "--per-innovation", "20", "--json").out);

    assertThat(doc.get("reachable").asBoolean()).isTrue();
    assertThat(doc.get("resultingIid").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("30"));
    assertThat(doc.get("actions")).allSatisfy(a -> {
      assertThat(a.get("effort").asInt()).isPositive();
      assertThat(a.has("gain")).isTrue();
    });
  }

  @Test
  void rank_groupsRegionsAndExplainsTheChange(@TempDir Path dir) throws IOException {
    List<Region> regions = RegionDirectory.kemendagri().autonomous().stream()
        .filter(r -> r.provinceCode().toString().equals("53")).collect(Collectors.toList());
    Path thisYear = write(dir.resolve("2026.json"), NationalDataSet.of(7).withRegions(regions).withInnovations(120));
    Path lastYear = write(dir.resolve("2025.json"), NationalDataSet.of(8).withRegions(regions).withInnovations(120));

    CommandRun run = CommandRun.of("rank", thisYear.toString(), "--category", "all",
        "--previous", lastYear.toString(), "--region", "53.14");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Nasional / National (" + regions.size() + " regions)")
        .contains("Daerah tertinggal").contains("Kabupaten").contains("KABUPATEN ROTE NDAO")
        .contains("Change in National:").contains("rank ");
  }

  @Test
  void rank_unknownCategory_listsTheCategories() {
    CommandRun run = CommandRun.of("rank", SAMPLE, "--category", "desa");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("desa").contains("kota").contains("perbatasan");
  }

  @Test
  void editions_listsAndDetailsWithProvenance() {
    CommandRun list = CommandRun.of("editions");
    CommandRun detail = CommandRun.of("editions", "iid-2023");

    assertThat(list.out).contains("iid-2023").contains("iid-2026").contains("iid-2027").contains("lacks");
    assertThat(detail.out).contains("MAX(10, n)").contains("60.01–100.00 Sangat Inovatif")
        .contains("COUNT_RULE             unknown").contains("--assume");
  }

  @Test
  void editions_badFile_reportsEveryProblemWithItsLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("iid-2028.json");
    Files.writeString(bad, "{\n  \"format\": \"inovasi-iid-edition\",\n  \"formatVersion\": 1,\n  \"id\": 7,\n  \"extra\": true\n}\n");

    CommandRun run = CommandRun.of("editions", "--file", bad.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("WRONG_TYPE").contains(bad + ":4").contains("UNKNOWN_FIELD").contains("MISSING_FIELD");
  }

  @Test
  void demo_scoresTheSample() {
    CommandRun run = CommandRun.of("demo");

    assertThat(run.out).contains("IID iid-2026: 22.60 Less innovative").contains("Most points lost");
  }

  private static Path write(Path file, NationalDataSet data) throws IOException {
    try (var out = Files.newOutputStream(file)) {
      InovasiJson.create().write(out, JsonKind.ASSESSMENTS, data.assessments().collect(Collectors.toList()));
    }
    return file;
  }
}
