package io.github.inovasi.examples.cli;

import io.github.inovasi.io.coin.CoinTables;
import io.github.inovasi.io.coin.RecipeJson;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.CompositeResult;
import io.github.inovasi.scoring.composite.DataSet;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.Recipe;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code inovasi coin}: builds a composite index from COINr-style iData/iMeta tables with a
 * recipe, or runs the bundled ASEM example, and writes the scores and ranks of every level.
 */
@Command(
    name = "coin",
    mixinStandardHelpOptions = true,
    description = {
      "Build a composite index (indeks komposit) from COINr iData/iMeta CSV tables with a"
          + " recipe, and write the scores and ranks of every level as CSV.",
      "The recipe format is described in docs/composite.md."
    },
    footer = {
      "",
      "Examples:",
      "  inovasi coin --data iData.csv --meta iMeta.csv --recipe recipe.json",
      "  inovasi coin --example asem --out asem-results"
    })
public final class CoinCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @ArgGroup(exclusive = false)
    Files files;

    @Option(names = "--example", paramLabel = "NAME",
        description = "Run a bundled example with its recipe: asem (COINr's ASEM index).")
    String example;
  }

  static final class Files {
    @Option(names = "--data", required = true, paramLabel = "iData.csv",
        description = "Unit data: uCode, uName, groups, denominators, indicators.")
    Path data;

    @Option(names = "--meta", required = true, paramLabel = "iMeta.csv",
        description = "Framework: Level, iCode, iName, Direction, Weight, ..., Parent, Type.")
    Path meta;

    @Option(names = "--recipe", required = true, paramLabel = "recipe.json",
        description = "The construction steps (JSON).")
    Path recipe;
  }

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write scores.csv and ranks.csv to this directory instead of one CSV"
          + " (scores then ranks per element) to standard output.")
  Path out;

  @Option(names = "--force", description = "Replace existing scores.csv and ranks.csv in the --out directory.")
  boolean force;

  /**
   * Runs the recipe and writes the results.
   *
   * @return 0 on success, 1 when a file cannot be read or written
   * @throws InvalidInputException listing every problem of the tables or the recipe (reported
   *     by {@link InovasiCommand} with exit code 1)
   */
  @Override
  public Integer call() {
    CompositeData data;
    Recipe recipe;
    try {
      if (source.example != null) {
        if (!"asem".equals(source.example)) {
          throw new ParameterException(spec.commandLine(),
              "Unknown example '" + source.example + "'; available: asem");
        }
        data = CoinTables.asemExample();
        recipe = CoinTables.asemRecipe();
      } else {
        data = CoinTables.read(source.files.data, source.files.meta);
        recipe = RecipeJson.read(source.files.recipe);
      }
      CompositeResult result = recipe.run(data);
      if (out != null) {
        for (Path p : writeResults(result)) {
          spec.commandLine().getErr().println("wrote " + p);
        }
      } else {
        CoinTables.write(combined(result), spec.commandLine().getOut());
      }
      return 0;
    } catch (UncheckedIOException e) {
      spec.commandLine().getErr().println("inovasi: " + e.getMessage() + ": "
          + e.getCause().getMessage());
      return 1;
    }
  }

  /**
   * Writes scores.csv and ranks.csv through {@link OutputFiles}: both or neither. The
   * directory itself is created when missing, its parent never.
   */
  private List<Path> writeResults(CompositeResult result) {
    List<Path> inputs = source.files == null ? List.of()
        : List.of(source.files.data, source.files.meta, source.files.recipe);
    OutputFiles outputs = OutputFiles.of(inputs, force);
    Path scores = out.resolve("scores.csv");
    Path ranks = out.resolve("ranks.csv");
    if (!java.nio.file.Files.isDirectory(out)) {
      outputs.checkPlace(out);
      try {
        java.nio.file.Files.createDirectory(out);
      } catch (java.io.IOException e) {
        throw OutputFiles.failure(out, e);
      }
    }
    List<String> columns = levelOrder(result);
    Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
    files.put(scores, o -> csv(result.scores().selectColumns(columns), o));
    files.put(ranks, o -> csv(result.ranks().selectColumns(columns), o));
    outputs.writeAll(files);
    return List.of(scores, ranks);
  }

  private static void csv(DataSet data, java.io.OutputStream o) throws java.io.IOException {
    java.io.Writer w = new java.io.OutputStreamWriter(o, java.nio.charset.StandardCharsets.UTF_8);
    CoinTables.write(data, w);
    w.flush();
  }

  /** Element codes from the top level down to the indicators, those with scores only. */
  private static List<String> levelOrder(CompositeResult result) {
    Framework f = result.data().framework();
    List<String> columns = new ArrayList<>();
    for (int level = f.maxLevel(); level >= 1; level--) {
      columns.addAll(f.codes(level));
    }
    columns.removeIf(c -> !result.scores().hasColumn(c));
    return columns;
  }

  /** Scores and ranks side by side: Index, Index.rank, Conn, Conn.rank, ... */
  private static DataSet combined(CompositeResult result) {
    List<String> columns = levelOrder(result);
    DataSet scores = result.scores();
    DataSet ranks = result.ranks();
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String c : columns) {
      if (scores.hasColumn(c)) {
        cols.put(c, scores.column(c));
        cols.put(c + ".rank", ranks.column(c));
      }
    }
    return DataSet.ofColumns(scores.units(), cols);
  }
}
