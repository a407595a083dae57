package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.reference.RegionDirectory;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.internal.JsonFields;
import io.github.inovasi.scoring.internal.JsonTree;
import io.github.inovasi.scoring.internal.JsonTree.Node;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a judged entries file; see {@link JudgedEntries}. */
final class JudgedEntriesReader extends JsonFields {
  static final String FORMAT = "inovasi-judged-entries";

  private final String source;

  private JudgedEntriesReader(String source) {
    this.source = source;
  }

  /**
   * Reads an entries file.
   *
   * @param file the file
   * @return the entries, in file order
   * @throws InvalidInputException listing every problem with its location
   * @throws InovasiException if the file cannot be read
   */
  static ImmutableList<JudgedEntry> read(Path file) {
    return JsonFields.readFile(file, "judged entries", in -> read(in, file.toString()));
  }

  /**
   * Reads entries from a stream.
   *
   * @param in the JSON text; not closed
   * @param source the name used in problem locations
   * @return the entries, in order
   * @throws InvalidInputException listing every problem with its location
   */
  static ImmutableList<JudgedEntry> read(InputStream in, String source) {
    return new JudgedEntriesReader(source).run(in);
  }

  private ImmutableList<JudgedEntry> run(InputStream in) {
    Node root = JsonTree.parse(in, source, problems);
    ImmutableList.Builder<JudgedEntry> out = ImmutableList.builder();
    if (root != null && object(root, "format", "formatVersion", "entries")) {
      String format = string(required(root, "format"));
      if (format != null && !FORMAT.equals(format)) {
        problems.add(problem("WRONG_FORMAT", root.fields.get("format"), "Bukan berkas entri juri",
            "Not a judged entries file", FORMAT));
      }
      integer(required(root, "formatVersion"), 1, 1);
      Node entries = required(root, "entries");
      Set<String> ids = new HashSet<>();
      if (entries != null && array(entries)) {
        for (Node item : entries.items) {
          JudgedEntry e = entry(item);
          if (e != null) {
            if (ids.add(e.subject().id())) {
              out.add(e);
            } else {
              problems.add(problem("DUPLICATE_ENTRY", item.fields.get("id"), "Entri ganda",
                  "Duplicate entry", "a unique id"));
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Judged entries " + source + " have " + problems.size()
          + " problem(s)", problems);
    }
    return out.build();
  }

  private JudgedEntry entry(Node item) {
    if (!object(item, "id", "name", "unit", "scores")) {
      return null;
    }
    int before = problems.size();
    String id = string(required(item, "id"));
    String name = string(required(item, "name"));
    String unitText = string(required(item, "unit"));
    ScoredUnit unit = null;
    if (unitText != null) {
      for (ScoredUnit u : ScoredUnit.values()) {
        if (u.code().equals(unitText)) {
          unit = u;
        }
      }
      if (unit == null) {
        problems.add(problem("UNKNOWN_VALUE", item.fields.get("unit"), "Nilai tidak dikenal",
            "Unknown value", "region, innovation or proposal"));
      }
    }
    Optional<Region> region = Optional.empty();
    if (unit == ScoredUnit.REGION && id != null) {
      region = regionOf(id, item.fields.get("id"));
    }
    JudgedEntry.Builder b = JudgedEntry.builder();
    Node scores = required(item, "scores");
    if (scores != null && map(scores)) {
      for (Map.Entry<String, Node> judge : scores.fields.entrySet()) {
        if (map(judge.getValue())) {
          for (Map.Entry<String, Node> score : judge.getValue().fields.entrySet()) {
            BigDecimal value = nonNegative(score.getValue());
            if (value != null) {
              b.addScores(new JudgeScore(judge.getKey(), score.getKey(), value));
            }
          }
        }
      }
    }
    if (problems.size() > before || unit == null) {
      return null;
    }
    ScoredUnit kind = unit;
    Subject subject = region.isPresent() ? Subject.of(region.get())
        : guard(item, () -> Subject.of(kind, id, name));
    return subject == null ? null : guard(item, () -> b.subject(subject).build());
  }

  private Optional<Region> regionOf(String id, Node at) {
    try {
      Optional<Region> r = RegionDirectory.kemendagri().find(RegionCode.parse(id));
      if (r.isEmpty()) {
        problems.add(problem("UNKNOWN_REGION", at, "Kode daerah tidak dikenal",
            "Unknown region code", "a Kemendagri region code"));
      }
      return r;
    } catch (InvalidValueException e) {
      problems.add(problem("UNKNOWN_REGION", at, "Kode daerah tidak valid", "Invalid region code",
          "a Kemendagri region code such as 35.72"));
      return Optional.empty();
    }
  }

  /** Returns {@code "JudgedEntries[file.json]"}. */
  @Override
  public String toString() {
    return "JudgedEntriesReader[" + source + "]";
  }
}
