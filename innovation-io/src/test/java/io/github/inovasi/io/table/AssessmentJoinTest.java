package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.reference.RegionDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AssessmentJoinTest {
  private static final String REGISTER =
      "kode_wilayah,id_inovasi,nama_inovasi,jenis,bentuk,inisiator,tahapan,urusan_utama\n"
          + "35.72,inv-1,Antrean daring,DIGITAL,PELAYANAN_PUBLIK,ASN,PENERAPAN,KESEHATAN\n";

  @TempDir Path dir;

  private ReadReport join(String register, String answers, List<Assessment> out) throws IOException {
    Path r = Files.writeString(dir.resolve("daftar.csv"), register);
    Path a = Files.writeString(dir.resolve("jawaban.csv"), answers);
    return InovasiTables.create().readAssessments(r, a, "iid-2026", RegionDirectory.kemendagri(), out::add);
  }

  @Test
  void join_givesOneAssessmentPerRegionWithItsAnswers() throws IOException {
    List<Assessment> out = new ArrayList<>();
    ReadReport report =
        join(REGISTER, "kode_wilayah,id_inovasi,kode_indikator,level_klaim\n35.72,,1,3\n35.72,inv-1,16,2\n", out);
    assertThat(report.isComplete()).as(report.problems().toString()).isTrue();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).region().name()).isEqualTo("KOTA BLITAR");
    assertThat(out.get(0).regionAnswers()).hasSize(1);
    assertThat(out.get(0).innovations().get(0).answers().get(0).claimedLevel()).hasValue(2);
  }

  @Test
  void join_answersForAMissingInnovationAndUnknownRegion_areProblemsAndNothingIsPassedOn() throws IOException {
    List<Assessment> out = new ArrayList<>();
    ReadReport report =
        join(
            REGISTER.replace("35.72,inv-1", "35.72,inv-1") + "99.99,inv-2,X,DIGITAL,TATA_KELOLA,ASN,PENERAPAN,SOSIAL\n",
            "kode_wilayah,id_inovasi,kode_indikator,level_klaim\n35.72,inv-9,16,2\n",
            out);
    assertThat(report.isComplete()).isFalse();
    assertThat(report.problems()).extracting(Problem::code).containsExactly("UNKNOWN_INNOVATION", "UNKNOWN_REGION");
    assertThat(out).isEmpty();
  }
}
