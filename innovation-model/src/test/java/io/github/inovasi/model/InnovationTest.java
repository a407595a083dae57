package io.github.inovasi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class InnovationTest {

  static Innovation.Builder sehati() {
    return Innovation.builder()
        .id("rote-001")
        .name("SEHATI")
        .type(InnovationType.NON_DIGITAL)
        .form(InnovationForm.PUBLIC_SERVICE)
        .initiator(Initiator.AGENCY)
        .stage(Stage.IMPLEMENTATION)
        .mainAffair(GovernmentAffair.HEALTH);
  }

  @Test
  void designWordCount_countsRunsOfNonSpace() {
    assertThat(sehati().build().designWordCount()).isZero();
    assertThat(sehati().design("  Posyandu  keliling\nsetiap\tbulan ").build().designWordCount())
        .isEqualTo(4);
  }

  @Test
  void trialAfterImplementation_canBeBuiltSoItCanBeReported() {
    Innovation wrong = sehati()
        .trialDate(LocalDate.of(2025, 1, 1))
        .implementationDate(LocalDate.of(2024, 1, 1))
        .build();
    assertThat(wrong.trialDate()).contains(LocalDate.of(2025, 1, 1));
  }

  @Test
  void affairs_startWithTheMainAffair() {
    Innovation innovation = sehati().addOtherAffair(GovernmentAffair.SOCIAL_AFFAIRS).build();
    assertThat(innovation.affairs())
        .containsExactly(GovernmentAffair.HEALTH, GovernmentAffair.SOCIAL_AFFAIRS);
  }

  @Test
  void blankName_isRejectedNamingTheField() {
    assertThatThrownBy(() -> sehati().name(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Innovation.name");
  }

  @Test
  void missingAttributes_areAllNamed() {
    assertThatThrownBy(() -> Innovation.builder().id("x").build())
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("mainAffair")
        .hasMessageContaining("stage");
  }

  @Test
  void coordinates_outOfRange_areRejected() {
    assertThat(Coordinates.of(-10.73, 123.06).latitude()).isEqualTo(-10.73);
    assertThatThrownBy(() -> Coordinates.of(91, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Coordinates.latitude");
    assertThatThrownBy(() -> Coordinates.of(0, Double.NaN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Coordinates.longitude");
  }

  @Test
  void codeLists_lookUpOfficialCodes() {
    assertThat(Stage.ofCode("uji coba")).isEqualTo(Stage.TRIAL);
    assertThat(InnovationForm.ofCode("TATA_KELOLA")).isEqualTo(InnovationForm.GOVERNANCE);
    assertThat(Initiator.ofCode("anggota-dprd")).isEqualTo(Initiator.COUNCIL_MEMBER);
    assertThat(InnovationType.ofCode("non digital")).isEqualTo(InnovationType.NON_DIGITAL);
    assertThat(Theme.ofCode("NON_TEMATIK")).isEqualTo(Theme.NON_THEMATIC);
    assertThatThrownBy(() -> Stage.ofCode("SELESAI"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("INISIATIF, UJI_COBA, PENERAPAN");
  }
}
