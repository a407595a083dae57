package io.github.inovasi.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One command-line process, cold: {@code inovasi coin --example asem --out DIR} (read the
 * bundled ASEM tables and recipe, build the index, write the scores and ranks), beside its
 * floor {@code bareJvm}: a JVM that starts the same jar's class path and returns from an empty
 * {@code main}. Each invocation is a new process of the same {@code java} running this
 * benchmark. {@code coinAsemCds} is the same command with a class-data-sharing archive of the
 * classes it loads (made once, at set-up, with {@code -XX:ArchiveClassesAtExit}), as a user
 * who runs the command often can make one:
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=inovasi.jsa -jar inovasi.jar coin --example asem --out tmp
 * java -XX:SharedArchiveFile=inovasi.jsa -jar inovasi.jar coin ...
 * </pre>
 *
 * <pre>
 * java -cp examples/target/inovasi.jar org.openjdk.jmh.Main StartupBenchmark -f 1 -wi 2 -i 10
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
public class StartupBenchmark {
  private Path archive;

  /**
   * Makes the class-data-sharing archive of the ASEM command.
   *
   * @throws IOException if the process cannot start
   * @throws InterruptedException if interrupted
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    archive = Files.createTempDirectory("inovasi-cds-").resolve("inovasi.jsa");
    coin(List.of("-XX:ArchiveClassesAtExit=" + archive));
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException("the JVM wrote no archive at " + archive);
    }
  }

  /**
   * Deletes the archive.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(archive);
    Files.deleteIfExists(archive.getParent());
  }

  /**
   * The command line scoring the ASEM example, with the class-data-sharing archive.
   *
   * @return the exit status
   * @throws IOException if the process cannot start
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public int coinAsemCds() throws IOException, InterruptedException {
    return coin(List.of("-XX:SharedArchiveFile=" + archive));
  }

  /**
   * The command line scoring the ASEM example.
   *
   * @return the exit status
   * @throws IOException if the process cannot start
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public int coinAsem() throws IOException, InterruptedException {
    return coin(List.of());
  }

  private static int coin(List<String> jvmOptions) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("inovasi-startup-");
    try {
      return run(jvmOptions, "io.github.inovasi.examples.cli.InovasiCommand", "coin", "--example",
          "asem", "--out", dir.resolve("out").toString());
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * The floor: a JVM on the same class path with an empty main.
   *
   * @return the exit status
   * @throws IOException if the process cannot start
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public int bareJvm() throws IOException, InterruptedException {
    return run(List.of(), Bare.class.getName());
  }

  private static int run(List<String> jvmOptions, String mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int status = p.waitFor();
    if (status != 0) {
      throw new IllegalStateException(command + " exited with " + status);
    }
    return status;
  }

  /** A program that does nothing: the cost of starting a JVM on this class path. */
  public static final class Bare {
    private Bare() {}

    /**
     * Returns at once.
     *
     * @param args ignored
     */
    public static void main(String[] args) {}
  }
}
