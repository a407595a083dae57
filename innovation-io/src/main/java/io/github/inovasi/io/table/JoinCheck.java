package io.github.inovasi.io.table;

import io.github.inovasi.io.internal.ProblemLog;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.reference.RegionDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a register and an answers table against each other and against an edition, with
 * every problem located in the row and column of the file the user edited: unknown indicator
 * codes (at the answer's row), answers for an innovation or a region that the register does
 * not hold, regions missing from the directory (at the register's row), and mandatory
 * indicators left unanswered (a warning at the innovation's register row). The tables are
 * read through the wrappers below, which remember where each region and innovation first
 * appears; only those places and the codes answered per innovation are kept.
 */
final class JoinCheck {
  private final EditionCheck edition;
  private final Problem.Severity unknownCodes;
  private final Map<String, Location> registerRows = new LinkedHashMap<>();
  private final Map<RegionCode, Location> registerRegions = new LinkedHashMap<>();
  private final Map<String, Location> answerRows = new LinkedHashMap<>();
  private final Map<RegionCode, Location> answerRegions = new LinkedHashMap<>();
  private final Map<String, Set<String>> answered = new HashMap<>();
  private final List<Problem> warnings = new ArrayList<>();
  private long ignored;

  JoinCheck(EditionCheck edition, boolean allowUnknownCodes) {
    this.edition = edition;
    this.unknownCodes = allowUnknownCodes ? Problem.Severity.WARNING : Problem.Severity.ERROR;
  }

  private static String place(RegionCode region, Optional<String> innovation) {
    return region + "/" + innovation.orElse("");
  }

  /** The register, remembering where each innovation and region is. */
  Table<RegisterEntry> register() {
    return new Delegate<>(RegisterTable.INSTANCE) {
      @Override
      RegisterEntry read(RowCells row) {
        RegisterEntry entry = RegisterTable.INSTANCE.read(row);
        if (entry != null && row.ok()) {
          registerRows.putIfAbsent(place(entry.region(), Optional.of(entry.innovation().id())), row.at("id"));
          registerRegions.putIfAbsent(entry.region(), row.at("region_code"));
        }
        return entry;
      }
    };
  }

  /** The answers, each code checked against the edition where it is typed. */
  Table<AnswerEntry> answers() {
    return new Delegate<>(AnswerTable.INSTANCE) {
      @Override
      AnswerEntry read(RowCells row) {
        AnswerEntry entry = AnswerTable.INSTANCE.read(row);
        if (entry == null || !row.ok()) {
          return entry;
        }
        String code = entry.answer().indicatorCode();
        boolean regionLevel = entry.innovationId().isEmpty();
        Optional<Problem> unknown = edition.problem(code, regionLevel, row.at("indicator_code"), unknownCodes);
        if (unknown.isPresent()) {
          if (unknownCodes == Problem.Severity.ERROR) {
            Problem p = unknown.get();
            row.invalid("indicator_code", p.code(), p.message(), p.expected().orElse(null), p.found().orElse(null));
            return null;
          }
          warnings.add(unknown.get());
          ignored++;
        }
        String key = place(entry.region(), entry.innovationId());
        answerRows.putIfAbsent(key, row.at(regionLevel ? "region_code" : "innovation_id"));
        answerRegions.putIfAbsent(entry.region(), row.at("region_code"));
        answered.computeIfAbsent(key, k -> new HashSet<>()).add(code);
        return entry;
      }
    };
  }

  /** Answers whose code was unknown and allowed: scoring ignores them. */
  long ignored() {
    return ignored;
  }


  /** Logs every problem of the join; call after both tables are read. */
  void check(RegionDirectory directory, ProblemLog log) {
    warnings.forEach(log::add);
    registerRegions.forEach((region, at) -> {
      if (directory.find(region).isEmpty()) {
        log.error(at, "UNKNOWN_REGION",
            Label.of("Kode wilayah tidak ada dalam daftar Kemendagri", "Region code not in the Kemendagri list"),
            "a Kemendagri region code", region.value());
      }
    });
    answerRegions.forEach((region, at) -> {
      if (!registerRegions.containsKey(region)) {
        log.error(at, "REGION_NOT_IN_REGISTER",
            Label.of("Jawaban untuk wilayah " + region + " yang tidak ada di daftar inovasi",
                "Answers for region " + region + ", which is not in the register"),
            "a region code of the register", region.value());
      }
    });
    answerRows.forEach((key, at) -> {
      boolean regionLevel = key.endsWith("/");
      if (!regionLevel && !registerRows.containsKey(key) && registerRegions.containsKey(RegionCode.parse(key.substring(0, key.indexOf('/'))))) {
        log.error(at, "UNKNOWN_INNOVATION",
            Label.of("Jawaban untuk inovasi yang tidak ada di daftar: " + key,
                "Answers for an innovation not in the register: " + key),
            "an innovation id of the register", key.substring(key.indexOf('/') + 1));
      }
    });
    registerRows.forEach((key, at) -> mandatory(key, false, at, log));
    registerRegions.forEach((region, at) -> mandatory(place(region, Optional.empty()), true, at, log));
  }

  private void mandatory(String key, boolean regionLevel, Location at, ProblemLog log) {
    Set<String> codes = answered.getOrDefault(key, Set.of());
    List<String> missing = new ArrayList<>();
    for (String code : edition.mandatory(regionLevel)) {
      if (!codes.contains(code)) {
        missing.add(code);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String what = regionLevel ? "SPD " + key.substring(0, key.length() - 1) : "SID " + key;
    log.add(Problem.builder()
        .code("MANDATORY_UNANSWERED")
        .severity(Problem.Severity.WARNING)
        .location(at)
        .message(Label.of(
            "Indikator wajib " + edition.edition().id() + " belum dijawab (" + what + "): " + String.join(", ", missing)
                + (regionLevel ? "" : "; inovasi ini tidak dihitung"),
            "Mandatory " + edition.edition().id() + " indicators unanswered (" + what + "): " + String.join(", ", missing)
                + (regionLevel ? "" : "; this innovation does not count")))
        .expected("an answer for each mandatory indicator")
        .found(String.join(", ", missing) + " unanswered")
        .build());
  }

  /** A table read as another, with {@link #read} replaced. */
  private abstract static class Delegate<T> extends Table<T> {
    private final Table<T> table;

    Delegate(Table<T> table) {
      this.table = table;
    }

    @Override
    String name() {
      return table.name();
    }

    @Override
    List<Column> columns() {
      return table.columns();
    }

    @Override
    List<List<Object>> write(T record) {
      return table.write(record);
    }

    @Override
    Object key(T record) {
      return table.key(record);
    }

    @Override
    T merge(T pending, T next, RowCells row) {
      return table.merge(pending, next, row);
    }
  }
}
