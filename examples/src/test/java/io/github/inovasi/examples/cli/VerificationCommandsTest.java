package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What score, explain and editions tell those who verify: evidence, verification, exact figures. */
final class VerificationCommandsTest {
  private static final String SAMPLE = "../docs/samples/rote-ndao-2026.json";
  private static final String EDITION_2026 =
      "../innovation-scoring/src/main/resources/io/github/inovasi/scoring/iid/editions/iid-2026.json";

  @Test
  void score_printsTheSidAverageAtTwoDecimals_andCountsAnswersWithoutEvidence() {
    CommandRun run = CommandRun.of("score", SAMPLE);

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains(" 24.58 ").doesNotContain("24.583333");
    assertThat(run.err).contains("of KABUPATEN ROTE NDAO scored 0 for want of evidence");
  }

  @Test
  void score_json_givesTheAnswersWithoutEvidence() throws IOException {
    JsonNode rows = new ObjectMapper().readTree(CommandRun.of("score", SAMPLE, "--json").out);

    assertThat(rows.get(0).get("answersWithoutEvidence").asInt()).isPositive();
  }

  @Test
  void score_verified_rejectedInnovationsOpenNoAffairAndEarnNoCount() {
    CommandRun run = CommandRun.of("score", SAMPLE, "--verified");

    // rote-007, -008, -009 and -011 are not verified yet: 5 count, 3 affairs
    assertThat(run.out).contains("16.47").contains(" 13.67 ").contains("3/6 (gate closed)");
  }

  @Test
  void explain_compareVerified_namesTheInnovationsThatStopCounting() {
    CommandRun run = CommandRun.of("explain", SAMPLE, "--compare-verified");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Claimed 22.60, verified 16.47 (-6.13)")
        .contains("Innovations that stop counting on verification")
        .contains("rote-008     Mandatory indicator 16 (Regional innovation regulation) is not verified yet");
    assertThat(run.out.lines().filter(l -> l.startsWith("Claimed 22.60"))).hasSize(1);
  }

  @Test
  void editionsFile_printsBandEdgesAtTheEditionsScale() {
    CommandRun run = CommandRun.of("editions", "--file", EDITION_2026);

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("0.01–40.00 Kurang Inovatif").doesNotContain("–40.0 ");
  }

  @Test
  void validate_withAnEdition_runsItsEligibilityAndEvidenceChecks() {
    CommandRun run = CommandRun.of("validate", SAMPLE, "--edition", "iid-2026");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("WARNING OUTSIDE_WINDOW").contains("WARNING DESIGN_TOO_SHORT")
        .contains("WARNING NO_EVIDENCE").contains("without evidence; it scores 0").contains("under iid-2026");
    assertThat(CommandRun.of("validate", SAMPLE).out).doesNotContain("NO_EVIDENCE");
  }
}
