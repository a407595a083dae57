package io.github.inovasi.scoring.kipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

final class KippYearTest {

  static Iterable<Integer> years() {
    return KippYear.bundledYears();
  }

  @ParameterizedTest
  @MethodSource("years")
  void bundled_loadsWithAProvenanceForEveryElement(int year) {
    KippYear kipp = KippYear.bundled(year);
    assertThat(kipp.year()).isEqualTo(year);
    assertThat(kipp.provenance().keySet()).containsExactlyInAnyOrder(KippElement.values());
    // No source gives a registration deadline: every year asks the user.
    assertThat(kipp.isKnown(KippElement.REGISTRATION_DEADLINE)).isFalse();
  }

  @Test
  void kipp2021_shipsTheReferenceRules() {
    KippYear kipp = KippYear.bundled(2021);
    assertThat(kipp.groups()).containsExactly(KippGroup.GENERAL, KippGroup.REPLICATION, KippGroup.SPECIAL);
    assertThat(kipp.minimumAges()).containsEntry(KippGroup.GENERAL, Period.ofYears(2))
        .containsEntry(KippGroup.REPLICATION, Period.ofYears(1)).containsEntry(KippGroup.SPECIAL, Period.ofYears(2));
    assertThat(kipp.quota(KippGroup.GENERAL)).contains(10);
    assertThat(kipp.quota(KippGroup.REPLICATION)).contains(5);
    assertThat(kipp.quota(KippGroup.SPECIAL)).isEmpty();
    assertThat(kipp.categories()).hasSize(10);
    assertThat(kipp.provenance(KippElement.QUOTAS).status()).isEqualTo(ProvenanceStatus.OFFICIAL);
    assertThat(kipp.isKnown(KippElement.SECTIONS)).isFalse();
    assertThat(kipp.isKnown(KippElement.TIERS)).isFalse();
  }

  @Test
  void kipp2020_tiers_top99AndTheSpecialFinalists() {
    KippYear kipp = KippYear.bundled(2020);
    assertThat(kipp.tier("top-99").places()).isEqualTo(OptionalInt.of(99));
    assertThat(kipp.tier("finalis-khusus").places()).isEqualTo(OptionalInt.of(15));
    assertThat(kipp.tier("top-45").places()).isEqualTo(OptionalInt.of(45));
    assertThat(kipp.minimumAges()).containsEntry(KippGroup.GENERAL, Period.ofYears(1));
  }

  @Test
  void kipp2022_noReplicationGroup_andTheFormsWordLimits() {
    KippYear kipp = KippYear.bundled(2022);
    assertThat(kipp.groups()).containsExactly(KippGroup.GENERAL, KippGroup.SPECIAL);
    assertThat(kipp.sections()).extracting(KippSection::code).startsWith("ringkasan", "latar_belakang");
    assertThat(kipp.sections().get(4).wordLimit()).isEqualTo(OptionalInt.of(600));
    assertThat(kipp.categories()).hasSize(3);
  }

  @Test
  void kipp2025_passingGrade85_andUnknownsAskTheUser() {
    KippYear kipp = KippYear.bundled(2025);
    assertThat(kipp.replicationPassingGrade()).contains(new BigDecimal("85"));
    assertThat(kipp.tier("top-inovasi").isSized()).isFalse();
    assertThatThrownBy(() -> kipp.quota(KippGroup.GENERAL))
        .isInstanceOf(IncompleteKippYearException.class)
        .hasMessageContaining("quotas").hasMessageContaining("tidak diketahui");
    KippYear supplied = kipp.withQuotaPerInstitution(Map.of(KippGroup.GENERAL, 7));
    assertThat(supplied.quota(KippGroup.GENERAL)).contains(7);
    assertThat(supplied.provenance(KippElement.QUOTAS).status()).isEqualTo(ProvenanceStatus.PROVISIONAL);
    assertThat(supplied.withDeadline(LocalDate.of(2025, 5, 1)).registrationDeadline())
        .contains(LocalDate.of(2025, 5, 1));
  }

  @Test
  void read_reportsEveryProblemWithItsPointer() {
    String json = "{\"format\":\"inovasi-kipp-year\",\"formatVersion\":1,\"year\":2030,\"title\":\"x\","
        + "\"provenance\":{\"status\":\"official\",\"sources\":[\"s\"]},"
        + "\"groups\":{\"values\":[\"UMUM\",\"NOPE\"],\"provenance\":{\"status\":\"official\",\"sources\":[\"s\"]}},"
        + "\"categories\":{\"values\":[{\"code\":\"a\",\"label\":\"A\"}],\"provenance\":{\"status\":\"unknown\",\"sources\":[],\"note\":\"n\"}},"
        + "\"sections\":{\"provenance\":{\"status\":\"unknown\",\"sources\":[],\"note\":\"n\"}},"
        + "\"minimumAge\":{\"years\":{\"UMUM\":-1},\"provenance\":{\"status\":\"official\",\"sources\":[\"s\"]}},"
        + "\"registrationDeadline\":{\"provenance\":{\"status\":\"unknown\",\"sources\":[],\"note\":\"n\"}},"
        + "\"quotas\":{\"provenance\":{\"status\":\"unknown\",\"sources\":[],\"note\":\"n\"}},"
        + "\"tiers\":{\"provenance\":{\"status\":\"unknown\",\"sources\":[],\"note\":\"n\"}},"
        + "\"replicationPassingGrade\":{\"provenance\":{\"status\":\"unknown\",\"sources\":[],\"note\":\"n\"}}}";
    assertThatThrownBy(() -> KippYear.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "y.json"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::code, p -> p.location().path())
            .contains(
                org.assertj.core.groups.Tuple.tuple("UNKNOWN_VALUE", "/groups/values/1"),
                org.assertj.core.groups.Tuple.tuple("VALUES_WITH_UNKNOWN", "/categories/values"),
                org.assertj.core.groups.Tuple.tuple("OUT_OF_RANGE", "/minimumAge/years/UMUM")));
  }
}
