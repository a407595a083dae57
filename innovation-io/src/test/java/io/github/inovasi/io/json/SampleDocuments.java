package io.github.inovasi.io.json;

import io.github.inovasi.model.Agency;
import io.github.inovasi.model.AgencyKind;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Coordinates;
import io.github.inovasi.model.Document;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.IndicatorLevel;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.Innovator;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.MeasurementBasis;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import io.github.inovasi.model.Replication;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.Theme;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Hand-made, fully populated values and one document per kind, for schema and corpus tests. */
final class SampleDocuments {
  private SampleDocuments() {}

  static final Region BLITAR =
      Region.builder()
          .code(RegionCode.parse("35.72"))
          .name("KOTA BLITAR")
          .level(RegionLevel.KOTA)
          .regionalGroup(RegionalGroup.II)
          .build();

  static final Region ROTE_NDAO =
      Region.builder()
          .code(RegionCode.parse("53.14"))
          .name("KABUPATEN ROTE NDAO")
          .level(RegionLevel.KABUPATEN)
          .disadvantaged(true)
          .border(true)
          .build();

  static final Agency DINKES =
      Agency.builder()
          .id("dinkes")
          .name("Dinas Kesehatan")
          .kind(AgencyKind.REGIONAL_AGENCY)
          .region(BLITAR.code())
          .build();

  static final Agency PUSKESMAS =
      Agency.builder()
          .id("pkm-sukorejo")
          .name("Puskesmas Sukorejo")
          .kind(AgencyKind.HEALTH_CENTRE)
          .region(BLITAR.code())
          .parentId("dinkes")
          .build();

  static final Evidence SK =
      Evidence.builder()
          .kind(EvidenceKind.DECREE)
          .number("188/123/410.010/2025")
          .date(LocalDate.of(2025, 3, 31))
          .title("Penetapan inovasi daerah")
          .link(URI.create("https://blitarkota.go.id/sk/188-123.pdf"))
          .build();

  static final Innovation SI_CANTIK =
      Innovation.builder()
          .id("inv-001")
          .name("SI CANTIK: layanan antrean puskesmas daring")
          .agencyId("pkm-sukorejo")
          .type(InnovationType.DIGITAL)
          .form(InnovationForm.PUBLIC_SERVICE)
          .initiator(Initiator.CIVIL_SERVANT)
          .stage(Stage.IMPLEMENTATION)
          .theme(Theme.DIGITAL_GOVERNMENT_SERVICES)
          .mainAffair(GovernmentAffair.HEALTH)
          .addOtherAffairs(GovernmentAffair.COMMUNICATION_AND_INFORMATICS)
          .trialDate(LocalDate.of(2023, 1, 9))
          .implementationDate(LocalDate.of(2023, 7, 1))
          .renewalDate(LocalDate.of(2025, 2, 3))
          .design("Antrean daring \"tanpa kertas\" dengan notifikasi WhatsApp.")
          .objective("Mengurangi waktu tunggu.")
          .benefits("Waktu tunggu turun dari 90 menjadi 20 menit.")
          .results("12.000 pasien per tahun.")
          .addInnovators(Innovator.builder().name("dr. Ayu").agencyId("pkm-sukorejo").role("Kepala").contact("ayu@example.go.id").build())
          .budgetDocument(Document.builder().title("DPA 2024").date(LocalDate.of(2024, 1, 2)).build())
          .businessProfile(Document.builder().title("Profil bisnis").link(URI.create("https://example.go.id/p.pdf")).build())
          .addReplications(Replication.builder().region(RegionCode.parse("35.05")).date(LocalDate.of(2024, 5, 1)).evidence(SK).build())
          .covidRelated(false)
          .classification("Layanan kesehatan")
          .coordinates(Coordinates.of(-8.0983, 112.1681))
          .addAstaCitaTags("4")
          .addPkpnTags("kesehatan")
          .build();

  static final Innovation MINIMAL =
      Innovation.builder()
          .id("inv-002")
          .name("Gerakan literasi desa")
          .type(InnovationType.NON_DIGITAL)
          .form(InnovationForm.OTHER)
          .initiator(Initiator.COMMUNITY)
          .stage(Stage.INITIATION)
          .mainAffair(GovernmentAffair.LIBRARIES)
          .build();

  static final Assessment ASSESSMENT =
      Assessment.builder()
          .region(BLITAR)
          .editionId("iid-2026")
          .addAgencies(DINKES, PUSKESMAS)
          .addRegionAnswers(Answer.builder().indicatorCode("1").claimedLevel(3).addEvidence(SK).verifiedLevel(2).verifierNote("SK tahun lalu").build())
          .addRegionAnswers(Answer.builder().indicatorCode("2a").build())
          .addInnovations(
              ReportedInnovation.of(
                  SI_CANTIK,
                  List.of(
                      Answer.of("16", 3),
                      Answer.builder().indicatorCode("33").claimedLevel(2).basis("a").addEvidence(Evidence.of(EvidenceKind.SURVEY, "Survei kepuasan 2024")).build())))
          .addInnovations(ReportedInnovation.of(MINIMAL, List.of()))
          .build();

  static final Indicator KEMANFAATAN =
      Indicator.builder()
          .code("33")
          .number(33)
          .aspect(Aspect.SID)
          .name(Label.of("Kemanfaatan inovasi", "Benefit of the innovation"))
          .variable(Label.of("Jumlah pengguna", "Number of users"))
          .weight(new BigDecimal("3.00"))
          .mandatory(true)
          .addLevels(levels())
          .addBases(
              MeasurementBasis.builder()
                  .code("a")
                  .name(Label.of("Peningkatan kepuasan", "Higher satisfaction"))
                  .addLevels(levels())
                  .build())
          .definition(Label.of("Manfaat bagi masyarakat", "Benefit to the public"))
          .expectedEvidence(Label.of("Laporan survei", "Survey report"))
          .build();

  private static IndicatorLevel[] levels() {
    return new IndicatorLevel[] {
      IndicatorLevel.of(1, Label.of("Rendah", "Low")),
      IndicatorLevel.of(2, Label.of("Sedang", "Medium")),
      IndicatorLevel.of(3, Label.of("Tinggi", "High"))
    };
  }

  static String of(JsonKind<?> kind) {
    InovasiJson json = InovasiJson.create();
    switch (kind.id()) {
      case "regions":
        return json.writeString(JsonKind.REGIONS, List.of(BLITAR, ROTE_NDAO));
      case "agencies":
        return json.writeString(JsonKind.AGENCIES, List.of(DINKES, PUSKESMAS));
      case "innovations":
        return json.writeString(JsonKind.INNOVATIONS, List.of(SI_CANTIK, MINIMAL));
      case "indicators":
        return json.writeString(JsonKind.INDICATORS, List.of(KEMANFAATAN));
      case "assessment":
        return json.writeString(JsonKind.ASSESSMENT, List.of(ASSESSMENT));
      case "assessments":
        return json.writeString(JsonKind.ASSESSMENTS, List.of(ASSESSMENT, ASSESSMENT.withEditionId("iid-2027")));
      default:
        throw new IllegalArgumentException("no sample for " + kind);
    }
  }
}
