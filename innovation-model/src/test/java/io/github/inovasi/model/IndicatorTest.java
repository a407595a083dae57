package io.github.inovasi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class IndicatorTest {

  private static Indicator.Builder regulation() {
    return Indicator.builder()
        .code("16")
        .number(16)
        .aspect(Aspect.SID)
        .name(Label.of("Regulasi inovasi daerah", "Regional innovation regulation"))
        .variable(Label.of("Infrastruktur", "Infrastructure"))
        .weight(new BigDecimal("3"))
        .mandatory(true)
        .addLevel(IndicatorLevel.of(1, Label.of("SK Kepala Daerah", "Regional head decree")))
        .addLevel(IndicatorLevel.of(2, Label.of("Perkada", "Regional head regulation")))
        .addLevel(IndicatorLevel.of(3, Label.of("Perda", "Regional regulation")));
  }

  @Test
  void maxScore_isThreeTimesTheWeight() {
    assertThat(regulation().build().maxScore()).isEqualByComparingTo("9");
    assertThat(regulation().weight(new BigDecimal("0.75")).build().maxScore())
        .isEqualByComparingTo("2.25");
  }

  @Test
  void levels_mustBeOneTwoThree() {
    assertThatThrownBy(() -> regulation().levels(java.util.List.of(
            IndicatorLevel.of(1, Label.of("a", "a")), IndicatorLevel.of(3, Label.of("c", "c")))).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("INDICATOR_LEVELS"))
        .hasMessageContaining("Indicator.levels")
        .hasMessageContaining("[1,3]");
  }

  @Test
  void weight_mustBePositive() {
    assertThatThrownBy(() -> regulation().weight(BigDecimal.ZERO).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Indicator.weight");
  }

  @Test
  void number_mustMatchTheCode() {
    assertThat(regulation().code("2a").number(2).aspect(Aspect.SPD).build().number()).isEqualTo(2);
    assertThatThrownBy(() -> regulation().code("2a").number(3).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Indicator.number");
  }

  @Test
  void bases_mustHaveUniqueCodes() {
    MeasurementBasis a = MeasurementBasis.builder()
        .code("a")
        .name(Label.of("Jumlah penerima manfaat", "Beneficiaries"))
        .addAllLevels(regulation().build().levels())
        .build();
    assertThat(regulation().addBasis(a).build().basis("a")).contains(a);
    assertThatThrownBy(() -> regulation().addBasis(a).addBasis(a).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Indicator.bases");
  }
}
