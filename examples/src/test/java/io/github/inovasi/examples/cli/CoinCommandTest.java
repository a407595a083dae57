package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inovasi coin} on the bundled example and on files, with located errors. */
final class CoinCommandTest {
  private CommandRun last;

  private int run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "coin";
    System.arraycopy(args, 0, all, 1, args.length);
    last = CommandRun.of(all);
    return last.exitCode;
  }

  @Test
  void exampleAsem_writesScoresAndRanksOfEveryLevel(@TempDir Path dir) throws Exception {
    assertThat(run("--example", "asem", "--out", dir.toString())).isZero();
    List<String> scores = Files.readAllLines(dir.resolve("scores.csv"));
    assertThat(scores.get(0)).startsWith("uCode,Index,Conn,Sust,Physical,ConEcFin")
        .contains(",LPI,Flights,");
    assertThat(scores).hasSize(52).anyMatch(l -> l.startsWith("CHE,68.38"));
    assertThat(Files.readAllLines(dir.resolve("ranks.csv")))
        .anyMatch(l -> l.startsWith("IND,45,44,43,"));
  }

  @Test
  void filesAndRecipe_writeOneCsvToStandardOutput(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("iData.csv");
    Path meta = dir.resolve("iMeta.csv");
    Path recipe = dir.resolve("recipe.json");
    Files.writeString(data, "uCode,A,B\nX,1,10\nY,2,30\nZ,3,20\n");
    Files.writeString(meta, "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type\n"
        + "1,A,A,1,1,,,,I,Indicator\n1,B,B,-1,1,,,,I,Indicator\n2,I,Index,1,1,,,,,Aggregate\n");
    Files.writeString(recipe, "{\"steps\": [{\"step\": \"normalise\"}, {\"step\": \"aggregate\"}]}");
    assertThat(run("--data", data.toString(), "--meta", meta.toString(), "--recipe",
        recipe.toString())).isZero();
    assertThat(last.out.lines()).containsExactly("uCode,I,I.rank,A,A.rank,B,B.rank",
        "X,50,2,0,3,100,1", "Y,25,3,50,2,0,3", "Z,75,1,100,1,50,2");
  }

  @Test
  void badInput_listsEveryProblemWithItsLocation(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("iData.csv");
    Path meta = dir.resolve("iMeta.csv");
    Path recipe = dir.resolve("recipe.json");
    Files.writeString(data, "uCode,A\nX,one\nY,2\n");
    Files.writeString(meta, "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type\n"
        + "1,A,A,1,1,,,,I,Indicator\n2,I,Index,1,1,,,,,Aggregate\n");
    Files.writeString(recipe, "{\"steps\": []}");
    assertThat(run("--data", data.toString(), "--meta", meta.toString(), "--recipe",
        recipe.toString())).isEqualTo(1);
    assertThat(last.err).contains("NOT_A_NUMBER").contains("iData.csv:2:2").contains("found one");
  }

  @Test
  void unknownExample_isRefused() {
    assertThat(run("--example", "gii")).isEqualTo(2);
    assertThat(last.err).contains("available: asem");
  }
}
