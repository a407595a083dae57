package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.model.Assessment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inovasi validate} and {@code inovasi convert} on generated files. */
final class FileCommandsTest {
  @TempDir Path dir;
  private Path national;
  private int innovations;

  @BeforeEach
  void writeNationalSample() throws IOException {
    national = dir.resolve("nasional.json");
    List<Assessment> data =
        NationalDataSet.of(3).withInnovations(3_000).assessments().limit(20).collect(Collectors.toList());
    innovations = data.stream().mapToInt(a -> a.innovations().size()).sum();
    try (OutputStream out = Files.newOutputStream(national)) {
      InovasiJson.create().write(out, JsonKind.ASSESSMENTS, data);
    }
  }

  @Test
  void validate_validFile_exitsZeroAndSaysOk() {
    CommandRun run = CommandRun.of("validate", national.toString());
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("OK " + national + " (20 records)");
  }

  @Test
  void validate_brokenFiles_printsEveryProblemWithItsLocationAndExitsOne() throws IOException {
    Path broken = dir.resolve("rusak.json");
    Files.writeString(broken, Files.readString(national).replaceFirst("\"PENERAPAN\"", "\"SELESAI\"").replaceFirst("\"claimedLevel\" : \\d", "\"claimedLevel\" : 7"));
    Path table = dir.resolve("daftar.csv");
    Files.writeString(table, "kode_wilayah,id_inovasi,nama_inovasi,jenis,bentuk,inisiator,tahapan,urusan_utama\n35.72,a,=1+1,DIGITAL,TATA_KELOLA,ASN,PENERAPAN,KESEHATAN\n");
    CommandRun run = CommandRun.of("validate", "--lang", "id", broken.toString(), table.toString(), dir.resolve("hilang.json").toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out)
        .contains("ERROR UNKNOWN_CODE " + broken)
        .contains("/stage (stage): Kode Stage tidak dikenal")
        .contains("ERROR OUT_OF_RANGE")
        .contains("ERROR FORMULA_IN_CELL " + table + ":2:3")
        .contains("ERROR FILE_NOT_FOUND")
        .contains("INVALID " + broken + " (2 errors)");
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validate_editionFile_isCheckedWithTheEditionReader() throws IOException {
    Path edition = dir.resolve("iid-2026.json");
    try (var in = io.github.inovasi.scoring.iid.IidEdition.class.getResourceAsStream("editions/iid-2026.json")) {
      Files.write(edition, in.readAllBytes());
    }
    CommandRun ok = CommandRun.of("validate", edition.toString());
    assertThat(ok.exitCode).as(ok.out).isZero();
    Path broken = dir.resolve("rusak-edisi.json");
    Files.writeString(broken, Files.readString(edition).replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 9"));
    CommandRun bad = CommandRun.of("validate", broken.toString());
    assertThat(bad.exitCode).isEqualTo(1);
    assertThat(bad.out).contains("INVALID " + broken);
  }

  @Test
  void convert_assessmentsToTablesAndBack_givesValidFiles() {
    Path register = dir.resolve("daftar.xlsx");
    Path answers = dir.resolve("jawaban.csv");
    Path answersXlsx = dir.resolve("jawaban.xlsx");
    Path compact = dir.resolve("ringkas.json");
    assertThat(CommandRun.of("convert", national.toString(), register.toString()).exitCode).isZero();
    assertThat(CommandRun.of("convert", national.toString(), answers.toString(), "--table", "answers").exitCode).isZero();
    assertThat(CommandRun.of("convert", answers.toString(), answersXlsx.toString()).exitCode).isZero();
    assertThat(CommandRun.of("convert", national.toString(), compact.toString(), "--compact").exitCode).isZero();
    CommandRun check = CommandRun.of("validate", register.toString(), answers.toString(), answersXlsx.toString(), compact.toString());
    assertThat(check.exitCode).as(check.out).isZero();
    assertThat(check.out).contains("OK " + register + " (" + innovations + " records)").contains("OK " + compact + " (20 records)");
  }

  @Test
  void convert_registerAndAnswers_joinIntoTheSameAssessments() throws IOException {
    Path register = dir.resolve("daftar.csv");
    Path answers = dir.resolve("jawaban.xlsx");
    Path joined = dir.resolve("gabungan.json");
    assertThat(CommandRun.of("convert", national.toString(), register.toString()).exitCode).isZero();
    assertThat(CommandRun.of("convert", national.toString(), answers.toString(), "--table", "answers").exitCode).isZero();
    CommandRun run = CommandRun.of("convert", register.toString(), answers.toString(), joined.toString(), "--edition", "iid-2026");
    assertThat(run.exitCode).as(run.err).isZero();
    List<Assessment> original = InovasiJson.create().read(national, JsonKind.ASSESSMENTS);
    List<Assessment> back = InovasiJson.create().read(joined, JsonKind.ASSESSMENTS);
    // Tables carry neither agencies nor the profile's nested lists.
    assertThat(back)
        .isEqualTo(
            original.stream()
                .map(a -> a.withAgencies().withInnovations(a.innovations().stream()
                    .map(r -> r.withInnovation(r.innovation().withInnovators().withReplications()))
                    .collect(Collectors.toList())))
                .collect(Collectors.toList()));
  }

  @Test
  void convert_rankingTable_toXlsxAndValidateBoth() throws IOException {
    Path csv = dir.resolve("peringkat.csv");
    Path xlsx = dir.resolve("peringkat.xlsx");
    Files.writeString(csv, "kategori,peringkat,kode_wilayah,nama_wilayah,indeks,predikat,kebijakan\n"
        + "kabupaten,1,53.14,Kabupaten Rote Ndao,71.20,Inovatif,iid-2026\n");
    assertThat(CommandRun.of("convert", csv.toString(), xlsx.toString()).exitCode).isZero();
    CommandRun check = CommandRun.of("validate", csv.toString(), xlsx.toString());
    assertThat(check.exitCode).as(check.out).isZero();
    assertThat(check.out).contains("OK " + xlsx + " (1 record)");
    Path bad = dir.resolve("rincian.csv");
    Files.writeString(bad, "kode_wilayah,bagian,kode,uraian,description,poin_diperoleh,poin_hilang\n53.14,SPD,1,Regulasi,Regulation,x,0\n");
    CommandRun invalid = CommandRun.of("validate", "--kind", "breakdowns", bad.toString());
    assertThat(invalid.exitCode).isEqualTo(1);
    assertThat(invalid.out).contains("ERROR INVALID_NUMBER " + bad + ":2:6");
  }

  @Test
  void convert_invalidInput_writesNothingAndExitsOne() throws IOException {
    Path broken = dir.resolve("rusak.json");
    Files.writeString(broken, Files.readString(national).replaceFirst("\"PENERAPAN\"", "\"SELESAI\""));
    Path out = dir.resolve("out.csv");
    CommandRun run = CommandRun.of("convert", broken.toString(), out.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("UNKNOWN_CODE").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
    assertThat(CommandRun.of("convert", dir.resolve("none.json").toString(), out.toString()).err).contains("file not found");
  }
}
