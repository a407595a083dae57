package io.github.inovasi.io.table;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.internal.ProblemLog;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.reference.RegionDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Joins a register and an answers table into one assessment per region. A region's data is
 * spread over both files, so both are held in memory (grouped by region) while joining.
 */
final class AssessmentAssembler {
  private final Map<RegionCode, Map<String, Innovation>> innovations = new TreeMap<>();
  private final Map<RegionCode, List<Answer>> regionAnswers = new TreeMap<>();
  private final Map<String, List<Answer>> innovationAnswers = new LinkedHashMap<>();

  void add(RegisterEntry entry) {
    innovations.computeIfAbsent(entry.region(), r -> new LinkedHashMap<>()).put(entry.innovation().id(), entry.innovation());
  }

  void add(AnswerEntry entry) {
    if (entry.innovationId().isEmpty()) {
      regionAnswers.computeIfAbsent(entry.region(), r -> new ArrayList<>()).add(entry.answer());
    } else {
      innovationAnswers.computeIfAbsent(key(entry.region(), entry.innovationId().get()), k -> new ArrayList<>()).add(entry.answer());
    }
  }

  private static String key(RegionCode region, String innovation) {
    return region + "/" + innovation;
  }

  /** Builds the assessments, logging answers without an innovation and unknown regions. */
  long assemble(
      String editionId, RegionDirectory directory, Optional<String> answersSource, ProblemLog log, Consumer<? super Assessment> each) {
    for (String key : innovationAnswers.keySet()) {
      String[] parts = key.split("/", 2);
      if (!innovations.getOrDefault(RegionCode.parse(parts[0]), Map.of()).containsKey(parts[1])) {
        log.error(
            at(answersSource, key),
            "UNKNOWN_INNOVATION",
            Label.of("Jawaban untuk inovasi yang tidak ada di daftar", "Answers for an innovation not in the register"),
            "an innovation id of the register",
            key);
      }
    }
    java.util.Set<RegionCode> regions = new java.util.TreeSet<>(innovations.keySet());
    regions.addAll(regionAnswers.keySet());
    for (RegionCode code : regions) {
      if (directory.find(code).isEmpty()) {
        log.error(
            at(Optional.empty(), code.value()),
            "UNKNOWN_REGION",
            Label.of("Kode wilayah tidak ada dalam daftar Kemendagri", "Region code not in the Kemendagri list"),
            "a Kemendagri region code",
            code.value());
      }
    }
    // Nothing is passed on from a join with problems: checked before the first assessment.
    if (log.hasErrors()) {
      return 0;
    }
    long count = 0;
    for (RegionCode code : regions) {
      Optional<Region> region = directory.find(code);
      try {
        Assessment.Builder b =
            Assessment.builder()
                .region(region.get())
                .editionId(editionId)
                .addAllRegionAnswers(regionAnswers.getOrDefault(code, List.of()));
        for (Innovation i : innovations.getOrDefault(code, Map.of()).values()) {
          b.addInnovations(ReportedInnovation.of(i, innovationAnswers.getOrDefault(key(code, i.id()), List.of())));
        }
        each.accept(b.build());
        count++;
      } catch (InvalidValueException e) {
        log.cause(e);
        log.add(e.toProblem(at(Optional.empty(), code.value())));
      }
    }
    return count;
  }

  private static io.github.inovasi.model.Location at(Optional<String> source, String path) {
    io.github.inovasi.model.Location.Builder b = io.github.inovasi.model.Location.builder().path(path);
    source.ifPresent(b::source);
    return b.build();
  }

  static ReadReport combine(ReadReport register, ReadReport answers, long assessments, ProblemLog assembly) {
    return ReadReport.builder()
        .source(register.source().map(r -> r + " + " + answers.source().orElse("answers")))
        .records(assessments)
        .addAllProblems(register.problems())
        .addAllProblems(answers.problems())
        .addAllProblems(assembly.problems())
        .build();
  }
}
