package io.github.inovasi.examples.bench;

import io.github.inovasi.io.coin.CoinTables;
import io.github.inovasi.scoring.composite.CompositeData;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated {@link SyntheticIndex} at 552 and 5,520 units (seed 2026) as COINr
 * iData/iMeta tables, for the COINr side of the comparison ({@code examples/bench/coinr-compare.R}).
 *
 * <pre>
 * java -cp examples/target/inovasi.jar io.github.inovasi.examples.bench.WriteSynthetic DIR
 * </pre>
 */
public final class WriteSynthetic {
  private WriteSynthetic() {}

  /**
   * Writes {@code synthetic-552-iData.csv}, {@code synthetic-552-iMeta.csv} and the same at
   * 5,520 units into a directory.
   *
   * @param args the directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/synthetic");
    Files.createDirectories(dir);
    for (int units : new int[] {552, 5520}) {
      CompositeData data = SyntheticIndex.of(units, 2026L);
      try (Writer w = Files.newBufferedWriter(dir.resolve("synthetic-" + units + "-iData.csv"),
          StandardCharsets.UTF_8)) {
        CoinTables.writeData(data, w);
      }
      try (Writer w = Files.newBufferedWriter(dir.resolve("synthetic-" + units + "-iMeta.csv"),
          StandardCharsets.UTF_8)) {
        CoinTables.writeMeta(data, w);
      }
    }
  }
}
