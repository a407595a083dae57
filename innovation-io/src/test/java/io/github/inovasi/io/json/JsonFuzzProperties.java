package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadLimits;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.model.InovasiException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated bytes of valid documents (bytes replaced, inserted, deleted; the tail cut) fed to
 * every JSON reader: the only failures allowed are the library's own, as problems or an
 * {@link InovasiException}.
 */
final class JsonFuzzProperties {
  private static final List<byte[]> VALID =
      JsonKind.all().stream().map(k -> SampleDocuments.of(k).getBytes(StandardCharsets.UTF_8)).toList();

  private static final InovasiJson JSON =
      InovasiJson.create().withLimits(ReadLimits.builder().maxNestingDepth(20).maxStringLength(10_000).build());

  /** One edit: at a relative position, replace, insert or delete a byte, or cut the rest. */
  record Edit(double at, int op, byte value) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 3),
                Arbitraries.bytes().withDistribution(net.jqwik.api.RandomDistribution.uniform())
                    .injectDuplicates(0.1)
                    .edgeCases(c -> c.add((byte) '"', (byte) '{', (byte) '}', (byte) '[', (byte) ',', (byte) 0xC3)))
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(8);
  }

  static byte[] apply(byte[] doc, List<Edit> edits) {
    byte[] out = doc;
    for (Edit e : edits) {
      int at = (int) (e.at() * (out.length - 1));
      switch (e.op()) {
        case 0 -> {
          out = out.clone();
          out[at] = e.value();
        }
        case 1 -> {
          byte[] grown = new byte[out.length + 1];
          System.arraycopy(out, 0, grown, 0, at);
          grown[at] = e.value();
          System.arraycopy(out, at, grown, at + 1, out.length - at);
          out = grown;
        }
        case 2 -> {
          byte[] shrunk = new byte[out.length - 1];
          System.arraycopy(out, 0, shrunk, 0, at);
          System.arraycopy(out, at + 1, shrunk, at, out.length - at - 1);
          out = shrunk;
        }
        default -> out = java.util.Arrays.copyOf(out, at);
      }
      if (out.length < 2) {
        break;
      }
    }
    return out;
  }

  @Property(tries = 300)
  void mutatedDocument_givesOnlyInovasiProblems(
      @ForAll("edits") List<Edit> edits) {
    for (byte[] valid : VALID) {
      byte[] doc = apply(valid, edits);
      for (JsonKind<?> kind : JsonKind.all()) {
        try {
          ReadReport report = JSON.stream(new ByteArrayInputStream(doc), "fuzz.json", kind, r -> {});
          assertThat(report.records()).isGreaterThanOrEqualTo(0);
          report.problems().forEach(p -> assertThat(p.message().english()).isNotBlank());
        } catch (InovasiException e) {
          assertThat(e.getMessage()).isNotBlank();
        } catch (Exception e) {
          throw new AssertionError("foreign exception from " + kind + " on " + new String(doc, StandardCharsets.UTF_8), e);
        }
      }
    }
  }
}
