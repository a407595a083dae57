package io.github.inovasi.io.table;

import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.Loss;
import io.github.inovasi.scoring.iid.LossReason;
import io.github.inovasi.scoring.iid.PlanAction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tables of scoring results: rankings, breakdowns and plans, written and read back. */
final class ResultTables {
  private ResultTables() {}

  private static final Map<String, RankingCategory> CATEGORIES = new HashMap<>();
  private static final Map<String, Rating> RATINGS = new HashMap<>();
  private static final Map<String, LossReason> REASONS = new HashMap<>();
  private static final Map<String, PlanAction.Kind> KINDS = new HashMap<>();
  private static final Map<String, PlanEntry.Section> SECTIONS = Map.of(
      "RENCANA", PlanEntry.Section.PLAN, "PLAN", PlanEntry.Section.PLAN,
      "KANDIDAT", PlanEntry.Section.CANDIDATE, "CANDIDATE", PlanEntry.Section.CANDIDATE);

  static {
    RankingCategory.awardCategories().forEach(c -> CATEGORIES.put(c.id().toLowerCase(Locale.ROOT), c));
    for (Rating r : Rating.values()) {
      for (String s : List.of(r.name(), r.label().indonesian(), r.label().english())) {
        RATINGS.putIfAbsent(Cells.normalise(s), r);
      }
    }
    for (PlanAction.Kind k : PlanAction.Kind.values()) {
      KINDS.put(k.name(), k);
    }
    for (LossReason r : LossReason.values()) {
      REASONS.put(Cells.normalise(r.name()), r);
    }
  }

  /** One row per ranked region: category, rank, region, index (exact), rating, policy. */
  static final Table<RankingEntry> RANKINGS =
      new Named<>("rankings") {
        @Override
        List<Column> columns() {
          return List.of(
              Column.required("kategori", "category"),
              Column.required("peringkat", "rank"),
              Column.required("kode_wilayah", "region_code"),
              Column.required("nama_wilayah", "region_name"),
              Column.required("indeks", "index"),
              Column.required("predikat", "rating"),
              Column.required("kebijakan", "policy"));
        }

        @Override
        RankingEntry read(RowCells row) {
          RankingCategory category = row.lookup("category", true,
              text -> CATEGORIES.get(text.strip().toLowerCase(Locale.ROOT)),
              Label.of("Kategori peringkat tidak dikenal", "Unknown ranking category"),
              () -> "one of " + String.join(", ", RankingCategory.awardCategories().stream().map(RankingCategory::id).toList()));
          Integer rank = row.requiredWhole("rank", 1);
          RegionCode region = row.regionCode("region_code");
          String name = row.required("region_name");
          BigDecimal index = row.requiredDecimal("index");
          Rating rating = row.lookup("rating", true, text -> RATINGS.get(Cells.normalise(text)),
              Label.of("Predikat tidak dikenal", "Unknown rating"),
              () -> "one of Sangat Inovatif, Inovatif, Kurang Inovatif, Tidak Dapat Dinilai");
          String policy = row.required("policy");
          if (!row.ok()) {
            return null;
          }
          try {
            return new RankingEntry(category, rank, region, name, index, rating, policy);
          } catch (InvalidValueException e) {
            row.invariant(e);
            return null;
          }
        }

        @Override
        List<List<Object>> write(RankingEntry e) {
          return List.of(
              Arrays.asList(
                  e.category().id(),
                  e.rank(),
                  e.region().value(),
                  e.regionName(),
                  e.index(),
                  e.rating().label().indonesian(),
                  e.policyId()));
        }

        @Override
        Object key(RankingEntry e) {
          return e.category().id() + "/" + e.region().value();
        }
      };

  /**
   * One row per breakdown line: where the points came from and where they were lost, the
   * losses as {@code REASON=points} separated by {@code ;}. The lines add up to the index.
   */
  static final Table<BreakdownEntry> BREAKDOWNS =
      new Named<>("breakdowns") {
        @Override
        List<Column> columns() {
          return List.of(
              Column.required("kode_wilayah", "region_code"),
              Column.required("bagian", "part"),
              Column.required("kode", "code"),
              Column.optional("id_inovasi", "innovation_id"),
              Column.required("uraian", "label"),
              Column.required("description", "description"),
              Column.required("poin_diperoleh", "earned"),
              Column.required("poin_hilang", "lost"),
              Column.optional("alasan", "reasons"));
        }

        @Override
        BreakdownEntry read(RowCells row) {
          RegionCode region = row.regionCode("region_code");
          String part = row.required("part");
          String code = row.required("code");
          Optional<String> innovation = Optional.ofNullable(row.text("innovation_id"));
          String indonesian = row.required("label");
          String english = row.required("description");
          BigDecimal earned = row.requiredDecimal("earned");
          BigDecimal lost = row.requiredDecimal("lost");
          List<Loss> losses = losses(row);
          if (!row.ok()) {
            return null;
          }
          BigDecimal sum = losses.stream().map(Loss::points).reduce(BigDecimal.ZERO, BigDecimal::add);
          if (!losses.isEmpty() && sum.compareTo(lost) != 0) {
            row.invalid("reasons", "INCONSISTENT_TOTAL",
                Label.of("Jumlah poin alasan tidak sama dengan poin hilang", "The reasons' points do not add up to the points lost"),
                lost.toPlainString(), sum.toPlainString());
            return null;
          }
          try {
            return new BreakdownEntry(region, part, code, innovation, Label.of(indonesian, english), earned, lost, com.google.common.collect.ImmutableList.copyOf(losses));
          } catch (InvalidValueException e) {
            row.invariant(e);
            return null;
          }
        }

        private List<Loss> losses(RowCells row) {
          List<Loss> losses = new ArrayList<>();
          for (String item : row.list("reasons")) {
            int eq = item.indexOf('=');
            LossReason reason = eq < 0 ? null : REASONS.get(Cells.normalise(item.substring(0, eq)));
            String points = eq < 0 ? "" : item.substring(eq + 1).strip();
            if (reason == null || !points.matches("-?\\d{1,30}(\\.\\d{1,30})?")) {
              row.invalid("reasons", "UNKNOWN_CODE", Label.of("Alasan tidak dikenal atau poinnya tidak sah", "Unknown reason or invalid points"),
                  "REASON=points separated by ;, REASON one of " + Arrays.toString(LossReason.values()), item);
            } else {
              losses.add(new Loss(reason, new BigDecimal(points)));
            }
          }
          return losses;
        }

        @Override
        List<List<Object>> write(BreakdownEntry e) {
          StringBuilder reasons = new StringBuilder();
          for (Loss loss : e.losses()) {
            reasons.append(reasons.length() == 0 ? "" : ";").append(loss.reason().name()).append('=').append(loss.points().toPlainString());
          }
          return List.of(
              Arrays.asList(
                  e.region().value(),
                  e.part(),
                  e.code(),
                  e.innovationId().orElse(null),
                  e.label().indonesian(),
                  e.label().english(),
                  e.earned(),
                  e.lost(),
                  reasons.length() == 0 ? null : reasons.toString()));
        }

        /** Lines repeat (one per counted innovation slot): no key, nothing kept between rows. */
        @Override
        Object key(BreakdownEntry e) {
          return null;
        }
      };

  /**
   * One row per action of an improvement plan, then the ranked single actions: what to do,
   * where (innovation, indicator, levels, affair), the effort and the exact gain, and the index
   * now, needed and reached.
   */
  static final Table<PlanEntry> PLANS =
      new Named<>("plans") {
        @Override
        List<Column> columns() {
          return List.of(
              Column.required("kode_wilayah", "region_code"),
              Column.required("bagian", "section"),
              Column.required("urutan", "step"),
              Column.required("jenis", "kind"),
              Column.optional("id_inovasi", "innovation_id"),
              Column.optional("kode_indikator", "indicator_code"),
              Column.required("level_awal", "from_level"),
              Column.required("level_tujuan", "to_level"),
              Column.required("tambah_bukti", "adds_evidence"),
              Column.optional("urusan", "affair"),
              Column.required("jumlah_inovasi", "innovations"),
              Column.required("upaya", "effort"),
              Column.required("tambahan_iid", "gain"),
              Column.required("uraian", "label"),
              Column.required("description", "description"),
              Column.required("iid_sekarang", "current_iid"),
              Column.required("iid_sasaran", "target_iid"),
              Column.required("iid_hasil", "resulting_iid"));
        }

        @Override
        PlanEntry read(RowCells row) {
          RegionCode region = row.regionCode("region_code");
          PlanEntry.Section section = row.lookup("section", true, text -> SECTIONS.get(Cells.normalise(text)),
              Label.of("Bagian rencana tidak dikenal", "Unknown plan section"), () -> "rencana or kandidat");
          Integer step = row.requiredWhole("step", 1);
          PlanAction.Kind kind = row.lookup("kind", true, text -> KINDS.get(Cells.normalise(text)),
              Label.of("Jenis tindakan tidak dikenal", "Unknown action kind"), () -> "one of " + Arrays.toString(PlanAction.Kind.values()));
          Optional<String> innovation = Optional.ofNullable(row.text("innovation_id"));
          Optional<String> indicator = Optional.ofNullable(row.text("indicator_code"));
          Integer from = row.requiredWhole("from_level", 0);
          Integer to = row.requiredWhole("to_level", 0);
          Boolean evidence = row.bool("adds_evidence");
          GovernmentAffair affair = row.coded("affair", GovernmentAffair.class, false);
          Integer innovations = row.requiredWhole("innovations", 0);
          Integer effort = row.requiredWhole("effort", 0);
          BigDecimal gain = row.requiredDecimal("gain");
          String indonesian = row.required("label");
          String english = row.required("description");
          BigDecimal current = row.requiredDecimal("current_iid");
          BigDecimal target = row.requiredDecimal("target_iid");
          BigDecimal resulting = row.requiredDecimal("resulting_iid");
          if (evidence == null && row.ok()) {
            row.missing("adds_evidence");
          }
          if (!row.ok()) {
            return null;
          }
          try {
            PlanAction action = new PlanAction(kind, innovation, indicator, from, to, evidence, Optional.ofNullable(affair),
                innovations, effort, gain, Label.of(indonesian, english));
            return new PlanEntry(region, section, step, action, current, target, resulting);
          } catch (InvalidValueException e) {
            row.invariant(e);
            return null;
          }
        }

        @Override
        List<List<Object>> write(PlanEntry e) {
          PlanAction a = e.action();
          return List.of(
              Arrays.asList(
                  e.region().value(),
                  e.section() == PlanEntry.Section.PLAN ? "rencana" : "kandidat",
                  e.step(),
                  a.kind().name(),
                  a.innovationId().orElse(null),
                  a.indicatorCode().orElse(null),
                  a.fromLevel(),
                  a.toLevel(),
                  Cells.bool(a.addsEvidence()),
                  a.affair().map(GovernmentAffair::code).orElse(null),
                  a.innovations(),
                  a.effort(),
                  a.gain(),
                  a.description().indonesian(),
                  a.description().english(),
                  e.currentIndex(),
                  e.targetIndex(),
                  e.resultingIndex()));
        }

        @Override
        Object key(PlanEntry e) {
          return e.region().value() + "/" + e.section() + "/" + e.step();
        }
      };

  private abstract static class Named<T> extends Table<T> {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    String name() {
      return name;
    }
  }
}
