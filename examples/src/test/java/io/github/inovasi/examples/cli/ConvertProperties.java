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
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 9: converting never changes an input. Over generated data, input forms (JSON, register
 * and answers as CSV or .xlsx, the two joined) and output paths (a new file of each extension,
 * an existing file with or without --force, an input under another spelling of its path), every
 * input keeps its bytes and its modification time, and an output that is an input is refused.
 */
final class ConvertProperties {

  /** Where the output goes, relative to the inputs. */
  enum Target { NEW_JSON, NEW_CSV, NEW_XLSX, NEW_TXT, NEW_XLS, EXISTING, FIRST_INPUT, LAST_INPUT, INPUT_DOTTED, INPUT_UP_AND_BACK }

  /** Which inputs the conversion reads. */
  enum Source { JSON, REGISTER_CSV, REGISTER_XLSX, ANSWERS_CSV, JOINED_CSV, JOINED_XLSX }

  @Provide
  Arbitrary<List<String>> flags() {
    return Arbitraries.of("--force", "--compact", "--table=answers", "--delimiter=;").list().uniqueElements().ofMaxSize(2);
  }

  @Property(tries = 30)
  void convert_neverChangesAnInput(
      @ForAll @IntRange(min = 1, max = 3) int seed,
      @ForAll Source source,
      @ForAll Target target,
      @ForAll("flags") List<String> flags) throws IOException {
    Path dir = Files.createTempDirectory("convert-");
    try {
      List<Path> inputs = inputs(dir, seed, source);
      Path existing = Files.writeString(dir.resolve("lama.csv"), "kode_wilayah\n");
      Path output = switch (target) {
        case NEW_JSON -> dir.resolve("keluar.json");
        case NEW_CSV -> dir.resolve("keluar.csv");
        case NEW_XLSX -> dir.resolve("keluar.xlsx");
        case NEW_TXT -> dir.resolve("keluar.txt");
        case NEW_XLS -> dir.resolve("keluar.xls");
        case EXISTING -> existing;
        case FIRST_INPUT -> inputs.get(0);
        case LAST_INPUT -> inputs.get(inputs.size() - 1);
        case INPUT_DOTTED -> dir.resolve(".").resolve(inputs.get(0).getFileName());
        case INPUT_UP_AND_BACK -> dir.resolve("..").resolve(dir.getFileName()).resolve(inputs.get(0).getFileName());
      };
      Map<Path, Snapshot> before = snapshot(inputs);
      List<String> args = new ArrayList<>(List.of("convert"));
      inputs.forEach(p -> args.add(p.toString()));
      args.add(output.toString());
      args.addAll(flags);
      CommandRun run = CommandRun.of(args.toArray(String[]::new));

      assertThat(snapshot(inputs)).as(args + "\n" + run.err).isEqualTo(before);
      boolean outputIsInput = inputs.stream().anyMatch(p -> same(p, output));
      if (outputIsInput) {
        assertThat(run.exitCode).as(run.err).isEqualTo(1);
        assertThat(run.err).contains("is an input").contains("adalah berkas masukan");
      }
      if (target == Target.EXISTING && !flags.contains("--force")) {
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(Files.readString(existing)).isEqualTo("kode_wilayah\n");
      }
      assertThat(run.err).doesNotContain("internal error");
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
      }
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Generated inputs by seed, made once and copied into each try's folder. */
  private static final Map<Integer, Path> MADE = new HashMap<>();

  private static List<Path> inputs(Path dir, int seed, Source source) throws IOException {
    Path made = MADE.get(seed);
    if (made == null) {
      made = Files.createTempDirectory("convert-inputs-");
      make(made, seed);
      MADE.put(seed, made);
    }
    String ext = source == Source.REGISTER_XLSX || source == Source.JOINED_XLSX ? ".xlsx" : ".csv";
    List<String> names = switch (source) {
      case JSON -> List.of("nasional.json");
      case REGISTER_CSV, REGISTER_XLSX -> List.of("daftar" + ext);
      case ANSWERS_CSV -> List.of("jawaban" + ext);
      case JOINED_CSV, JOINED_XLSX -> List.of("daftar" + ext, "jawaban" + ext);
    };
    List<Path> out = new ArrayList<>();
    for (String name : names) {
      out.add(Files.copy(made.resolve(name), dir.resolve(name)));
    }
    return out;
  }

  private static void make(Path dir, int seed) throws IOException {
    Path json = dir.resolve("nasional.json");
    dir.toFile().deleteOnExit();
    List<Assessment> data = NationalDataSet.of(seed).withInnovations(60).assessments().limit(2).collect(Collectors.toList());
    try (OutputStream out = Files.newOutputStream(json)) {
      InovasiJson.create().write(out, JsonKind.ASSESSMENTS, data);
    }
    for (String ext : List.of(".csv", ".xlsx")) {
      Path register = dir.resolve("daftar" + ext);
      Path answers = dir.resolve("jawaban" + ext);
      assertThat(CommandRun.of("convert", json.toString(), register.toString()).exitCode).isZero();
      assertThat(CommandRun.of("convert", json.toString(), answers.toString(), "--table", "answers").exitCode).isZero();
      for (Path p : List.of(register, answers)) {
        p.toFile().deleteOnExit();
      }
    }
    json.toFile().deleteOnExit();
  }

  private static Map<Path, Snapshot> snapshot(List<Path> files) throws IOException {
    Map<Path, Snapshot> out = new LinkedHashMap<>();
    for (Path p : files) {
      out.put(p, new Snapshot(Files.readAllBytes(p), Files.getLastModifiedTime(p)));
    }
    return out;
  }

  /** A file's content and modification time. */
  private record Snapshot(byte[] bytes, FileTime modified) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Snapshot s && Arrays.equals(bytes, s.bytes) && modified.equals(s.modified);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes) * 31 + modified.hashCode();
    }

    @Override
    public String toString() {
      return bytes.length + " bytes, modified " + modified;
    }
  }
}
