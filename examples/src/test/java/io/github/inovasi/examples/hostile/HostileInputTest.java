package io.github.inovasi.examples.hostile;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs that the readers refuse cleanly today, each run through {@code inovasi} in a
 * child JVM with a 256 MB heap ({@link ChildJvm}). The corpus is built by {@link HostileInputs}
 * at test time. Inputs still refused badly are in the {@code tofix} package.
 */
class HostileInputTest {
  @TempDir Path dir;

  @Test
  void documentWithHugeExponent() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.documentHugeExponent(dir));
  }

  @Test
  void documentWithMillionElements() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.documentMillionElements(dir));
  }

  @Test
  void editionWithDuplicateKey() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.editionDuplicateKey(dir));
  }

  @Test
  void csvWithOverlongUtf8() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.csvOverlongUtf8(dir));
  }

  @Test
  void recipeWithDuplicateKey() throws Exception {
    Path recipe = HostileInputs.recipeDuplicateKey(dir);
    ChildJvm.inovasi(dir, "coin", "--data", "iData.csv", "--meta", "iMeta.csv", "--recipe", recipe.toString(),
        "--out", dir.resolve("out").toString()).assertCleanRefusal(recipe.getFileName().toString());
  }

  /** Writes 300 MB, so it runs only with {@code -Dhostile.large=true}. */
  @Test
  @EnabledIfSystemProperty(named = "hostile.large", matches = "true")
  void coinrTableOf300Mb() throws Exception {
    Path data = HostileInputs.coinrTable300Mb(dir);
    ChildJvm.inovasi(dir, "coin", "--data", data.toString(), "--meta", "iMeta.csv", "--recipe", "recipe.json",
        "--out", dir.resolve("out").toString()).assertCleanRefusal(data.getFileName().toString());
  }
}
