package io.github.inovasi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GovernmentAffairTest {

  @Test
  void values_are38NumberedInOrder() {
    assertThat(GovernmentAffair.values()).hasSize(38);
    assertThat(Arrays.stream(GovernmentAffair.values()).mapToInt(GovernmentAffair::number).toArray())
        .containsExactly(IntStream.rangeClosed(1, 38).toArray());
  }

  @Test
  void basicServices_areTheSixWajibPelayananDasar() {
    assertThat(GovernmentAffair.basicServices())
        .containsExactly(
            GovernmentAffair.EDUCATION,
            GovernmentAffair.HEALTH,
            GovernmentAffair.PUBLIC_WORKS_AND_SPATIAL_PLANNING,
            GovernmentAffair.HOUSING_AND_SETTLEMENTS,
            GovernmentAffair.PUBLIC_ORDER_AND_COMMUNITY_PROTECTION,
            GovernmentAffair.SOCIAL_AFFAIRS);
  }

  @Test
  void groups_haveTheCountsOfUu23Of2014() {
    assertThat(count(AffairGroup.MANDATORY_BASIC_SERVICE)).isEqualTo(6);
    assertThat(count(AffairGroup.MANDATORY_NON_BASIC_SERVICE)).isEqualTo(18);
    assertThat(count(AffairGroup.OPTIONAL)).isEqualTo(8);
    assertThat(count(AffairGroup.SUPPORTING_FUNCTION)).isEqualTo(6);
  }

  @ParameterizedTest
  @CsvSource({
    "1, PENDIDIKAN, Pendidikan, Education",
    "2, KESEHATAN, Kesehatan, Health",
    "26, PARIWISATA, Pariwisata, Tourism",
    "38, FUNGSI_LAIN, Fungsi lain sesuai dengan ketentuan peraturan perundang-undangan, Other functions under the regulations"
  })
  void lookups_byNumberAndCode_agree(int number, String code, String indonesian, String english) {
    GovernmentAffair affair = GovernmentAffair.ofNumber(number);
    assertThat(GovernmentAffair.ofCode(code)).isSameAs(affair);
    assertThat(GovernmentAffair.ofCode(code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')))
        .isSameAs(affair);
    assertThat(affair.label()).isEqualTo(Label.of(indonesian, english));
  }

  @Test
  void codes_areUnique() {
    assertThat(Arrays.stream(GovernmentAffair.values()).map(GovernmentAffair::code).distinct())
        .hasSize(38);
  }

  @Test
  void ofNumber_outOfRange_namesTheRange() {
    assertThatThrownBy(() -> GovernmentAffair.ofNumber(39))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("GovernmentAffair.number")
        .hasMessageContaining("1 to 38")
        .hasMessageContaining("39");
  }

  @Test
  void ofCode_unknown_listsTheKnownCodes() {
    assertThatThrownBy(() -> GovernmentAffair.ofCode("ASTRONOMI"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ASTRONOMI")
        .hasMessageContaining("KESEHATAN");
  }

  private static long count(AffairGroup group) {
    EnumSet<GovernmentAffair> all = EnumSet.allOf(GovernmentAffair.class);
    return all.stream().filter(a -> a.group() == group).count();
  }
}
