package io.github.inovasi.portal;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.reference.RegionDirectory;
import io.github.inovasi.model.validation.AssessmentValidator;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.IncompleteEditionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns uploaded files into one stored assessment, or refuses them with every problem found
 * and stores nothing. Tables (a register and an answers table, CSV or .xlsx, Indonesian or
 * English headers) are joined by the library's {@link InovasiTables#readAssessments}; a JSON
 * document is read by {@link InovasiJson}. Both apply the portal's {@code ReadLimits}, so a
 * file that is too large or a zip bomb posing as .xlsx is refused by the library's own checks.
 */
@Service
class UploadService {
  private final InovasiTables tables;
  private final InovasiJson json;
  private final RegionDirectory directory;
  private final PortalStore store;
  private final MessageSource messages;
  private final Clock clock;
  private final long maxUploadBytes;

  UploadService(InovasiTables tables, InovasiJson json, RegionDirectory directory, PortalStore store,
      MessageSource messages, Clock clock, @Value("${inovasi.portal.max-upload-bytes}") long maxUploadBytes) {
    this.tables = tables;
    this.json = json;
    this.directory = directory;
    this.store = store;
    this.messages = messages;
    this.clock = clock;
    this.maxUploadBytes = maxUploadBytes;
  }

  /**
   * One uploaded file.
   *
   * @param filename the name the officer's file had (shown in problems)
   * @param size its size in bytes
   * @param content its content
   */
  record Part(String filename, long size, InputStreamSource content) {
    static Optional<Part> of(MultipartFile f) {
      if (f == null || f.isEmpty()) {
        return Optional.empty();
      }
      String name = Optional.ofNullable(f.getOriginalFilename()).orElse("");
      name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      return Optional.of(new Part(name.isBlank() ? f.getName() : name, f.getSize(), f));
    }

    String extension() {
      int dot = filename.lastIndexOf('.');
      return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The files of one upload: either a register and an answers table with the edition they
   * are for, or one JSON assessment document (which names its edition).
   *
   * @param register the register table, if given
   * @param answers the answers table, if given
   * @param assessment the JSON document, if given
   * @param editionId the edition of tables
   */
  record UploadFiles(Optional<Part> register, Optional<Part> answers, Optional<Part> assessment, String editionId) {
    static UploadFiles of(MultipartFile register, MultipartFile answers, MultipartFile assessment, String editionId) {
      return new UploadFiles(Part.of(register), Part.of(answers), Part.of(assessment), editionId == null ? "" : editionId);
    }
  }

  /**
   * What came of an upload: accepted and stored (with its score and any warnings), or refused
   * with its problems and nothing stored.
   *
   * @param uploadId the stored upload, empty when refused
   * @param assessment the assessment read, empty when refused
   * @param score its IID under its own edition, empty when refused
   * @param problems every problem found (errors when refused; warnings otherwise)
   */
  record Outcome(
      Optional<Long> uploadId,
      Optional<Assessment> assessment,
      Optional<IidScore> score,
      ImmutableList<Problem> problems) {
    boolean accepted() {
      return uploadId.isPresent();
    }

    static Outcome refused(List<Problem> problems) {
      return new Outcome(Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.copyOf(problems));
    }
  }

  /**
   * Reads, checks, scores and stores one upload for a region.
   *
   * @param region the region of the page or URL (already checked against the officer)
   * @param files the files
   * @param officer who uploads
   * @return the outcome; nothing is stored unless it is accepted
   */
  Outcome upload(Region region, UploadFiles files, Officer officer) {
    List<Problem> refusals = new ArrayList<>();
    boolean tablesGiven = files.register().isPresent() || files.answers().isPresent();
    if (files.assessment().isPresent() == tablesGiven
        || (tablesGiven && (files.register().isEmpty() || files.answers().isEmpty()))) {
      return Outcome.refused(List.of(problem("NO_FILES", "upload", "upload.problem.files")));
    }
    if (tablesGiven && !IidEdition.bundledIds().contains(files.editionId())) {
      refusals.add(problem("UNKNOWN_EDITION", "edition", "upload.problem.edition",
          files.editionId(), String.join(", ", IidEdition.bundledIds())));
    }
    files.register().ifPresent(f -> check(f, List.of("csv", "xlsx"), refusals));
    files.answers().ifPresent(f -> check(f, List.of("csv", "xlsx"), refusals));
    files.assessment().ifPresent(f -> check(f, List.of("json"), refusals));
    if (!refusals.isEmpty()) {
      return Outcome.refused(refusals);
    }
    Path dir = null;
    try {
      dir = java.nio.file.Files.createTempDirectory("inovasi-upload-");
      List<Assessment> read = new ArrayList<>();
      ReadReport report;
      String format;
      if (tablesGiven) {
        Path register = copy(files.register().get(), dir, "register");
        Path answers = copy(files.answers().get(), dir, "answers");
        format = files.register().get().extension();
        report = tables.readAssessments(register, answers, files.editionId(), directory, read::add);
        report = renamed(report, dir, files);
      } else {
        Path document = copy(files.assessment().get(), dir, "assessment");
        format = "json";
        Optional<JsonKind<?>> kind = json.detect(document);
        report = kind.isPresent() && kind.get() == JsonKind.ASSESSMENTS
            ? json.stream(document, JsonKind.ASSESSMENTS, read::add)
            : kind.isPresent() && kind.get() == JsonKind.ASSESSMENT
                ? json.stream(document, JsonKind.ASSESSMENT, read::add)
                : kind.isPresent() ? notAssessment(kind.get()) : json.validate(document);
        report = renamed(report, dir, files);
      }
      if (!report.isComplete()) {
        return Outcome.refused(report.problems());
      }
      return accept(region, read, format, report.problems(), officer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private Outcome accept(Region region, List<Assessment> read, String format, List<Problem> warnings, Officer officer) {
    if (read.size() != 1 || !read.get(0).region().code().equals(region.code())) {
      String found = read.stream().map(a -> a.region().code().toString()).distinct().reduce((a, b) -> a + ", " + b).orElse("-");
      return Outcome.refused(List.of(problem("WRONG_REGION", "region", "upload.problem.region",
          region.code().toString(), found)));
    }
    Assessment assessment = read.get(0);
    IidEdition edition;
    IidScore score;
    try {
      edition = IidEdition.bundled(assessment.editionId());
      score = IidScorer.of(edition).score(assessment);
    } catch (IncompleteEditionException e) {
      return Outcome.refused(List.of(problem("EDITION_INCOMPLETE", "editionId", "upload.problem.incomplete",
          e.editionId(), e.missing().toString())));
    } catch (InovasiException e) {
      return Outcome.refused(List.of(problem("UNKNOWN_EDITION", "editionId", "upload.problem.edition",
          assessment.editionId(), String.join(", ", IidEdition.bundledIds()))));
    }
    List<Indicator> catalogue = new ArrayList<>(edition.spdIndicators());
    catalogue.addAll(edition.sidIndicators());
    List<Problem> problems = new ArrayList<>(warnings);
    problems.addAll(AssessmentValidator.of(directory).validate(assessment, catalogue));
    if (problems.stream().anyMatch(Problem::isError)) {
      return Outcome.refused(problems);
    }
    problems.addAll(score.problems());
    long id = store.save(new PortalStore.Upload(
        0, region.code(), edition.id(), edition.year(), format, officer.username(),
        OffsetDateTime.now(clock), json.writeString(JsonKind.ASSESSMENT, List.of(assessment)),
        score.index(), score.rating()));
    return new Outcome(Optional.of(id), Optional.of(assessment), Optional.of(score), ImmutableList.copyOf(problems));
  }

  private void check(Part file, List<String> extensions, List<Problem> problems) {
    String name = file.filename();
    if (!extensions.contains(file.extension())) {
      problems.add(problem("WRONG_FILE_TYPE", name, "upload.problem.type", String.join(", ", extensions), name));
    } else if (file.size() > maxUploadBytes) {
      problems.add(problem("FILE_TOO_LARGE", name, "upload.problem.size",
          String.valueOf(maxUploadBytes), String.valueOf(file.size())));
    }
  }

  private ReadReport notAssessment(JsonKind<?> kind) {
    return ReadReport.builder()
        .records(0)
        .addProblems(problem("NOT_AN_ASSESSMENT", "kind", "upload.problem.kind", kind.id()))
        .build();
  }

  /** Problems name the file the officer chose, not the server's temporary copy. */
  private static ReadReport renamed(ReadReport report, Path dir, UploadFiles files) {
    List<Problem> problems = new ArrayList<>();
    for (Problem p : report.problems()) {
      Optional<String> source = p.location().source().map(s -> original(s, dir, files));
      problems.add(Problem.builder().from(p)
          .location(Location.builder().from(p.location()).source(source).build())
          .build());
    }
    return ReadReport.builder().from(report).problems(problems).build();
  }

  private static String original(String source, Path dir, UploadFiles files) {
    for (var e : List.of(
        java.util.Map.entry("register", files.register()),
        java.util.Map.entry("answers", files.answers()),
        java.util.Map.entry("assessment", files.assessment()))) {
      if (e.getValue().isPresent()) {
        String copy = dir.resolve(e.getKey() + "." + e.getValue().get().extension()).toString();
        if (source.equals(copy)) {
          return e.getValue().get().filename();
        }
      }
    }
    return source.startsWith(dir.toString()) ? source.substring(dir.toString().length() + 1) : source;
  }

  private static Path copy(Part file, Path dir, String slot) throws IOException {
    Path target = dir.resolve(slot + "." + file.extension());
    try (InputStream in = file.content().getInputStream()) {
      java.nio.file.Files.copy(in, target);
    }
    return target;
  }

  private Problem problem(String code, String where, String key, Object... args) {
    return Problem.error(code, Location.builder().source(where).build(),
        Label.of(messages.getMessage(key, args, PortalConfig.INDONESIAN), messages.getMessage(key, args, Locale.ENGLISH)));
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = java.nio.file.Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless; the upload's outcome stands
    }
  }
}
