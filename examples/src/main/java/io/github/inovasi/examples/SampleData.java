package io.github.inovasi.examples;

import io.github.inovasi.model.Agency;
import io.github.inovasi.model.AgencyKind;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Document;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.Innovator;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.Replication;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.Theme;
import io.github.inovasi.model.reference.RegionDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small sample report, shaped like a real one: Kabupaten Rote Ndao (53.14, Nusa Tenggara
 * Timur) in the IID 2026 edition, with 12 innovations across the six basic-service affairs
 * and several stages, answers to the 20 SPD rows and to SID indicators 16 to 35 for each
 * innovation, some with evidence and verified levels.
 *
 * <p>The region and its flags are real (from the bundled Kemendagri list); the agencies,
 * innovations, answers and documents are <em>illustrative</em>, invented for the example.
 * The data is built deterministically, so every run prints the same summary.
 */
public final class SampleData {
  /** The region of the sample: Kabupaten Rote Ndao. */
  public static final RegionCode ROTE_NDAO = RegionCode.parse("53.14");

  /** The edition the sample answers. */
  public static final String EDITION = "iid-2026";

  /** The 20 SPD scoring rows of the 2026 edition. */
  public static final List<String> SPD_ROWS = List.of("1", "2a", "2b", "3", "4", "5a", "5b", "6", "7",
      "8", "9", "10a", "10b", "11a", "11b", "12", "13a", "13b", "14", "15");

  private static final int[] SPD_LEVELS = {3, 2, 2, 2, 1, 2, 1, 2, 2, 3, 2, 2, 1, 2, 1, 2, 1, 2, 1, 2};

  private SampleData() {}

  /**
   * Returns the sample assessment of Kabupaten Rote Ndao.
   *
   * @return the assessment
   */
  public static Assessment roteNdao() {
    Assessment.Builder assessment = Assessment.builder()
        .region(RegionDirectory.kemendagri().get(ROTE_NDAO))
        .editionId(EDITION)
        .agencies(agencies());
    for (int i = 0; i < SPD_ROWS.size(); i++) {
      Answer.Builder answer = Answer.builder().indicatorCode(SPD_ROWS.get(i)).claimedLevel(SPD_LEVELS[i]);
      if (i % 3 != 2) {
        answer.addEvidence(Evidence.builder().kind(i % 2 == 0 ? EvidenceKind.DECREE : EvidenceKind.REPORT)
            .number("050/" + (101 + i) + "/BAPPEDA/2025").date(LocalDate.of(2025, 2, 3 + i))
            .title("Bukti dukung indikator SPD " + SPD_ROWS.get(i)).build());
        answer.verifiedLevel(i == 4 ? SPD_LEVELS[i] - 1 : SPD_LEVELS[i]);
      }
      assessment.addRegionAnswer(answer.build());
    }
    List<Innovation> innovations = innovations();
    for (int i = 0; i < innovations.size(); i++) {
      assessment.addInnovation(ReportedInnovation.of(innovations.get(i), sidAnswers(i, innovations.get(i))));
    }
    return assessment.build();
  }

  private static List<Agency> agencies() {
    List<Agency> agencies = new ArrayList<>();
    agencies.add(agency("dikbud", "Dinas Pendidikan dan Kebudayaan", AgencyKind.REGIONAL_AGENCY, null));
    agencies.add(agency("dinkes", "Dinas Kesehatan", AgencyKind.REGIONAL_AGENCY, null));
    agencies.add(agency("pkm-baa", "Puskesmas Ba'a", AgencyKind.HEALTH_CENTRE, "dinkes"));
    agencies.add(agency("rsud-baa", "RSUD Ba'a", AgencyKind.HOSPITAL, "dinkes"));
    agencies.add(agency("pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", AgencyKind.REGIONAL_AGENCY, null));
    agencies.add(agency("perkim", "Dinas Perumahan Rakyat dan Kawasan Permukiman", AgencyKind.REGIONAL_AGENCY, null));
    agencies.add(agency("satpolpp", "Satuan Polisi Pamong Praja", AgencyKind.REGIONAL_AGENCY, null));
    agencies.add(agency("dinsos", "Dinas Sosial", AgencyKind.REGIONAL_AGENCY, null));
    agencies.add(agency("distan", "Dinas Pertanian", AgencyKind.REGIONAL_AGENCY, null));
    agencies.add(agency("dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", AgencyKind.REGIONAL_AGENCY, null));
    agencies.add(agency("sdn-1-baa", "SD Negeri 1 Ba'a", AgencyKind.SCHOOL, "dikbud"));
    agencies.add(agency("kec-lobalain", "Kecamatan Lobalain", AgencyKind.DISTRICT, null));
    agencies.add(agency("bappeda", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        AgencyKind.REGIONAL_AGENCY, null));
    return agencies;
  }

  private static Agency agency(String id, String name, AgencyKind kind, String parent) {
    Agency.Builder agency = Agency.builder().id(id).name(name).kind(kind).region(ROTE_NDAO);
    if (parent != null) {
      agency.parentId(parent);
    }
    return agency.build();
  }

  /** One row per innovation: id, name, agency, affair, stage, type, form, initiator, implementation. */
  private static List<Innovation> innovations() {
    List<Innovation> out = new ArrayList<>();
    out.add(innovation(1, "GEMAR BACA: Gerakan Membaca di Rumah dan Sekolah", "sdn-1-baa",
        GovernmentAffair.EDUCATION, Stage.IMPLEMENTATION, InnovationType.NON_DIGITAL,
        InnovationForm.PUBLIC_SERVICE, Initiator.CIVIL_SERVANT, LocalDate.of(2024, 2, 5), LocalDate.of(2024, 7, 15)));
    out.add(innovation(2, "SIGURU: Sistem Informasi Guru Rote", "dikbud", GovernmentAffair.EDUCATION,
        Stage.IMPLEMENTATION, InnovationType.DIGITAL, InnovationForm.GOVERNANCE, Initiator.AGENCY,
        LocalDate.of(2024, 5, 2), LocalDate.of(2024, 10, 1)));
    out.add(innovation(3, "SEHATI: Sehat Ibu dan Anak Terpadu", "pkm-baa", GovernmentAffair.HEALTH,
        Stage.IMPLEMENTATION, InnovationType.NON_DIGITAL, InnovationForm.PUBLIC_SERVICE, Initiator.CIVIL_SERVANT,
        LocalDate.of(2023, 11, 6), LocalDate.of(2024, 3, 4)));
    out.add(innovation(4, "PERAHU SEHAT: Pelayanan Kesehatan Pulau Terluar", "dinkes", GovernmentAffair.HEALTH,
        Stage.IMPLEMENTATION, InnovationType.NON_DIGITAL, InnovationForm.PUBLIC_SERVICE, Initiator.REGIONAL_HEAD,
        LocalDate.of(2022, 3, 1), LocalDate.of(2022, 8, 17)));
    out.add(innovation(5, "ANTRI ONLINE RSUD Ba'a", "rsud-baa", GovernmentAffair.HEALTH, Stage.TRIAL,
        InnovationType.DIGITAL, InnovationForm.PUBLIC_SERVICE, Initiator.AGENCY, LocalDate.of(2025, 6, 2), null));
    out.add(innovation(6, "EMBUNG DESA: Pemanenan Air Hujan untuk Lahan Kering", "pupr",
        GovernmentAffair.PUBLIC_WORKS_AND_SPATIAL_PLANNING, Stage.IMPLEMENTATION, InnovationType.NON_DIGITAL,
        InnovationForm.OTHER, Initiator.AGENCY, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 9, 2)));
    out.add(innovation(7, "RUMAH LAYAK: Bedah Rumah Gotong Royong", "perkim",
        GovernmentAffair.HOUSING_AND_SETTLEMENTS, Stage.IMPLEMENTATION, InnovationType.NON_DIGITAL,
        InnovationForm.PUBLIC_SERVICE, Initiator.COUNCIL_MEMBER, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 1, 6)));
    out.add(innovation(8, "SIAGA PANTAI: Patroli Terpadu Pesisir", "satpolpp",
        GovernmentAffair.PUBLIC_ORDER_AND_COMMUNITY_PROTECTION, Stage.IMPLEMENTATION, InnovationType.DIGITAL,
        InnovationForm.PUBLIC_SERVICE, Initiator.AGENCY, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 12, 2)));
    out.add(innovation(9, "LANSIA BAHAGIA: Layanan Sosial Jemput Bola", "dinsos", GovernmentAffair.SOCIAL_AFFAIRS,
        Stage.IMPLEMENTATION, InnovationType.NON_DIGITAL, InnovationForm.PUBLIC_SERVICE, Initiator.COMMUNITY,
        LocalDate.of(2024, 2, 12), LocalDate.of(2024, 8, 5)));
    out.add(innovation(10, "DATA TERPADU SOSIAL Desa", "dinsos", GovernmentAffair.SOCIAL_AFFAIRS, Stage.TRIAL,
        InnovationType.DIGITAL, InnovationForm.GOVERNANCE, Initiator.CIVIL_SERVANT, LocalDate.of(2025, 3, 3), null));
    out.add(innovation(11, "LONTAR EMAS: Hilirisasi Gula Lontar", "distan", GovernmentAffair.AGRICULTURE,
        Stage.IMPLEMENTATION, InnovationType.NON_DIGITAL, InnovationForm.OTHER, Initiator.REGIONAL_HEAD,
        LocalDate.of(2024, 3, 11), LocalDate.of(2024, 11, 4)));
    out.add(innovation(12, "DUKCAPIL KELILING Pulau", "dukcapil", GovernmentAffair.CIVIL_REGISTRATION,
        Stage.INITIATION, InnovationType.DIGITAL, InnovationForm.PUBLIC_SERVICE, Initiator.AGENCY, null, null));
    return out;
  }

  private static Innovation innovation(int n, String name, String agencyId, GovernmentAffair affair, Stage stage,
      InnovationType type, InnovationForm form, Initiator initiator, LocalDate trial, LocalDate implementation) {
    String shortName = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
    Innovation.Builder innovation = Innovation.builder()
        .id(String.format("rote-%03d", n))
        .name(name)
        .agencyId(agencyId)
        .type(type)
        .form(form)
        .initiator(initiator)
        .stage(stage)
        .theme(n % 4 == 0 ? Theme.POVERTY_REDUCTION
            : type == InnovationType.DIGITAL ? Theme.DIGITAL_GOVERNMENT_SERVICES : Theme.NON_THEMATIC)
        .mainAffair(affair)
        .design(Narratives.design(shortName, affair, n == 10))
        .objective("Meningkatkan mutu dan jangkauan layanan " + affair.label().indonesian().toLowerCase()
            + " bagi warga Kabupaten Rote Ndao, termasuk di pulau-pulau kecil.")
        .benefits("Warga memperoleh layanan lebih cepat, lebih dekat dan lebih murah.")
        .addInnovator(Innovator.builder().name("Tim Inovasi " + shortName).agencyId(agencyId)
            .role("Pelaksana inovasi").build())
        .classification(type == InnovationType.DIGITAL ? "Inovasi digital" : "Inovasi non digital");
    if (affair == GovernmentAffair.HEALTH || affair == GovernmentAffair.SOCIAL_AFFAIRS) {
      innovation.addOtherAffair(GovernmentAffair.WOMEN_EMPOWERMENT_AND_CHILD_PROTECTION);
    }
    if (trial != null) {
      innovation.trialDate(trial);
    }
    if (implementation != null) {
      innovation.implementationDate(implementation)
          .results("Sejak penerapan, jumlah warga yang terlayani naik dan keluhan berkurang.")
          .budgetDocument(Document.builder().title("DPA " + agencyId.toUpperCase() + " " + implementation.getYear())
              .date(LocalDate.of(implementation.getYear(), 1, 15)).build());
    }
    if (n == 3 || n == 9) {
      innovation.addReplication(Replication.builder().region(RegionCode.parse("53.20"))
          .date(LocalDate.of(2025, 4, 14))
          .evidence(Evidence.builder().kind(EvidenceKind.AGREEMENT).number("PKS/" + n + "/2025")
              .title("Perjanjian kerja sama replikasi " + shortName).build())
          .build());
    }
    if (n == 11) {
      innovation.businessProfile(Document.of("Profil bisnis gula lontar Rote"));
    }
    return innovation.build();
  }

  /** SID answers 16 to 35: levels vary by innovation; the initiation-stage one is left mostly open. */
  private static List<Answer> sidAnswers(int index, Innovation innovation) {
    List<Answer> answers = new ArrayList<>();
    for (int number = 16; number <= 35; number++) {
      String code = String.valueOf(number);
      Answer.Builder answer = Answer.builder().indicatorCode(code);
      boolean open = innovation.stage() == Stage.INITIATION && number > 17;
      if (!open) {
        int level = 1 + (index * 7 + number * 3 + index * number) % 3;
        answer.claimedLevel(level);
        if (number == 33) {
          answer.basis(index % 3 == 0 ? "e" : "a");
        }
        boolean documented = number == 16 || number == 17 || number == 32 || number == 33 || number == 35
            || (index + number) % 4 == 0;
        if (documented) {
          answer.addEvidence(evidence(number, innovation));
          if (index < 6) {
            answer.verifiedLevel(number == 16 && index % 2 == 1 ? Math.max(0, level - 1) : level);
          }
        }
      }
      answers.add(answer.build());
    }
    return answers;
  }

  private static Evidence evidence(int number, Innovation innovation) {
    EvidenceKind kind = number == 16 ? EvidenceKind.DECREE
        : number == 35 ? EvidenceKind.VIDEO
        : number == 33 ? EvidenceKind.REPORT
        : EvidenceKind.ASSIGNMENT_LETTER;
    Evidence.Builder evidence = Evidence.builder().kind(kind)
        .title("Bukti indikator " + number + " " + innovation.id());
    innovation.implementationDate().or(innovation::trialDate).ifPresent(date ->
        evidence.date(date).number("188.45/" + number + "/" + date.getYear()));
    return evidence.build();
  }
}
