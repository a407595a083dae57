package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds assessments for scoring tests. */
final class Fixtures {
  static final Region REGION = Region.builder()
      .code(RegionCode.parse("35.72")).name("KOTA BLITAR").level(RegionLevel.KOTA).build();
  static final Evidence EVIDENCE = Evidence.of(EvidenceKind.DECREE, "SK Wali Kota");
  static final String DESIGN_300 = "kata ".repeat(300).trim();

  private Fixtures() {}

  static GovernmentAffair basicService(int i) {
    return GovernmentAffair.basicServices().asList().get(i);
  }

  /** An innovation that counts in 2026 (implemented 2025-03-01, 300 words, in penerapan). */
  static Innovation innovation(String id, GovernmentAffair affair) {
    return Innovation.builder()
        .id(id)
        .name("Inovasi " + id)
        .type(InnovationType.DIGITAL)
        .form(InnovationForm.PUBLIC_SERVICE)
        .initiator(Initiator.AGENCY)
        .stage(Stage.IMPLEMENTATION)
        .mainAffair(affair)
        .implementationDate(LocalDate.of(2025, 3, 1))
        .design(DESIGN_300)
        .build();
  }

  static Answer answer(Indicator indicator, int level) {
    Answer.Builder b = Answer.builder().indicatorCode(indicator.code()).claimedLevel(level).addEvidence(EVIDENCE);
    if (!indicator.bases().isEmpty()) {
      b.basis(indicator.bases().get(0).code());
    }
    return b.build();
  }

  /** Answers at one level for every indicator, with levels overridden by code. */
  static List<Answer> answers(List<Indicator> catalogue, int level, Map<String, Integer> overrides) {
    List<Answer> out = new ArrayList<>();
    for (Indicator indicator : catalogue) {
      int l = overrides.getOrDefault(indicator.code(), level);
      if (l > 0) {
        out.add(answer(indicator, l));
      }
    }
    return out;
  }

  /** SPD 40 in 2026: every row at level 2 (42) except row 15 (weight 1) unanswered. */
  static List<Answer> spd40(IidEdition e) {
    return answers(e.spdIndicators(), 2, Map.of("15", 0));
  }

  /** SID sum 80 in 2026: every indicator at level 2 (74), 35 and 17 at level 3 (+4 +2). */
  static List<Answer> sid80(IidEdition e) {
    return answers(e.sidIndicators(), 2, Map.of("35", 3, "17", 3));
  }

  /** SID sum 70 in 2026: every indicator at level 2 (74), 35 at level 1 (-4). */
  static List<Answer> sid70(IidEdition e) {
    return answers(e.sidIndicators(), 2, Map.of("35", 1));
  }

  /** n innovations with SID sum 80, the first {@code affairs} in distinct basic-service affairs. */
  static Assessment worked(IidEdition e, int n, int affairs) {
    return worked(e, n, affairs, sid80(e));
  }

  /** n innovations with the given SID answers, the first {@code affairs} in distinct basic-service affairs. */
  static Assessment worked(IidEdition e, int n, int affairs, List<Answer> sid) {
    Assessment.Builder b = Assessment.builder().region(REGION).editionId(e.id()).regionAnswers(spd40(e));
    for (int j = 0; j < n; j++) {
      GovernmentAffair affair = j < affairs ? basicService(j) : GovernmentAffair.LABOUR;
      b.addInnovations(ReportedInnovation.of(innovation("inv-" + j, affair), sid));
    }
    return b.build();
  }
}
