package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.table.BreakdownEntry;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.PlanEntry;
import io.github.inovasi.io.table.RankingEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: breakdowns, rankings and plans as .xlsx and CSV, and a printable report in either language. */
final class ResultFilesTest {
  private static final String SAMPLE = "../docs/samples/rote-ndao-2026.json";

  @TempDir Path dir;

  @Test
  void scoreAndRank_writeBreakdownsAndRankingsThatReadBack() throws IOException {
    Path breakdowns = dir.resolve("rincian.xlsx");
    CommandRun score = CommandRun.of("score", "--out", breakdowns.toString(), SAMPLE);
    assertThat(score.exitCode).as(score.err).isZero();
    List<BreakdownEntry> lines = new ArrayList<>();
    InovasiTables.create().readBreakdowns(breakdowns, lines::add).requireComplete();
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.toString()).contains("53.14"));
    Path rankings = dir.resolve("peringkat.csv");
    CommandRun rank = CommandRun.of("rank", "--out", rankings.toString(), SAMPLE);
    assertThat(rank.exitCode).as(rank.err).isZero();
    List<RankingEntry> rows = new ArrayList<>();
    InovasiTables.create().readRankings(rankings, rows::add).requireComplete();
    assertThat(rows).hasSize(1);
    assertThat(Files.readString(rankings)).contains("22.60");
    CommandRun again = CommandRun.of("rank", "--out", rankings.toString(), SAMPLE);
    assertThat(again.exitCode).isEqualTo(1);
    assertThat(again.err).contains("already exists");
    assertThat(CommandRun.of("score", "--out", dir.resolve("x.pdf").toString(), SAMPLE).err)
        .contains("Unknown output file extension");
  }

  @Test
  void plan_writesItsActionsAsXlsxOrCsvThatReadBack() throws IOException {
    for (String name : List.of("rencana.xlsx", "rencana.csv")) {
      Path file = dir.resolve(name);
      CommandRun plan = CommandRun.of("plan", "--rating", "INOVATIF", "--candidates", "3", "--out", file.toString(), SAMPLE);
      assertThat(plan.exitCode).as(plan.err).isZero();
      assertThat(plan.err).contains(name);
      List<PlanEntry> rows = new ArrayList<>();
      InovasiTables.create().readPlans(file, rows::add).requireComplete();
      assertThat(rows).filteredOn(r -> r.section() == PlanEntry.Section.CANDIDATE).hasSize(3);
      List<PlanEntry> steps = rows.stream().filter(r -> r.section() == PlanEntry.Section.PLAN).toList();
      assertThat(steps).isNotEmpty().allSatisfy(r -> {
        assertThat(r.region().value()).isEqualTo("53.14");
        assertThat(r.currentIndex()).isEqualByComparingTo("22.60");
        assertThat(r.resultingIndex()).isGreaterThanOrEqualTo(r.targetIndex());
      });
      assertThat(plan.out).contains(steps.get(0).action().description().english());
    }
    assertThat(CommandRun.of("plan", "--rating", "INOVATIF", "--out", SAMPLE, SAMPLE).exitCode).isEqualTo(1);
    assertThat(CommandRun.of("plan", "--rating", "INOVATIF", "--out", dir.resolve("rencana.txt").toString(), SAMPLE).err)
        .contains("Unknown output file extension");
  }

  @Test
  void report_isPrintableHtmlInIndonesianOrEnglish() throws IOException {
    Path id = dir.resolve("rapor.html");
    Path en = dir.resolve("report.html");
    assertThat(CommandRun.of("report", "--out", id.toString(), SAMPLE).exitCode).isZero();
    CommandRun english = CommandRun.of("report", "--lang", "en", "--rating", "INNOVATIVE", "--out", en.toString(), SAMPLE);
    assertThat(english.exitCode).as(english.err).isZero();
    String idHtml = Files.readString(id);
    String enHtml = Files.readString(en);
    assertThat(idHtml).startsWith("<!DOCTYPE html>").contains("lang=\"id\"").contains("22.60")
        .contains("Kurang Inovatif").contains("Poin yang hilang terbesar").contains("Rencana peningkatan")
        .contains("@media print");
    assertThat(enHtml).contains("lang=\"en\"").contains("22.60").contains("Less innovative").contains("Largest losses")
        .doesNotContain("Poin yang hilang");
  }
}
