package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadLimits;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Hostile documents, generated here (never committed), each refused with a located error. */
final class ReadLimitsTest {
  private static final String HEAD = "{\"formatVersion\":1,\"kind\":\"regions\",\"regions\":[";
  private static final String REGION =
      "{\"code\":\"35.72\",\"name\":\"KOTA BLITAR\",\"level\":\"KOTA\",\"autonomous\":true,"
          + "\"disadvantaged\":false,\"border\":false}";

  private static ReadReport read(InovasiJson json, String text) throws IOException {
    return read(json, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static ReadReport read(InovasiJson json, InputStream in) throws IOException {
    return json.stream(in, "hostile.json", JsonKind.REGIONS, r -> {});
  }

  private static Problem only(ReadReport report) {
    assertThat(report.isComplete()).isFalse();
    assertThat(report.problems()).hasSize(1);
    return report.problems().get(0);
  }

  @Test
  void deepNesting_isRefusedAtTheLimit() throws IOException {
    String deep = HEAD + "[".repeat(10_000) + "]".repeat(10_000) + "]}";
    ReadReport report = read(InovasiJson.create(), deep);
    Problem p = report.problems().get(report.problems().size() - 1);
    assertThat(p.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(p.found()).hasValueSatisfying(f -> assertThat(f).contains("nesting depth"));
    assertThat(p.location().line()).hasValue(1);
  }

  @Test
  void hugeString_isRefusedAtTheLimit() throws IOException {
    String huge = HEAD + REGION.replace("KOTA BLITAR", "x".repeat(2_000_001)) + "]}";
    Problem p = only(read(InovasiJson.create(), huge));
    assertThat(p.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(p.location().path()).isEqualTo("/regions/0/name");
  }

  @Test
  void longNumber_isRefusedAtTheLimit() throws IOException {
    String text = "{\"formatVersion\":" + "9".repeat(5_000) + ",\"kind\":\"regions\",\"regions\":[]}";
    assertThat(only(read(InovasiJson.create(), text)).code()).isEqualTo("LIMIT_EXCEEDED");
  }

  @Test
  void endlessDocument_isStoppedAtTheSizeLimitWithinBoundedMemory() throws IOException {
    ReadLimits limits = ReadLimits.builder().maxDocumentBytes(500_000).build();
    AtomicLong records = new AtomicLong();
    InputStream endless = new EndlessRegions();
    ReadReport report =
        InovasiJson.create().withLimits(limits).stream(endless, "endless.json", JsonKind.REGIONS, r -> records.incrementAndGet());
    assertThat(report.problems()).as(report.problems().subList(0, 1).toString()).extracting(Problem::code).containsExactly("LIMIT_EXCEEDED");
    assertThat(report.isComplete()).isFalse();
    assertThat(records.get()).isEqualTo(report.records()).isGreaterThan(1_000);
  }

  @Test
  void manyProblems_stopAtTheProblemLimit() throws IOException {
    StringBuilder text = new StringBuilder(HEAD);
    for (int i = 0; i < 5_000; i++) {
      text.append(i == 0 ? "" : ",").append(REGION.replace("\"border\"", "\"extra\":1,\"border\""));
    }
    ReadReport report = read(InovasiJson.create().withLimits(ReadLimits.builder().maxProblems(100).build()), text + "]}");
    assertThat(report.problems()).hasSize(101);
    assertThat(report.problems().get(100).code()).isEqualTo("TOO_MANY_PROBLEMS");
  }

  @Test
  void wellFormedRegion_isAcceptedUnderTheDefaults() throws IOException {
    ReadReport report = read(InovasiJson.create(), HEAD + REGION + "]}");
    assertThat(report.isComplete()).isTrue();
    assertThat(report.records()).isEqualTo(1);
    assertThat(Region.class).isEqualTo(JsonKind.REGIONS.type());
  }

  /** A regions document that never ends. */
  private static final class EndlessRegions extends InputStream {
    private byte[] chunk = HEAD.getBytes(StandardCharsets.UTF_8);
    private int at;
    private int next = 1_000;

    @Override
    public int read() {
      if (at == chunk.length) {
        String code = String.format(java.util.Locale.ROOT, "%02d.%02d", next / 100, next % 100);
        next++;
        chunk = (REGION.replace("35.72", code) + ",").getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      return chunk[at++];
    }
  }
}
