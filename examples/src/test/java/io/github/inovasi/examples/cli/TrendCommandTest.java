package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inovasi trend}: a region over several years, with rank and the national average. */
final class TrendCommandTest {
  private static final Path SAMPLE = Path.of("../docs/samples/rote-ndao-2026.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The sample as another region and/or another edition. */
  private static Path variant(Path dir, String name, String code, String edition) throws IOException {
    ObjectNode doc = (ObjectNode) JSON.readTree(SAMPLE.toFile());
    ((ObjectNode) doc.get("region")).put("code", code).put("name", name);
    doc.put("editionId", edition);
    Path out = dir.resolve(name.replace(' ', '-') + "-" + edition + ".json");
    JSON.writeValue(out.toFile(), doc);
    return out;
  }

  @Test
  void trend_showsEachYear_withRank_andSaysWhenTheNationalAverageIsUnknown(@TempDir Path dir) throws IOException {
    Path rote2027 = variant(dir, "KABUPATEN ROTE NDAO", "53.14", "iid-2027");
    CommandRun run = CommandRun.of("trend", SAMPLE.toString(), rote2027.toString(), "--assume", "--json");

    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode doc = JSON.readTree(run.out);
    assertThat(doc.get("region").asText()).isEqualTo("53.14");
    assertThat(doc.get("years")).hasSize(2);
    assertThat(doc.get("years").get(0).get("year").asInt()).isEqualTo(2026);
    assertThat(doc.get("years").get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(doc.get("years").get(0).get("nationalAverageKnown").asBoolean()).isFalse();
    assertThat(doc.get("years").get(0).get("nationalAverage").isNull()).isTrue();
    assertThat(doc.get("changes")).anyMatch(c -> c.get("code").asText().equals("IID"));
    assertThat(doc.get("innovations").get(0).get("statuses").get(1).asText()).isIn("REPORTED_AGAIN", "RENEWED");
  }

  @Test
  void trend_ranksAmongTheRegionsOfEachYear_inBothLanguages(@TempDir Path dir) throws IOException {
    Path other = variant(dir, "KABUPATEN KUPANG", "53.01", "iid-2026");
    CommandRun en = CommandRun.of("trend", SAMPLE.toString(), other.toString(), "--region", "53.14");
    CommandRun id = CommandRun.of("trend", SAMPLE.toString(), other.toString(), "--region", "53.14", "--lang", "id");

    assertThat(en.exitCode).as(en.err).isZero();
    assertThat(en.out).contains("KABUPATEN ROTE NDAO").doesNotContain("KABUPATEN KUPANG")
        .contains("1/2").contains("unknown").contains("Rank among the regions in the files");
    assertThat(id.out).contains("tidak diketahui").contains("Peringkat di antara wilayah");
  }
}
