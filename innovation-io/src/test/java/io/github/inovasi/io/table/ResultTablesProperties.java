package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.Loss;
import io.github.inovasi.scoring.iid.LossReason;
import io.github.inovasi.scoring.iid.PlanAction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rankings and breakdowns written then read give equal rows, decimals with their scale. */
final class ResultTablesProperties {
  private static final InovasiTables TABLES = InovasiTables.create();

  /** Decimals as published: up to four places, trailing zeros kept. */
  private static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.longs().between(0, 10_000_000), Arbitraries.integers().between(0, 4))
        .as(BigDecimal::valueOf);
  }

  private static Arbitrary<String> texts() {
    Arbitrary<String> start = Arbitraries.of("=", "+", "-", "@", "'", "\"", "x", "é", "中");
    Arbitrary<String> body = Arbitraries.strings().withChars("ab ,;\"'\n=+-@ü").ofMinLength(1).ofMaxLength(10);
    return Combinators.combine(start, body).as((a, b) -> a + b).filter(t -> !t.isBlank());
  }

  private static Arbitrary<RegionCode> regions() {
    return Arbitraries.of("11", "35.72", "53.14", "91.01").map(RegionCode::parse);
  }

  @Provide
  Arbitrary<List<RankingEntry>> rankings() {
    Arbitrary<RankingEntry> one =
        Combinators.combine(
                Arbitraries.of(RankingCategory.awardCategories()),
                Arbitraries.integers().between(1, 546),
                regions(),
                texts(),
                decimals(),
                Arbitraries.of(Rating.class),
                Arbitraries.of("iid-2025", "iid-2026"))
            .as(RankingEntry::new);
    return one.list().ofMaxSize(8).uniqueElements(e -> e.category().id() + "/" + e.region());
  }

  @Provide
  Arbitrary<List<BreakdownEntry>> breakdowns() {
    Arbitrary<List<Loss>> losses =
        Combinators.combine(Arbitraries.of(LossReason.class), decimals()).as(Loss::new).list().ofMaxSize(3);
    Arbitrary<BreakdownEntry> one =
        Combinators.combine(
                regions(),
                Arbitraries.of("SPD", "SID", "COUNT"),
                Arbitraries.of("1", "2a", "16", "slot"),
                texts().optional(),
                Combinators.combine(texts(), texts()).as(Label::of),
                decimals(),
                losses)
            .as((region, part, code, innovation, label, earned, lost) ->
                new BreakdownEntry(region, part, code, innovation, label, earned,
                    lost.stream().map(Loss::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                    com.google.common.collect.ImmutableList.copyOf(lost)));
    return one.list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<PlanEntry>> plans() {
    Arbitrary<PlanAction> action =
        Combinators.combine(
                Arbitraries.of(PlanAction.Kind.class),
                texts().optional(),
                Arbitraries.of("1", "2a", "16").optional(),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(true, false),
                Arbitraries.of(GovernmentAffair.class).optional(),
                Arbitraries.integers().between(0, 20))
            .as(Where::new)
            .flatMap(w -> Combinators.combine(Arbitraries.integers().between(0, 50), decimals(),
                    Combinators.combine(texts(), texts()).as(Label::of))
                .as((effort, gain, label) -> new PlanAction(w.kind, w.innovation, w.indicator, w.from, w.to, w.evidence,
                    w.affair, w.count, effort, gain, label)));
    Arbitrary<PlanEntry> one =
        Combinators.combine(regions(), Arbitraries.of(PlanEntry.Section.class), Arbitraries.integers().between(1, 30),
                action, decimals(), decimals(), decimals())
            .as(PlanEntry::new);
    return one.list().ofMaxSize(8).uniqueElements(e -> e.region() + "/" + e.section() + "/" + e.step());
  }

  /** What and where an action is, before its effort, gain and description. */
  private record Where(PlanAction.Kind kind, Optional<String> innovation, Optional<String> indicator, int from, int to,
      boolean evidence, Optional<GovernmentAffair> affair, int count) {}

  /** Writes the rows in every format and reads them back: the same rows, no problem. */
  private static <T> void roundTrip(List<T> rows, Writers<T> writers, Readers<T> readers) throws IOException {
    for (TableFormat format : TableFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter<T> w = writers.open(out, format)) {
        for (T r : rows) {
          w.write(r);
        }
      }
      List<T> back = new ArrayList<>();
      ReadReport report = readers.read(new ByteArrayInputStream(out.toByteArray()), "p", format, back::add);
      assertThat(report.problems()).as(format.toString()).isEmpty();
      assertThat(back).as(format.toString()).isEqualTo(rows);
    }
  }

  private interface Writers<T> {
    RecordWriter<T> open(ByteArrayOutputStream out, TableFormat format) throws IOException;
  }

  private interface Readers<T> {
    ReadReport read(ByteArrayInputStream in, String source, TableFormat format, java.util.function.Consumer<T> each)
        throws IOException;
  }

  @Property(tries = 100)
  void rankings_roundTrip(@ForAll("rankings") List<RankingEntry> rows) throws IOException {
    roundTrip(rows, TABLES::rankingEntryWriter, TABLES::readRankings);
  }

  @Property(tries = 100)
  void breakdowns_roundTrip(@ForAll("breakdowns") List<BreakdownEntry> rows) throws IOException {
    roundTrip(rows, TABLES::breakdownEntryWriter, TABLES::readBreakdowns);
  }

  /** Issue 9: a plan handed on as .csv or .xlsx reads back to the same actions, gains exact. */
  @Property(tries = 100)
  void plans_roundTrip(@ForAll("plans") List<PlanEntry> rows) throws IOException {
    roundTrip(rows, TABLES::planWriter, TABLES::readPlans);
  }
}
