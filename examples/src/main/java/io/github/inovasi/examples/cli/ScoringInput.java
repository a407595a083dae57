package io.github.inovasi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.iid.EditionElement;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * What the scoring commands share: reading assessment documents (kind {@code assessment} or
 * {@code assessments}, see docs/json-format.md), choosing the edition, printing problems and
 * writing JSON.
 */
final class ScoringInput {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ScoringInput() {}

  /** Options choosing the IID edition. */
  static final class EditionOptions {
    @Option(names = "--edition", paramLabel = "ID",
        description = "Bundled edition to score with (iid-2023, iid-2026, iid-2027); default: each"
            + " assessment's editionId.")
    String edition;

    @Option(names = "--edition-file", paramLabel = "FILE",
        description = "An edition file (format inovasi-iid-edition, docs/iid-editions.md) instead of"
            + " a bundled edition.")
    Path editionFile;

    @Option(names = "--assume",
        description = "Use the edition's declared assumptions for rules the sources lack"
            + " (iid-2023: the 2026 count rule and the 250 maximum; iid-2027: the 2026 window a year"
            + " later; iga-2023-presentation: its scale); the result is provisional.")
    boolean assume;

    @Option(names = "--spd-from", paramLabel = "ID",
        description = "Use the SPD rows of another bundled edition where the edition has none"
            + " (iid-2023: e.g. iid-2026 as a stand-in); marked provisional.")
    String spdFrom;

    IidEdition resolve(Assessment a) {
      IidEdition e = editionFile != null ? IidEdition.read(editionFile)
          : IidEdition.bundled(edition != null ? edition : a.editionId());
      if (assume && e.assumptions().isPresent()) {
        e = e.withAssumptions();
      }
      if (spdFrom != null && e.spdIndicators().isEmpty()) {
        IidEdition donor = IidEdition.bundled(spdFrom);
        e = e.withSpdCatalogue(donor.spdIndicators(), Provenance.builder()
            .status(ProvenanceStatus.PROVISIONAL)
            .addAllSources(donor.provenance(EditionElement.SPD_CATALOGUE).sources())
            .note("The SPD rows of " + donor.id() + " used as a stand-in (--spd-from)")
            .build());
      }
      return e;
    }
  }

  /** Reads every assessment of the given files. */
  static List<Assessment> read(List<Path> files) {
    List<Assessment> out = new ArrayList<>();
    forEach(files, out::add);
    return out;
  }

  /**
   * Streams every assessment of the given files to {@code each}, one at a time, so that a
   * national file is never held in memory; throws after a file with any problem (callers print
   * nothing before all files are read).
   */
  static void forEach(List<Path> files, Consumer<Assessment> each) {
    InovasiJson json = InovasiJson.create();
    for (Path file : files) {
      try {
        Optional<JsonKind<?>> kind = json.detect(file);
        JsonKind<Assessment> k = kind.isPresent() && kind.get() == JsonKind.ASSESSMENTS
            ? JsonKind.ASSESSMENTS : JsonKind.ASSESSMENT;
        json.stream(file, k, each).requireComplete();
      } catch (IOException e) {
        throw new InovasiException("Cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  static void printJson(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new InovasiException("Cannot write JSON output: " + e.getOriginalMessage(), e);
    }
  }

  static void printProblems(PrintWriter err, List<Problem> problems) {
    for (Problem p : problems) {
      err.println("  " + p.severity().name().toLowerCase(Locale.ROOT) + ": " + p.describe(Locale.ENGLISH));
    }
  }
}
