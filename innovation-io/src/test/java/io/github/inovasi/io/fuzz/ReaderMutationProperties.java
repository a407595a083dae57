package io.github.inovasi.io.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The short fuzzing run of the normal build: random byte edits (replace, insert, delete, cut,
 * duplicate a span) of the committed seed corpus of {@link ReaderFuzzTest}, fed to the same
 * reader checks, 60 tries per reader. Not coverage-guided; Jazzer's long run is (see the README).
 */
class ReaderMutationProperties {
  private static final Path SEEDS = seeds();

  private static Path seeds() {
    try {
      return Path.of(ReaderFuzzTest.class.getResource("ReaderFuzzTestInputs").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<byte[]> seeds(String target) {
    try (Stream<Path> files = Files.list(SEEDS.resolve(target))) {
      return files.sorted().map(f -> {
        try (InputStream in = Files.newInputStream(f)) {
          return in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<int[]> edits() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofMinSize(3).ofMaxSize(24);
  }

  /** Applies edits of three numbers each: the operation, a position and a byte or length. */
  static byte[] mutate(byte[] seed, int[] edits) {
    byte[] out = seed;
    for (int i = 0; i + 2 < edits.length && out.length > 0; i += 3) {
      int at = edits[i + 1] % out.length;
      byte value = (byte) edits[i + 2];
      switch (edits[i] % 5) {
        case 0 -> {
          out = out.clone();
          out[at] = value;
        }
        case 1 -> {
          byte[] grown = new byte[out.length + 1];
          System.arraycopy(out, 0, grown, 0, at);
          grown[at] = value;
          System.arraycopy(out, at, grown, at + 1, out.length - at);
          out = grown;
        }
        case 2 -> {
          byte[] shrunk = new byte[out.length - 1];
          System.arraycopy(out, 0, shrunk, 0, at);
          System.arraycopy(out, at + 1, shrunk, at, out.length - at - 1);
          out = shrunk;
        }
        case 3 -> out = Arrays.copyOf(out, at);
        default -> {
          int length = Math.min(out.length - at, 1 + (edits[i + 2] & 63));
          byte[] twice = new byte[out.length + length];
          System.arraycopy(out, 0, twice, 0, at + length);
          System.arraycopy(out, at, twice, at + length, out.length - at);
          out = twice;
        }
      }
    }
    return out;
  }

  private static void each(String target, int[] edits, ReaderCheck check) throws IOException {
    for (byte[] seed : seeds(target)) {
      check.accept(mutate(seed, edits));
    }
  }

  @FunctionalInterface
  private interface ReaderCheck {
    void accept(byte[] input) throws IOException;
  }

  @Property(tries = 60)
  void jsonDocuments(@ForAll("edits") int[] edits) throws IOException {
    each("jsonDocuments", edits, new ReaderFuzzTest()::jsonDocuments);
  }

  @Property(tries = 60)
  void csvTables(@ForAll("edits") int[] edits) throws IOException {
    each("csvTables", edits, new ReaderFuzzTest()::csvTables);
  }

  @Property(tries = 60)
  void xlsxTables(@ForAll("edits") int[] edits) throws IOException {
    each("xlsxTables", edits, new ReaderFuzzTest()::xlsxTables);
  }

  @Property(tries = 60)
  void editionFiles(@ForAll("edits") int[] edits) throws IOException {
    each("editionFiles", edits, new ReaderFuzzTest()::editionFiles);
  }

  @Property(tries = 60)
  void recipes(@ForAll("edits") int[] edits) throws IOException {
    each("recipes", edits, new ReaderFuzzTest()::recipes);
  }

  @Property(tries = 60)
  void coinTables(@ForAll("edits") int[] edits) throws IOException {
    each("coinTables", edits, new ReaderFuzzTest()::coinTables);
  }
}
