package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.iid.IidScore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class ResultTablesTest {
  private static final List<ScoreResult> SCORES =
      NationalDataSet.of(11).withInnovations(900).assessments().limit(6)
          .map(ScoringPolicies.standard().of("iid-2026")::score)
          .collect(Collectors.toList());

  @Test
  void rankings_csvHasOneRowPerRegionInRankOrder() throws IOException {
    Ranking ranking = Rankings.rank(SCORES, RankingCategory.national());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<Ranking> w = InovasiTables.create().rankingWriter(out, TableFormat.CSV)) {
      w.write(ranking);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("kategori,peringkat,kode_wilayah,nama_wilayah,indeks,predikat,kebijakan");
    assertThat(lines).hasSize(7);
    Ranking.Entry first = ranking.entries().get(0);
    assertThat(lines.get(1)).startsWith(ranking.category().id() + ",1," + first.result().region().code() + ",")
        .contains("," + first.result().index().toPlainString() + ",");
  }

  @Test
  void breakdown_rowsAddUpToTheIndex() throws IOException {
    IidScore score = (IidScore) SCORES.get(2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<IidScore> w = InovasiTables.create().breakdownWriter(out, TableFormat.CSV)) {
      w.write(score);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    assertThat(lines).hasSize(score.breakdown().lines().size() + 1);
    BigDecimal earned = BigDecimal.ZERO;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      earned = earned.add(new BigDecimal(cells[6]));
    }
    assertThat(earned).isEqualByComparingTo(score.breakdown().earned());
  }

  @Test
  void rankings_xlsxIsWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<Ranking> w = InovasiTables.create().rankingWriter(out, TableFormat.XLSX)) {
      for (Ranking r : Rankings.rankAll(SCORES).values()) {
        w.write(r);
      }
    }
    assertThat(out.toByteArray()).startsWith(0x50, 0x4B);
  }
}
