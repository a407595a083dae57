package io.github.inovasi.scoring.kipp;

import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.KippProposal;
import java.time.LocalDate;

/** Proposals and years for the KIPP tests. */
final class KippFixtures {
  static final LocalDate DEADLINE_2022 = LocalDate.of(2022, 6, 30);

  private KippFixtures() {}

  /** A 2022-form proposal that passes every rule of {@link #year2022()}. */
  static KippProposal.Builder proposal(String id) {
    KippProposal.Builder b = KippProposal.builder().id(id).institution("Pemerintah Kabupaten Rote Ndao")
        .group(KippGroup.GENERAL).category("pelayanan_inklusif").title("Inovasi " + id)
        .implementationStart(LocalDate.of(2019, 1, 2)).addSdgs(3);
    for (KippSection s : KippYear.bundled(2022).sections()) {
      b.putSection(s.code(), "Layanan terpadu untuk ibu dan anak di desa terpencil.");
    }
    return b;
  }

  /** Returns the proposal with one section's text replaced or added. */
  static KippProposal section(KippProposal.Builder b, String code, String text) {
    KippProposal p = b.build();
    java.util.Map<String, String> sections = new java.util.LinkedHashMap<>(p.sections());
    sections.put(code, text);
    return KippProposal.builder().from(p).sections(sections).build();
  }

  /** KIPP 2022 with the unknown rules supplied: 2 years for both groups, 3 general proposals each. */
  static KippYear year2022() {
    return KippYear.bundled(2022).withDeadline(DEADLINE_2022)
        .withMinimumAge(java.util.Map.of(KippGroup.GENERAL, java.time.Period.ofYears(2),
            KippGroup.SPECIAL, java.time.Period.ofYears(2)))
        .withQuotaPerInstitution(java.util.Map.of(KippGroup.GENERAL, 3));
  }
}
