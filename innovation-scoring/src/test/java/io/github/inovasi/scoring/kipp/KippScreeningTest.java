package io.github.inovasi.scoring.kipp;

import static io.github.inovasi.scoring.kipp.KippFixtures.proposal;
import static io.github.inovasi.scoring.kipp.KippFixtures.year2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class KippScreeningTest {

  private static ProposalScreening screenOne(KippProposal p) {
    return KippScreening.of(year2022()).screen(List.of(p)).proposals().get(0);
  }

  @Test
  void aCompleteProposal_passes() {
    ProposalScreening s = screenOne(proposal("a").build());
    assertThat(s.passed()).isTrue();
    assertThat(s.reasons()).isEmpty();
  }

  @Test
  void tooYoung_countedBackFromTheRegistrationDeadline() {
    // Two years before 2022-06-30 is 2020-06-30: that day passes, the day after does not.
    assertThat(screenOne(proposal("a").implementationStart(LocalDate.of(2020, 6, 30)).build()).passed()).isTrue();
    ProposalScreening s = screenOne(proposal("a").implementationStart(LocalDate.of(2020, 7, 1)).build());
    assertThat(s.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(KippScreening.TOO_YOUNG);
      assertThat(r.location().path()).isEqualTo("proposals[0].implementationStart");
      assertThat(r.expected()).contains("implemented on or before 2020-06-30");
      assertThat(r.message().indonesian()).contains("2 tahun");
    });
  }

  @Test
  void missingSection_locatedAtTheSection() {
    KippProposal full = proposal("a").build();
    java.util.Map<String, String> sections = new java.util.LinkedHashMap<>(full.sections());
    sections.remove("signifikansi");
    ProposalScreening s = screenOne(KippProposal.builder().from(full).sections(sections).build());
    assertThat(s.reasons()).extracting(Problem::code, r -> r.location().path())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(KippScreening.MISSING_SECTION, "proposals[0].sections.signifikansi"));
  }

  @Test
  void overLongSection_namesTheLimitAndTheCount() {
    ProposalScreening s = screenOne(KippFixtures.section(proposal("a"), "ringkasan", "kata ".repeat(201)));
    assertThat(s.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(KippScreening.SECTION_TOO_LONG);
      assertThat(r.expected()).contains("at most 200 words");
      assertThat(r.found()).contains("201 words");
    });
    assertThat(screenOne(KippFixtures.section(proposal("a"), "ringkasan", "kata ".repeat(200))).passed()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "-", "Tidak ada", "n/a", "...", "xxxxxx", "Lorem ipsum dolor sit amet", "12345"})
  void emptyOrPlaceholderAnswer_isRejected(String text) {
    ProposalScreening s = screenOne(KippFixtures.section(proposal("a"), "kebaruan", text));
    assertThat(s.reasons()).extracting(Problem::code).containsExactly(KippScreening.EMPTY_ANSWER);
    assertThat(s.reasons().get(0).location().path()).isEqualTo("proposals[0].sections.kebaruan");
  }

  @Test
  void sameTitleOnSeveralProposals_rejectsEachAndNamesTheOthers() {
    ScreeningResult r = KippScreening.of(year2022()).screen(List.of(
        proposal("a").title("SEHATI").build(), proposal("b").build(), proposal("c").title("  sehati ").build()));
    assertThat(r.rejected()).extracting(p -> p.proposal().id()).containsExactly("a", "c");
    assertThat(r.proposals().get(0).reasons().get(0).message().english()).endsWith(": c");
    assertThat(r.proposals().get(2).reasons().get(0).code()).isEqualTo(KippScreening.DUPLICATE_TITLE);
  }

  @Test
  void quotaExceeded_theProposalsAfterTheQuotaFallOutside_inTheInstitutionsOrder() {
    ScreeningResult r = KippScreening.of(year2022()).screen(List.of(
        proposal("a").build(), proposal("b").build(),
        proposal("x").institution("Pemerintah Kota Kupang").build(),
        proposal("c").build(), proposal("d").build(), proposal("e").build()));
    assertThat(r.passed()).extracting(KippProposal::id).containsExactly("a", "b", "x", "c");
    assertThat(r.rejected()).extracting(p -> p.proposal().id()).containsExactly("d", "e");
    Problem d = r.rejected().get(0).reasons().get(0);
    assertThat(d.code()).isEqualTo(KippScreening.QUOTA_EXCEEDED);
    assertThat(d.message().english()).contains("no. 4").contains("quota 3").contains("a, b, c");
  }

  @Test
  void quota_aProposalRejectedForAnotherReasonTakesNoPlace() {
    ScreeningResult r = KippScreening.of(year2022()).screen(List.of(
        proposal("a").implementationStart(LocalDate.of(2022, 1, 1)).build(),
        proposal("b").build(), proposal("c").build(), proposal("d").build()));
    assertThat(r.passed()).extracting(KippProposal::id).containsExactly("b", "c", "d");
  }

  @Test
  void quota_theSpecialGroupHasNone() {
    List<KippProposal> many = java.util.stream.IntStream.range(0, 5)
        .mapToObj(i -> proposal("k" + i).group(KippGroup.SPECIAL).build()).toList();
    assertThat(KippScreening.of(year2022()).screen(many).rejected()).isEmpty();
  }

  @Test
  void groupNotOpen_replicationIn2022() {
    ProposalScreening s = screenOne(proposal("a").group(KippGroup.REPLICATION).replicates("SIPANDU").build());
    assertThat(s.reasons()).extracting(Problem::code).containsExactly(KippScreening.GROUP_NOT_OPEN);
  }

  @Test
  void replicationWithoutTheReplicatedInnovation_isRejected() {
    KippYear y = KippYear.bundled(2021).withDeadline(LocalDate.of(2021, 5, 11));
    ProposalScreening s = KippScreening.of(y).skipping(KippElement.SECTIONS, KippElement.CATEGORIES)
        .screen(List.of(proposal("a").group(KippGroup.REPLICATION).build()))
        .proposals().get(0);
    assertThat(s.reasons()).extracting(Problem::code).containsExactly(KippScreening.MISSING_REPLICATED);
  }

  @Test
  void unknownCategory_isRejected_andAnUnknownSectionWarned() {
    ProposalScreening s = screenOne(KippFixtures.section(proposal("a").category("kesehatan"), "pelajaran", "Banyak pelajaran."));
    assertThat(s.reasons()).extracting(Problem::code, Problem::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple(KippScreening.UNKNOWN_CATEGORY, Problem.Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple(KippScreening.UNKNOWN_SECTION, Problem.Severity.WARNING));
  }

  @Test
  void unknownRules_askTheUser_unlessTheCheckIsSkippedOutright() {
    assertThatThrownBy(() -> KippScreening.of(KippYear.bundled(2022)).screen(List.of()))
        .isInstanceOfSatisfying(IncompleteKippYearException.class, e -> assertThat(e.missing())
            .containsExactly(KippElement.MINIMUM_AGE, KippElement.REGISTRATION_DEADLINE, KippElement.QUOTAS));
    ScreeningResult r = KippScreening.of(KippYear.bundled(2022))
        .skipping(KippElement.MINIMUM_AGE, KippElement.QUOTAS).screen(List.of(proposal("a").build()));
    assertThat(r.skipped()).containsExactlyInAnyOrder(KippElement.MINIMUM_AGE, KippElement.REGISTRATION_DEADLINE,
        KippElement.QUOTAS);
    assertThat(r.passed()).hasSize(1);
  }
}
