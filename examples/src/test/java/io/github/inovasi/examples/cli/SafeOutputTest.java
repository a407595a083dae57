package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InovasiException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 and 10: no command overwrites an input or an existing file without --force, output
 * follows its extension, writes are atomic and failures leave nothing half-written.
 */
final class SafeOutputTest {
  @TempDir Path dir;
  private Path national;
  private Path register;
  private Path answers;

  @BeforeEach
  void writeSample() throws IOException {
    national = dir.resolve("nasional.json");
    List<Assessment> data =
        NationalDataSet.of(5).withInnovations(200).assessments().limit(3).collect(Collectors.toList());
    try (OutputStream out = Files.newOutputStream(national)) {
      InovasiJson.create().write(out, JsonKind.ASSESSMENTS, data);
    }
    register = dir.resolve("daftar.xlsx");
    answers = dir.resolve("jawaban.xlsx");
    assertThat(CommandRun.of("convert", national.toString(), register.toString()).exitCode).isZero();
    assertThat(CommandRun.of("convert", national.toString(), answers.toString(), "--table", "answers").exitCode).isZero();
  }

  @Test
  void convert_forgottenOutput_neverOverwritesTheAnswersWorkbook() throws IOException {
    byte[] before = Files.readAllBytes(answers);
    CommandRun run = CommandRun.of("convert", register.toString(), answers.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("sudah ada").contains("already exists").contains("--force");
    CommandRun forced = CommandRun.of("convert", register.toString(), answers.toString(), "--force");
    assertThat(forced.exitCode).isEqualTo(1);
    assertThat(forced.err).contains("looks like an input").contains("REGISTER ANSWERS OUTPUT.json");
    assertThat(Files.readAllBytes(answers)).isEqualTo(before);
  }

  @Test
  void convert_outputIsAnInput_refusedEvenWithForce() throws IOException {
    byte[] before = Files.readAllBytes(national);
    CommandRun run = CommandRun.of("convert", national.toString(), dir.resolve("./nasional.json").toString(), "--force");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("is an input").contains("adalah berkas masukan");
    assertThat(Files.readAllBytes(national)).isEqualTo(before);
  }

  @Test
  void convert_existingOutputWithForce_isReplaced() throws IOException {
    Path csv = dir.resolve("daftar.csv");
    Files.writeString(csv, "old");
    assertThat(CommandRun.of("convert", register.toString(), csv.toString(), "--force").exitCode).isZero();
    assertThat(Files.readString(csv)).startsWith("kode_wilayah,");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void convert_unknownExtension_isAnErrorAndWritesNothing() {
    for (String name : List.of("out.xls", "out.ods", "out.txt", "out")) {
      CommandRun run = CommandRun.of("convert", national.toString(), dir.resolve(name).toString());
      assertThat(run.exitCode).as(name).isEqualTo(1);
      assertThat(run.err).contains("Unknown output file extension").contains(".json, .csv, .xlsx");
      assertThat(dir.resolve(name)).doesNotExist();
    }
  }

  @Test
  void convert_missingFolderDeviceOrFolder_exitOneWithAClearMessage() {
    CommandRun missing = CommandRun.of("convert", national.toString(), dir.resolve("tidak/ada/out.json").toString());
    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.err).contains("Folder tidak ada").contains("Folder does not exist").doesNotContain("internal error");
    CommandRun folder = CommandRun.of("convert", national.toString(), dir.toString(), "--force");
    assertThat(folder.exitCode).isEqualTo(1);
    if (Files.exists(Path.of("/dev/null"))) {
      CommandRun device = CommandRun.of("convert", national.toString(), "/dev/null", "--force");
      assertThat(device.exitCode).isEqualTo(1);
      assertThat(device.err).contains("not a regular file");
      assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }
  }

  @Test
  void convert_invalidDocument_reportsEveryLocatedProblem() throws IOException {
    Path broken = dir.resolve("rusak.json");
    Path single = dir.resolve("satu.json");
    Assessment one = InovasiJson.create().read(national, JsonKind.ASSESSMENTS).get(0);
    try (OutputStream out = Files.newOutputStream(single)) {
      InovasiJson.create().write(out, JsonKind.ASSESSMENT, List.of(one));
    }
    Files.writeString(broken, Files.readString(single).replaceFirst("\"PENERAPAN\"", "\"SELESAI\"")
        .replaceFirst("\"claimedLevel\" : \\d", "\"claimedLevel\" : 7"));
    CommandRun run = CommandRun.of("convert", broken.toString(), dir.resolve("keluar.json").toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("UNKNOWN_CODE").contains("OUT_OF_RANGE").contains(broken.toString())
        .contains("nothing was written").doesNotContain("needs its one record");
    assertThat(dir.resolve("keluar.json")).doesNotExist();
  }

  @Test
  void write_failureMidway_leavesNoTargetAndNoTemporaryFile() throws IOException {
    Path first = dir.resolve("scores.csv");
    Path second = dir.resolve("ranks.csv");
    Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
    files.put(first, out -> out.write("uCode\n".getBytes(StandardCharsets.UTF_8)));
    files.put(second, out -> {
      out.write("uCode".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    });
    assertThatThrownBy(() -> OutputFiles.of(List.of(), false).writeAll(files))
        .isInstanceOf(InovasiException.class)
        .hasMessageContaining("Disk penuh")
        .hasMessageContaining("Disk full")
        .hasMessageContaining("nothing was written");
    assertThat(first).doesNotExist();
    assertThat(second).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void coin_outTwice_refusesToOverwriteUnlessForced() throws IOException {
    Path out = dir.resolve("hasil");
    assertThat(CommandRun.of("coin", "--example", "asem", "--out", out.toString()).exitCode).isZero();
    byte[] ranks = Files.readAllBytes(out.resolve("ranks.csv"));
    CommandRun again = CommandRun.of("coin", "--example", "asem", "--out", out.toString());
    assertThat(again.exitCode).isEqualTo(1);
    assertThat(again.err).contains("already exists");
    assertThat(Files.readAllBytes(out.resolve("ranks.csv"))).isEqualTo(ranks);
    assertThat(CommandRun.of("coin", "--example", "asem", "--out", out.toString(), "--force").exitCode).isZero();
    CommandRun missing = CommandRun.of("coin", "--example", "asem", "--out", dir.resolve("a/b").toString());
    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.err).contains("Folder does not exist");
  }

  @Test
  void convert_everyConversion_neverChangesAnInput() throws IOException {
    Map<Path, byte[]> before = new LinkedHashMap<>();
    for (Path p : List.of(national, register, answers)) {
      before.put(p, Files.readAllBytes(p));
    }
    CommandRun.of("convert", register.toString(), dir.resolve("d.csv").toString());
    CommandRun.of("convert", answers.toString(), dir.resolve("j.csv").toString());
    CommandRun.of("convert", register.toString(), answers.toString(), dir.resolve("g.json").toString(), "--edition", "iid-2026");
    CommandRun.of("convert", register.toString(), answers.toString(), answers.toString(), "--edition", "iid-2026", "--force");
    CommandRun.of("convert", national.toString(), national.toString(), "--force");
    CommandRun.of("convert", register.toString(), register.toString(), "--force");
    for (Map.Entry<Path, byte[]> e : before.entrySet()) {
      assertThat(Files.readAllBytes(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
    }
    assertThat(leftovers()).isEmpty();
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
    }
  }
}
