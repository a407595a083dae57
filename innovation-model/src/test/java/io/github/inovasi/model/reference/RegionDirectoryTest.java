package io.github.inovasi.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RegionDirectoryTest {
  private final RegionDirectory regions = RegionDirectory.kemendagri();

  @Test
  void counts_matchThePublishedFigures() {
    assertThat(regions.provinces()).hasSize(38);
    assertThat(regions.atLevel(RegionLevel.KABUPATEN)).hasSize(416);
    assertThat(regions.atLevel(RegionLevel.KOTA)).hasSize(98);
    assertThat(regions.all()).hasSize(38 + 514);
    assertThat(regions.autonomous()).hasSize(546);
    assertThat(regions.inCategory(RegionCategory.DISADVANTAGED)).hasSize(62);
    assertThat(regions.inCategory(RegionCategory.BORDER)).hasSize(38);
  }

  @Test
  void autonomousKabupatenAndKota_are415And93() {
    assertThat(regions.autonomous().stream().filter(r -> r.level() == RegionLevel.KABUPATEN))
        .hasSize(415);
    assertThat(regions.autonomous().stream().filter(r -> r.level() == RegionLevel.KOTA))
        .hasSize(93);
  }

  @Test
  void administrative_areTheSixDkiAreas() {
    assertThat(regions.inCategory(RegionCategory.ADMINISTRATIVE))
        .extracting(r -> r.code().value())
        .containsExactly("31.01", "31.71", "31.72", "31.73", "31.74", "31.75");
  }

  @Test
  void everyRegion_hasARegionalGroup_andRegionalIvIsInferred() {
    assertThat(regions.all()).allSatisfy(r -> assertThat(r.regionalGroup()).isPresent());
    assertThat(regions.provinces().stream().filter(r -> r.regionalGroup().orElseThrow().isInferred()))
        .extracting(r -> r.code().value())
        .containsExactly("51", "52", "53", "81", "82", "91", "92", "93", "94", "95", "96");
    assertThat(regions.inGroup(RegionalGroup.II).stream().filter(r -> r.level() == RegionLevel.PROVINSI))
        .hasSize(6);
  }

  @ParameterizedTest
  @CsvSource({
    "53.14, KABUPATEN ROTE NDAO, KABUPATEN, true, false, IV",
    "35.78, KOTA SURABAYA, KOTA, false, false, II",
    "61.07, KABUPATEN BENGKAYANG, KABUPATEN, false, true, III",
    "81.03, KABUPATEN KEPULAUAN TANIMBAR, KABUPATEN, true, false, IV",
    "11, ACEH, PROVINSI, false, false, I"
  })
  void find_byCode(String code, String name, RegionLevel level, boolean disadvantaged,
      boolean border, RegionalGroup group) {
    Region region = regions.get(RegionCode.parse(code));
    assertThat(region.name()).isEqualTo(name);
    assertThat(region.level()).isEqualTo(level);
    assertThat(region.disadvantaged()).isEqualTo(disadvantaged);
    assertThat(region.border()).isEqualTo(border);
    assertThat(region.regionalGroup()).contains(group);
  }

  @Test
  void unknownCode_isEmptyOrThrowsNamingTheCode() {
    assertThat(regions.find(RegionCode.parse("99.99"))).isEmpty();
    assertThatThrownBy(() -> regions.get(RegionCode.parse("99.99")))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("UNKNOWN_REGION"))
        .hasMessageContaining("99.99");
  }

  @Test
  void inProvince_listsTheProvinceAndItsRegencies() {
    List<Region> ntt = regions.inProvince(RegionCode.parse("53"));
    assertThat(ntt.get(0).level()).isEqualTo(RegionLevel.PROVINSI);
    assertThat(ntt).hasSize(1 + 22);
    assertThat(ntt).allSatisfy(r -> assertThat(r.provinceCode().value()).isEqualTo("53"));
  }

  @Test
  void confidence_isCarriedThrough() {
    assertThat(regions.borderListComplete()).isFalse();
    assertThat(RegionDirectory.officialBorderRegionCount()).isEqualTo(54);
    assertThat(RegionDirectory.attribution())
        .contains("idn-area-data")
        .contains("Open Database License");
    assertThat(RegionDirectory.provenance()).containsOnlyKeys("SOURCE.md", "NOTES.md", "ODbL-LICENSE.md");
    assertThat(RegionDirectory.provenance().get("NOTES.md")).contains("official count is 54");
  }

  @Test
  void of_rejectsDuplicateCodes() {
    Region rote = regions.get(RegionCode.parse("53.14"));
    assertThat(RegionDirectory.of(List.of(rote)).borderListComplete()).isTrue();
    assertThatThrownBy(() -> RegionDirectory.of(List.of(rote, rote)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("53.14");
  }

  @Test
  void category_ofCode_acceptsIndonesianAndEnglish() {
    assertThat(RegionCategory.ofCode("tertinggal")).isEqualTo(RegionCategory.DISADVANTAGED);
    assertThat(RegionCategory.ofCode("border")).isEqualTo(RegionCategory.BORDER);
    assertThatThrownBy(() -> RegionCategory.ofCode("pesisir"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("perbatasan");
  }
}
