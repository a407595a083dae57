package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code inovasi plan} with effort profiles, locks and a budget. */
final class PlanCommandTest {
  private static final String SAMPLE = "../docs/samples/rote-ndao-2026.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MACRO_ROWS =
      List.of("3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b");

  private static JsonNode plan(String... options) throws IOException {
    String[] args = new String[options.length + 2];
    args[0] = "plan";
    args[1] = SAMPLE;
    System.arraycopy(options, 0, args, 2, options.length);
    CommandRun run = CommandRun.of(args);
    assertThat(run.exitCode).as(run.err).isZero();
    return JSON.readTree(run.out);
  }

  private static boolean touches(JsonNode doc, String section, String row) {
    for (JsonNode a : doc.get(section)) {
      if (!a.has("innovation") && a.has("indicator") && a.get("indicator").asText().equals(row)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void bundledProfile_locksTheMacroRows_andUnlockGivesOneBack() throws IOException {
    JsonNode locked = plan("--rating", "INOVATIF", "--effort", "bundled", "--candidates", "500", "--json");
    JsonNode unlocked = plan("--rating", "INOVATIF", "--effort", "bundled", "--unlock", "4", "--candidates", "500", "--json");

    assertThat(locked.get("reachable").asBoolean()).isTrue();
    assertThat(MACRO_ROWS).noneMatch(r -> touches(locked, "actions", r) || touches(locked, "candidates", r));
    assertThat(touches(unlocked, "candidates", "4")).isTrue();
  }

  @Test
  void lock_keepsARowOutOfThePlan() throws IOException {
    JsonNode doc = plan("--rating", "INOVATIF", "--lock", "12", "--candidates", "500", "--json");

    assertThat(touches(doc, "actions", "12") || touches(doc, "candidates", "12")).isFalse();
  }

  @Test
  void budget_isNeverExceeded() throws IOException {
    JsonNode doc = plan("--rating", "SANGAT_INOVATIF", "--budget", "5", "--json");

    assertThat(doc.get("budget").asInt()).isEqualTo(5);
    assertThat(doc.get("effort").asInt()).isBetween(1, 5);
    assertThat(doc.get("reachable").asBoolean()).isFalse();
    assertThat(doc.get("resultingIid").decimalValue()).isGreaterThan(doc.get("currentIid").decimalValue());
  }

  @Test
  void unknownCode_isRefusedInBothLanguages() {
    CommandRun run = CommandRun.of("plan", SAMPLE, "--rating", "INOVATIF", "--lock", "99");

    assertThat(run.exitCode).isNotZero();
    assertThat(run.err).contains("bukan baris SPD").contains("is not an SPD row");
  }

  @Test
  void verified_plansFromTheVerifiedIid() throws IOException {
    JsonNode claimed = plan("--rating", "INOVATIF", "--json");
    JsonNode verified = plan("--rating", "INOVATIF", "--verified", "--json");

    assertThat(claimed.get("basis").asText()).isEqualTo("CLAIMED");
    assertThat(verified.get("basis").asText()).isEqualTo("VERIFIED");
    assertThat(verified.get("currentIid").decimalValue()).isLessThanOrEqualTo(claimed.get("currentIid").decimalValue());
    assertThat(verified.get("reachable").asBoolean()).isTrue();
    assertThat(verified.get("effort").asInt()).isGreaterThanOrEqualTo(claimed.get("effort").asInt());
  }
}
