package io.github.inovasi.scoring.composite.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Sobol points agree with SciPy's unscrambled qmc.Sobol (Joe–Kuo, Gray-code order). */
final class SobolTest {
  @Test
  void points_matchTheReferenceSequence() {
    double[][] p = Sobol.points(1023, 16, 1);
    assertThat(p[0]).containsOnly(0.5);
    assertThat(p[1]).containsExactly(0.75, 0.25, 0.25, 0.25, 0.75, 0.75, 0.25, 0.75, 0.75, 0.75,
        0.75, 0.75, 0.25, 0.25, 0.75, 0.25);
    assertThat(p[99]).containsExactly(0.4140625, 0.2578125, 0.7734375, 0.7265625, 0.8828125,
        0.7421875, 0.0234375, 0.4765625, 0.6328125, 0.6953125, 0.4609375, 0.6796875, 0.4765625,
        0.8515625, 0.3203125, 0.4921875);
    assertThat(p[1022]).containsExactly(0.0009765625, 0.7529296875, 0.6123046875, 0.1455078125,
        0.1865234375, 0.4384765625, 0.1396484375, 0.6181640625, 0.3447265625, 0.8505859375,
        0.6787109375, 0.0361328125, 0.1298828125, 0.6650390625, 0.3623046875, 0.4638671875);
  }

  @Test
  void thousandDimensions_areStratifiedAndMoreAreRefused() {
    double[][] p = Sobol.points(32, 1000, 0);
    for (int j = 0; j < 1000; j++) {
      boolean[] seen = new boolean[32];
      for (double[] point : p) {
        seen[(int) (point[j] * 32)] = true;
      }
      assertThat(seen).as("dimension %s", j + 1).containsOnly(true);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sobol.points(4, 1001, 0))
        .hasMessageContaining("1 to 1000 dimensions");
  }

  @Test
  void everyDimension_isStratified() {
    double[][] p = Sobol.points(64, 16, 0);
    for (int j = 0; j < 16; j++) {
      boolean[] seen = new boolean[64];
      for (double[] point : p) {
        seen[(int) (point[j] * 64)] = true;
      }
      assertThat(seen).containsOnly(true);
    }
  }
}
