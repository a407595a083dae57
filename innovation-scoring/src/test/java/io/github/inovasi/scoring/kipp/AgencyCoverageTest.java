package io.github.inovasi.scoring.kipp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Agency;
import io.github.inovasi.model.AgencyKind;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.Innovator;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.reference.RegionDirectory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class AgencyCoverageTest {
  static final RegionCode ROTE = RegionCode.parse("53.14");

  static Agency agency(String id, String parent) {
    Agency.Builder b = Agency.builder().id(id).name("Dinas " + id).region(ROTE)
        .kind(parent == null ? AgencyKind.REGIONAL_AGENCY : AgencyKind.HEALTH_CENTRE);
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  static ReportedInnovation innovation(String id, String agency, Stage stage, String... innovators) {
    Innovation.Builder b = Innovation.builder().id(id).name("Inovasi " + id).type(InnovationType.DIGITAL)
        .form(InnovationForm.PUBLIC_SERVICE).initiator(Initiator.AGENCY).stage(stage)
        .mainAffair(GovernmentAffair.HEALTH);
    if (agency != null) {
      b.agencyId(agency);
    }
    for (String name : innovators) {
      b.addInnovators(Innovator.of(name));
    }
    return ReportedInnovation.of(b.build(), List.of());
  }

  static Assessment assessment(String edition, List<Agency> agencies, List<ReportedInnovation> innovations) {
    return Assessment.builder().region(RegionDirectory.kemendagri().get(ROTE)).editionId(edition)
        .addAllAgencies(agencies).addAllInnovations(innovations).build();
  }

  private static final List<Agency> AGENCIES = List.of(agency("dinkes", null), agency("pkm-baa", "dinkes"),
      agency("disdik", null), agency("bappeda", null), agency("dukcapil", null));

  @Test
  void coverage_countsUnitsForTheirAgency_andEachAgencyOnce() {
    AgencyCoverage c = AgencyCoverage.of(assessment("iid-2026", AGENCIES, List.of(
        innovation("i1", "dinkes", Stage.IMPLEMENTATION, "Ana", "Budi"),
        innovation("i2", "pkm-baa", Stage.IMPLEMENTATION, "ana ", "Citra"),
        innovation("i3", "disdik", Stage.TRIAL, "Dewi"),
        innovation("i4", "bappeda", Stage.IMPLEMENTATION),
        innovation("i5", "unknown-unit", Stage.IMPLEMENTATION),
        innovation("i6", null, Stage.IMPLEMENTATION))));
    assertThat(c.agencies()).extracting(a -> a.agency().id()).containsExactly("dinkes", "disdik", "bappeda", "dukcapil");
    assertThat(c.agencies().get(0).innovationIds()).containsExactly("i1", "i2");
    assertThat(c.agencies().get(0).innovators()).isEqualTo(3);
    assertThat(c.covered()).isEqualTo(2);
    assertThat(c.share()).contains(new BigDecimal("0.5000"));
    assertThat(c.uncovered()).extracting(Agency::name).containsExactly("Dinas disdik", "Dinas dukcapil");
    assertThat(c.unattributed()).containsExactly("i5", "i6");
  }

  @Test
  void stageThatCounts_isAParameter_penerapanByDefault() {
    Assessment a = assessment("iid-2026", AGENCIES, List.of(innovation("i3", "disdik", Stage.TRIAL)));
    assertThat(AgencyCoverage.of(a).covered()).isZero();
    assertThat(AgencyCoverage.DEFAULT_STAGES).containsExactly(Stage.IMPLEMENTATION);
    assertThat(AgencyCoverage.of(a, Set.of(Stage.TRIAL, Stage.IMPLEMENTATION)).covered()).isEqualTo(1);
  }

  @Test
  void noAgencies_hasNoShare() {
    assertThat(AgencyCoverage.of(assessment("iid-2026", List.of(), List.of())).share()).isEmpty();
  }

  @Test
  void trend_isTheChangeOfTheShareFromYearToYear() {
    AgencyCoverage y2023 = AgencyCoverage.of(assessment("iid-2023", AGENCIES,
        List.of(innovation("i1", "dinkes", Stage.IMPLEMENTATION))));
    AgencyCoverage y2026 = AgencyCoverage.of(assessment("iid-2026", AGENCIES, List.of(
        innovation("i1", "dinkes", Stage.IMPLEMENTATION), innovation("i2", "disdik", Stage.IMPLEMENTATION),
        innovation("i3", "bappeda", Stage.IMPLEMENTATION))));
    assertThat(AgencyCoverage.trend(List.of(y2023, y2026))).containsExactly(Optional.of(new BigDecimal("0.5000")));
  }
}
