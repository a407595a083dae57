package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.kipp.EvaluatorScore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The KIPP proposal register and evaluator scores, in CSV and .xlsx, with located errors. */
final class KippTablesTest {
  private static final InovasiTables TABLES = InovasiTables.create();
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "kipp-proposals-rote-ndao-2022.csv");
  private static final Path SCORES = Path.of("..", "docs", "samples", "kipp-scores-rote-ndao-2022.csv");

  static List<KippProposal> sample() throws IOException {
    List<KippProposal> out = new ArrayList<>();
    TABLES.readKippProposals(SAMPLE, out::add).requireComplete();
    return out;
  }

  @Test
  void sample_readsEveryProposal_withSectionsAttachmentsAndSdgs() throws IOException {
    List<KippProposal> all = sample();
    assertThat(all).hasSize(9);
    KippProposal first = all.get(0);
    assertThat(first.sections()).containsKeys("ringkasan", "signifikansi", "keberlanjutan");
    assertThat(first.sdgs()).containsExactly(3, 5);
    assertThat(first.attachments()).hasSize(2);
    assertThat(all.get(5).section("keberlanjutan")).isEmpty();
    assertThat(TABLES.detect(SAMPLE)).contains(TableKind.KIPP_PROPOSALS);
    assertThat(TABLES.detect(SCORES)).contains(TableKind.KIPP_SCORES);
    List<EvaluatorScore> scores = new ArrayList<>();
    assertThat(TABLES.readKippScores(SCORES, scores::add).isComplete()).isTrue();
    assertThat(scores).hasSize(18);
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void proposals_writeThenRead_givesEqualProposals(TableFormat format, @TempDir Path dir) throws IOException {
    List<KippProposal> in = sample();
    Path file = dir.resolve("proposals." + format.name().toLowerCase(java.util.Locale.ROOT));
    try (OutputStream out = Files.newOutputStream(file); RecordWriter<KippProposal> w = TABLES.kippProposalWriter(out, format)) {
      for (KippProposal p : in) {
        w.write(p);
      }
    }
    List<KippProposal> back = new ArrayList<>();
    TABLES.readKippProposals(file, back::add).requireComplete();
    assertThat(back).isEqualTo(in);
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void scores_writeThenRead_givesEqualScores(TableFormat format, @TempDir Path dir) throws IOException {
    List<EvaluatorScore> in = new ArrayList<>();
    TABLES.readKippScores(SCORES, in::add).requireComplete();
    Path file = dir.resolve("scores." + format.name().toLowerCase(java.util.Locale.ROOT));
    try (OutputStream out = Files.newOutputStream(file); RecordWriter<EvaluatorScore> w = TABLES.kippScoreWriter(out, format)) {
      for (EvaluatorScore s : in) {
        w.write(s);
      }
    }
    List<EvaluatorScore> back = new ArrayList<>();
    TABLES.readKippScores(file, back::add).requireComplete();
    assertThat(back).isEqualTo(in);
  }

  @Test
  void englishHeaders_areAccepted_andBadCellsLocated() throws IOException {
    String csv = "proposal_id,institution,group,category,title,implementation_start,sdgs\n"
        + "A1,Pemkab X,UMUM,kesehatan,Satu,2019-01-01,3;4\n"
        + "A2,Pemkab X,UMUMX,kesehatan,Dua,2019-13-01,3;tiga\n"
        + "A3,Pemkab X,KHUSUS,kesehatan,Tiga,2019-01-01,18\n";
    List<KippProposal> out = new ArrayList<>();
    ReadReport r = TABLES.readKippProposals(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "usulan.csv", TableFormat.CSV, out::add);
    assertThat(out).extracting(KippProposal::id).containsExactly("A1");
    assertThat(r.problems()).extracting(p -> p.location().line().orElse(0), p -> p.location().field().orElse(""))
        .contains(org.assertj.core.groups.Tuple.tuple(3, "group"), org.assertj.core.groups.Tuple.tuple(3, "implementation_start"),
            org.assertj.core.groups.Tuple.tuple(3, "sdgs"), org.assertj.core.groups.Tuple.tuple(4, "sdgs"));
    assertThat(r.problems()).allMatch(Problem::isError);
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.location().source()).contains("usulan.csv"));
  }

  @Test
  void scoreOutsideZeroToHundred_isLocated() throws IOException {
    String csv = "id_proposal,penilai,kebaruan,efektif,bermanfaat,dapat_direplikasi,berkelanjutan\n"
        + "A1,e1,101,80,80,80,80\n";
    ReadReport r = TABLES.readKippScores(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "nilai.csv", TableFormat.CSV, s -> {});
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("OUT_OF_RANGE");
      assertThat(p.location().field()).contains("kebaruan");
      assertThat(p.location().line()).hasValue(2);
    });
  }
}
