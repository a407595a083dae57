package io.github.inovasi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README's quick start identical to compiled, running code. */
final class QuickStartTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void readmeSnippet_isTheCompiledQuickStart() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher block = Pattern.compile("(?s)## Quick start.*?```java\\n(.*?)```").matcher(readme);
    assertThat(block.find()).as("README has a java block under '## Quick start'").isTrue();

    String source = Files.readString(
        Path.of("src/main/java/io/github/inovasi/examples/QuickStart.java"));
    Matcher body = Pattern.compile("(?s)// quick-start:begin\\n(.*?)\\n\\s*// quick-start:end")
        .matcher(source);
    assertThat(body.find()).isTrue();

    assertThat(normalise(block.group(1))).contains(normalise(body.group(1)));
  }

  @Test
  void readmeDependency_namesTheProjectVersion() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Matcher version = Pattern.compile("<artifactId>inovasi-parent</artifactId>\\s*<version>([^<]+)")
        .matcher(pom);
    assertThat(version.find()).isTrue();
    assertThat(readme).contains("<artifactId>innovation-io</artifactId>\n  <version>"
        + version.group(1) + "</version>");
  }

  @Test
  void main_scoresTheSampleAndNamesTheLargestLosses() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[] {ROOT.resolve("docs/samples/rote-ndao-2026.json").toString()});
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).containsPattern("KABUPATEN ROTE NDAO: IID \\d{1,3}\\.\\d{2} \\(");
    assertThat(printed.lines().filter(l -> l.startsWith("  -"))).hasSize(3);
  }

  private static String normalise(String code) {
    return code.replaceAll("\\s+", " ").strip();
  }
}
