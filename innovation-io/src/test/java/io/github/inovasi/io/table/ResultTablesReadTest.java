package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.YearOverYear;
import io.github.inovasi.scoring.iid.IidScore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class ResultTablesReadTest {
  private static final InovasiTables TABLES = InovasiTables.create();
  private static final List<ScoreResult> SCORES = scores();

  private static List<ScoreResult> scores() {
    try {
      Assessment sample =
          InovasiJson.create().read(Path.of("..", "docs", "samples", "rote-ndao-2026.json"), JsonKind.ASSESSMENT).get(0);
      return Stream.concat(
              Stream.of(sample),
              NationalDataSet.of(11).withInnovations(900).assessments().limit(5))
          .map(ScoringPolicies.standard().of("iid-2026")::score)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void rankings_writeThenReadGivesTheSameRowsAndExactIndex(TableFormat format, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("peringkat." + extension(format));
    List<RankingEntry> written = new ArrayList<>();
    try (RecordWriter<Ranking> w = TABLES.rankingWriter(Files.newOutputStream(file), format)) {
      for (Ranking r : Rankings.rankAll(SCORES).values()) {
        w.write(r);
        written.addAll(RankingEntry.of(r));
      }
    }
    List<RankingEntry> read = new ArrayList<>();
    ReadReport report = TABLES.readRankings(file, read::add);

    assertThat(report.problems()).isEmpty();
    assertThat(report.isComplete()).isTrue();
    assertThat(read).isEqualTo(written);
    assertThat(read).extracting(e -> e.index().toPlainString())
        .isEqualTo(written.stream().map(e -> e.index().toPlainString()).collect(Collectors.toList()));
    assertThat(TABLES.detect(file)).contains(TableKind.RANKINGS);
    assertThat(TABLES.validate(file).isComplete()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void breakdowns_writeThenReadGivesTheSameRows(TableFormat format, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("rincian." + extension(format));
    List<BreakdownEntry> written = new ArrayList<>();
    try (RecordWriter<IidScore> w = TABLES.breakdownWriter(Files.newOutputStream(file), format)) {
      for (ScoreResult s : SCORES) {
        w.write((IidScore) s);
        written.addAll(BreakdownEntry.of((IidScore) s));
      }
    }
    List<BreakdownEntry> read = new ArrayList<>();
    ReadReport report = TABLES.readBreakdowns(file, read::add);

    assertThat(report.problems()).isEmpty();
    assertThat(read).isEqualTo(written);
    assertThat(read).extracting(e -> e.earned().toPlainString())
        .isEqualTo(written.stream().map(e -> e.earned().toPlainString()).collect(Collectors.toList()));
    assertThat(TABLES.detect(file)).contains(TableKind.BREAKDOWNS);
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void rankings_entryWriterConvertsBetweenFormats(TableFormat format) throws IOException {
    Ranking ranking = Rankings.rank(SCORES, RankingCategory.national());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<RankingEntry> w = TABLES.rankingEntryWriter(out, format)) {
      for (RankingEntry e : RankingEntry.of(ranking)) {
        w.write(e);
      }
    }
    List<RankingEntry> read = new ArrayList<>();
    TABLES.readRankings(new ByteArrayInputStream(out.toByteArray()), "peringkat", format, read::add);

    assertThat(read).isEqualTo(RankingEntry.of(ranking));
  }

  @org.junit.jupiter.api.Test
  void rankings_lastYearsTableComparesWithThisYearsRanking() throws IOException {
    Ranking now = Rankings.rank(SCORES, RankingCategory.national());
    String lastYear =
        "kategori,peringkat,kode_wilayah,nama_wilayah,indeks,predikat,kebijakan\n"
            + now.entries().stream()
                .map(e -> "national," + (now.entries().size() + 1 - e.rank()) + "," + e.result().region().code() + ","
                    + e.result().region().name() + ",50.00,Inovatif,iid-2025")
                .collect(Collectors.joining("\n"));
    List<RankingEntry> rows = new ArrayList<>();
    TABLES.readRankings(bytes(lastYear), "2025.csv", TableFormat.CSV, rows::add);
    Ranking before = new Ranking(
        rows.get(0).category(),
        rows.stream().map(r -> r.toRankingEntry(now.entry(r.region()).orElseThrow().result().region()))
            .collect(com.google.common.collect.ImmutableList.toImmutableList()));
    Ranking.Entry top = now.entries().get(0);

    YearOverYear change = Rankings.compare(before, now, top.result().region().code());

    assertThat(change.previous().result().index()).isEqualByComparingTo(new BigDecimal("50.00"));
    assertThat(change.rankChange()).isEqualTo(now.entries().size() - 1);
    assertThat(change.indexChange()).isEqualByComparingTo(top.result().index().subtract(new BigDecimal("50.00")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kategori,kode_wilayah,nama_wilayah,indeks,predikat,kebijakan|national,53.01,Kab. Kupang,71.20,Inovatif,iid-2026|MISSING_COLUMN|1|peringkat",
        "kategori,peringkat,kode_wilayah,nama_wilayah,indeks,predikat,kebijakan|national,1,53.01,Kab. Kupang,71,2,Inovatif,iid-2026|EXTRA_CELLS|2|kategori",
        "kategori,peringkat,kode_wilayah,nama_wilayah,indeks,predikat,kebijakan|national,1,53.01,Kab. Kupang,tujuh,Inovatif,iid-2026|INVALID_NUMBER|2|indeks",
        "category,rank,region_code,region_name,index,rating,policy|national,1,53.01,Kab. Kupang,71.20,Luar Biasa,iid-2026|UNKNOWN_CODE|2|rating",
        "category,rank,region_code,region_name,index,rating,policy|nusantara,1,53.01,Kab. Kupang,71.20,Inovatif,iid-2026|UNKNOWN_CODE|2|category",
        "kategori,peringkat,kode_wilayah,nama_wilayah,indeks,predikat,kebijakan|national,0,53.01,Kab. Kupang,71.20,Inovatif,iid-2026|INVALID_NUMBER|2|peringkat",
        "kategori,peringkat,kode_wilayah,nama_wilayah,indeks,predikat,kebijakan|national,1,53.01,=HYPERLINK(\"x\"),71.20,Inovatif,iid-2026|FORMULA_IN_CELL|2|nama_wilayah",
      })
  void rankings_badTableReportsALocatedProblem(String header, String row, String code, int line, String field)
      throws IOException {
    List<RankingEntry> read = new ArrayList<>();
    ReadReport report = TABLES.readRankings(bytes(header + "\n" + row + "\n"), "peringkat.csv", TableFormat.CSV, read::add);

    assertThat(report.isComplete()).isFalse();
    assertThat(read).isEmpty();
    Problem p = report.problems().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    assertThat(p.location().line()).hasValue(line);
    assertThat(p.location().field()).contains(field);
    assertThat(p.location().source()).contains("peringkat.csv");
    assertThat(p.message().indonesian()).isNotBlank().isNotEqualTo(p.message().english());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "71.x|0|NO_ANSWER=0|INVALID_NUMBER|poin_diperoleh",
        "7.5|1.5|NO_ANSWER=1.0|INCONSISTENT_TOTAL|alasan",
        "7.5|1.5|TERLAMBAT=1.5|UNKNOWN_CODE|alasan",
      })
  void breakdowns_badRowReportsALocatedProblem(String earned, String lost, String reasons, String code, String field)
      throws IOException {
    String csv =
        "kode_wilayah,bagian,kode,id_inovasi,uraian,description,poin_diperoleh,poin_hilang,alasan\n"
            + "53.01,SID,16,inv-1,Kecepatan,Speed," + earned + "," + lost + "," + reasons + "\n";
    ReadReport report = TABLES.readBreakdowns(bytes(csv), "rincian.csv", TableFormat.CSV, r -> {});

    assertThat(report.records()).isZero();
    Problem p = report.problems().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    assertThat(p.location().line()).hasValue(2);
    assertThat(p.location().column()).isPresent();
    assertThat(p.location().field()).contains(field);
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String extension(TableFormat format) {
    return format == TableFormat.CSV ? "csv" : "xlsx";
  }
}
