package io.github.inovasi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class RegionTest {

  @Test
  void builder_buildsTheAbstractType() {
    Region region = Region.builder()
        .code(RegionCode.parse("53.14"))
        .name("KABUPATEN ROTE NDAO")
        .level(RegionLevel.KABUPATEN)
        .disadvantaged(true)
        .build();

    assertThat(region.provinceCode()).isEqualTo(RegionCode.parse("53"));
    assertThat(region.autonomous()).isTrue();
    assertThat(region.withName("KABUPATEN ROTE NDAO")).isEqualTo(region);
  }

  @Test
  void builder_missingAttributes_namesThem() {
    assertThatThrownBy(() -> Region.builder().name("X").build())
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("code")
        .hasMessageContaining("level");
  }

  @Test
  void builder_provinceLevelWithRegencyCode_isRejectedNamingTheField() {
    assertThatThrownBy(() -> Region.builder()
            .code(RegionCode.parse("35.72"))
            .name("JAWA TIMUR")
            .level(RegionLevel.PROVINSI)
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Region.code");
  }
}
