package io.github.inovasi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.table.EditionCheck;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.io.table.TableKind;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.reference.RegionDirectory;
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
    @picocli.CommandLine.Mixin TableOptions tableOptions = new TableOptions();

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

    @Option(names = "--allow-unknown-indicators",
        description = "Score even when answers use indicator codes the edition does not have;"
            + " they are ignored and counted. Without it such a file is refused.")
    boolean allowUnknownIndicators;

    @Option(names = "--spd-from", paramLabel = "ID",
        description = "Use the SPD rows of another bundled edition where the edition has none"
            + " (iid-2023: e.g. iid-2026 as a stand-in); marked provisional.")
    String spdFrom;

    /** The edition of tables, which name none: chosen, or the current one (said on err). */
    IidEdition forTables(PrintWriter err) {
      if (editionFile != null || edition != null) {
        return resolveId(editionFile != null ? null : edition);
      }
      String current = currentEdition(err);
      return resolveId(current);
    }

    IidEdition resolve(Assessment a) {
      return resolveId(edition != null ? edition : a.editionId());
    }

    private IidEdition resolveId(String id) {
      IidEdition e = editionFile != null ? IidEdition.read(editionFile) : IidEdition.bundled(id);
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
  static List<Assessment> read(List<Path> files, EditionOptions options, PrintWriter err) {
    List<Assessment> out = new ArrayList<>();
    forEach(files, options, err, out::add);
    return out;
  }

  /** Reads every assessment of the given JSON files, without an edition check. */
  static List<Assessment> read(List<Path> files) {
    List<Assessment> out = new ArrayList<>();
    forEach(files, out::add);
    return out;
  }

  /** Streams every assessment of the given JSON files, without an edition check. */
  static void forEach(List<Path> files, Consumer<Assessment> each) {
    forEach(files, new EditionOptions(), null, false, each);
  }

  /**
   * Streams every assessment of the given files to {@code each}, one at a time, so that a
   * national file is never held in memory; throws after a file with any problem (callers print
   * nothing before all files are read). Files are JSON documents, or pairs of tables (an
   * innovation register and its answers, .csv or .xlsx) joined under the chosen edition, by
   * default the current one (said on {@code err}). Answers with indicator codes the edition
   * does not have are refused, each located, unless {@code --allow-unknown-indicators}; then
   * their count is said on {@code err}.
   */
  static void forEach(List<Path> files, EditionOptions options, PrintWriter err, Consumer<Assessment> each) {
    forEach(files, options, err, true, each);
  }

  private static void forEach(
      List<Path> files, EditionOptions options, PrintWriter err, boolean check, Consumer<Assessment> each) {
    InovasiJson json = InovasiJson.create();
    Problem.Severity unknown = options.allowUnknownIndicators ? Problem.Severity.WARNING : Problem.Severity.ERROR;
    long[] ignored = new long[1];
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      TableOptions.refuseLegacy(file);
      try {
        if (TableFormat.of(file).isPresent()) {
          Path second = i + 1 < files.size() && TableFormat.of(files.get(i + 1)).isPresent()
              && !options.tableOptions.tables().isTemplateWorkbook(file) ? files.get(++i) : null;
          if (second != null) {
            TableOptions.refuseLegacy(second);
          }
          ignored[0] += tables(file, second, options, err, each);
          continue;
        }
        List<Problem> problems = new ArrayList<>();
        Optional<JsonKind<?>> kind = json.detect(file);
        JsonKind<Assessment> k = kind.isPresent() && kind.get() == JsonKind.ASSESSMENTS
            ? JsonKind.ASSESSMENTS : JsonKind.ASSESSMENT;
        json.stream(file, k, a -> {
          if (check) {
            List<Problem> found = EditionCheck.of(options.resolve(a)).check(a, file.toString(), unknown);
            problems.addAll(found);
            ignored[0] += found.size();
          }
          each.accept(a);
        }).requireComplete();
        if (problems.stream().anyMatch(Problem::isError)) {
          throw new InvalidInputException(file + ": kode indikator tidak dikenal / unknown indicator codes"
              + " (--allow-unknown-indicators to score without them)", problems);
        }
      } catch (IOException e) {
        throw new InovasiException("Cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    if (ignored[0] > 0 && err != null) {
      err.println("  " + ignored[0] + " jawaban dengan kode indikator tidak dikenal diabaikan / "
          + ignored[0] + (ignored[0] == 1 ? " answer" : " answers") + " with unknown indicator codes ignored");
    }
  }

  /** Joins a register and an answers table (in either order); returns the answers ignored. */
  private static long tables(Path first, Path second, EditionOptions options, PrintWriter err, Consumer<Assessment> each)
      throws IOException {
    InovasiTables tables = options.tableOptions.tables();
    if (second == null && tables.isTemplateWorkbook(first)) {
      return join(first, null, tables, options, err, each);
    }
    if (second == null) {
      throw new InovasiException(first + " adalah tabel; berikan DAFTAR dan JAWABAN bersama (atau gabungkan dengan"
          + " inovasi convert DAFTAR JAWABAN KELUARAN.json) / " + first + " is a table; give the REGISTER and"
          + " ANSWERS tables together (or join them with inovasi convert REGISTER ANSWERS OUTPUT.json)");
    }
    boolean swapped = tables.detect(first).orElse(TableKind.REGISTER) == TableKind.ANSWERS;
    return join(swapped ? second : first, swapped ? first : second, tables, options, err, each);
  }

  /** Joins a register and its answers, or the two sheets of one workbook when answers is null. */
  private static long join(Path register, Path answers, InovasiTables tables, EditionOptions options, PrintWriter err,
      Consumer<Assessment> each) throws IOException {
    IidEdition edition = options.forTables(err);
    List<Assessment> joined = new ArrayList<>();
    ReadReport report = answers == null
        ? tables.readAssessments(register, edition, options.allowUnknownIndicators, RegionDirectory.kemendagri(), joined::add)
        : tables.readAssessments(register, answers, edition, options.allowUnknownIndicators,
            RegionDirectory.kemendagri(), joined::add);
    report.requireComplete();
    joined.forEach(each);
    return report.problems().stream().filter(p -> p.code().equals("UNKNOWN_INDICATOR")).count();
  }

  /** The current edition, said on {@code err} (when not null) since the user did not choose it. */
  static String currentEdition(PrintWriter err) {
    String id = currentEdition();
    if (err != null) {
      err.println("edisi: " + id + " (bawaan; pilih dengan --edition) / edition: " + id
          + " (the current one; choose with --edition)");
    }
    return id;
  }

  /** The current edition: the newest bundled one whose year has come. */
  static String currentEdition() {
    int year = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
    return IidEdition.bundledIds().stream()
        .map(IidEdition::bundled)
        .filter(e -> e.year() <= year)
        .max(java.util.Comparator.comparingInt(IidEdition::year))
        .map(IidEdition::id)
        .orElseThrow(() -> new InovasiException("no bundled edition for " + year));
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
