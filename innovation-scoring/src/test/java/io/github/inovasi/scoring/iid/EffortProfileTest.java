package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.Rating;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EffortProfileTest {
  private static final IidEdition E2026 = IidEdition.bundled("iid-2026");
  private static final List<String> MACRO_ROWS =
      List.of("3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b");

  private static String bundledText() throws IOException {
    try (InputStream in = EffortProfile.class.getResourceAsStream("effort/default.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Problem> problemsOf(Path dir, String json) throws IOException {
    Path file = dir.resolve("effort.json");
    Files.writeString(file, json);
    try {
      EffortProfile.read(file);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void bundled_isProvisionalAndLocksTheOutcomeRows() {
    EffortProfile p = EffortProfile.bundled();

    assertThat(p.provenance().status()).isEqualTo(ProvenanceStatus.PROVISIONAL);
    assertThat(p.lockedSpdRows()).containsExactlyInAnyOrderElementsOf(MACRO_ROWS);
    assertThat(p.spdCosts().values()).allSatisfy(c -> assertThat(c.provenance().status()).isEqualTo(ProvenanceStatus.PROVISIONAL));
    assertThat(p.sidCosts().values()).allSatisfy(c -> assertThat(c.provenance().note()).isPresent());
    // a new innovation costs more than one document
    assertThat(p.defaults().perInnovation()).isGreaterThan(p.defaults().perEvidence());
    // every row the profile names is a row of the edition
    assertThat(E2026.spdIndicators()).extracting(i -> i.code()).containsAll(p.spdCosts().keySet());
    assertThat(E2026.sidIndicators()).extracting(i -> i.code()).containsAll(p.sidCosts().keySet());
  }

  @Test
  void userLocks_overrideTheProfile() {
    EffortProfile p = EffortProfile.bundled().withUnlocked("9").withLocked("12").withLocked("16");

    assertThat(p.locked(true, "9")).isFalse();
    assertThat(p.locked(true, "12")).isTrue();
    assertThat(p.locked(false, "16")).isTrue();
    assertThat(p.locked(true, "4")).isTrue();
    assertThat(EffortProfile.uniform(Effort.standard()).lockedSpdRows()).isEmpty();
  }

  @Test
  void read_userFile_givesTheSameProfileAsTheBundle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, bundledText().replace("\"perInnovation\": 10", "\"perInnovation\": 25"));

    EffortProfile p = EffortProfile.read(file);

    assertThat(p.defaults().perInnovation()).isEqualTo(25);
    assertThat(p.lockedSpdRows()).isEqualTo(EffortProfile.bundled().lockedSpdRows());
    assertThat(p.sidCosts()).isEqualTo(EffortProfile.bundled().sidCosts());
  }

  @Test
  void read_editedFile_reportsEveryProblemWithItsLocationInBothLanguages(@TempDir Path dir) throws IOException {
    String json = bundledText()
        .replace("\"perLevel\": 3,", "\"perLevel\": 0,")
        .replace("\"code\": \"5b\"", "\"code\": \"5a\"")
        .replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"costs\": 1,")
        .replaceFirst("\"locked\": true", "\"locked\": \"ya\"");

    List<Problem> problems = problemsOf(dir, json);

    assertThat(problems).extracting(Problem::code)
        .contains("OUT_OF_RANGE", "DUPLICATE_CODE", "UNKNOWN_FIELD", "WRONG_TYPE");
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.location().source().orElseThrow()).endsWith("effort.json");
      assertThat(p.location().line()).isPresent();
      assertThat(p.message().indonesian()).isNotBlank();
      assertThat(p.message().english()).isNotBlank();
    });
    Problem level = problems.stream().filter(p -> p.code().equals("OUT_OF_RANGE")).findFirst().orElseThrow();
    assertThat(level.location().path()).isEqualTo("/sid/0/perLevel");
    Problem locked = problems.stream().filter(p -> p.code().equals("WRONG_TYPE")).findFirst().orElseThrow();
    assertThat(locked.location().path()).isEqualTo("/spd/0/locked");
  }

  @Test
  void read_rowWithoutProvenance_isAProblem(@TempDir Path dir) throws IOException {
    String json = bundledText().replaceFirst(
        "\"locked\": true,\\s*\"provenance\": \\{[^}]*\\}", "\"locked\": true");

    assertThat(problemsOf(dir, json)).extracting(Problem::code).contains("MISSING_FIELD");
  }

  @Test
  void plan_withTheBundledProfile_neverTouchesAMacroRow() {
    Assessment a = Fixtures.worked(E2026, 8, 5);   // 38.55, SPD rows at level 2 or less

    ImprovementPlan plan = ImprovementPlanner.of(E2026).withEffortProfile(EffortProfile.bundled())
        .plan(a, Target.rating(Rating.INNOVATIVE));

    assertThat(plan.reachable()).isTrue();
    assertThat(plan.actions()).isNotEmpty();
    assertThat(plan.actions()).noneMatch(x -> x.innovationId().isEmpty()
        && x.indicatorCode().map(MACRO_ROWS::contains).orElse(false));
    assertThat(plan.candidates()).noneMatch(x -> x.innovationId().isEmpty()
        && x.indicatorCode().map(MACRO_ROWS::contains).orElse(false));
    assertThat(plan.effort()).isEqualTo(plan.actions().stream().mapToInt(PlanAction::effort).sum());
  }
}
