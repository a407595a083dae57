package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class NationalAveragesTest {
  @Test
  void bundled_holdsThePublishedAverages_toTheCent_andKnowsNoOtherYear() {
    NationalAverages n = NationalAverages.bundled();

    assertThat(n.forYear(2024)).get().extracting(NationalAverages.Average::index).isEqualTo(new java.math.BigDecimal("46.01"));
    assertThat(n.forYear(2025)).get().extracting(NationalAverages.Average::index).isEqualTo(new java.math.BigDecimal("49.43"));
    assertThat(n.forYear(2025).get().provenance().status()).isEqualTo(ProvenanceStatus.TRANSCRIBED);
    assertThat(n.forYear(2023)).isEmpty();
    assertThat(n.forYear(2026)).isEmpty();
    assertThat(n.all()).extracting(NationalAverages.Average::year).containsExactly(2024, 2025);
  }

  @Test
  void aFileWithADuplicateYearAndAThirdDecimal_isRefusedWithEveryProblemLocated(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("averages.json");
    Files.writeString(file, """
        {"format": "inovasi-national-averages", "formatVersion": 1,
         "provenance": {"status": "derived", "sources": ["own"]},
         "averages": [
           {"year": 2024, "average": 46.011, "provenance": {"status": "derived", "sources": ["own"]}},
           {"year": 2025, "average": 49.43, "provenance": {"status": "derived", "sources": ["own"]}},
           {"year": 2025, "average": 50, "provenance": {"status": "derived", "sources": ["own"]}}
         ]}
        """);

    assertThatThrownBy(() -> NationalAverages.read(file)).isInstanceOf(InvalidInputException.class)
        .satisfies(x -> assertThat(((InvalidInputException) x).problems()).extracting(Problem::code)
            .containsExactlyInAnyOrder("INVALID_VALUE", "DUPLICATE_YEAR"));
  }
}
