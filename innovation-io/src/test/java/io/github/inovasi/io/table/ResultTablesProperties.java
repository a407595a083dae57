package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.Loss;
import io.github.inovasi.scoring.iid.LossReason;
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

  @Property(tries = 100)
  void rankings_roundTrip(@ForAll("rankings") List<RankingEntry> rows) throws IOException {
    for (TableFormat format : TableFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter<RankingEntry> w = TABLES.rankingEntryWriter(out, format)) {
        for (RankingEntry r : rows) {
          w.write(r);
        }
      }
      List<RankingEntry> back = new ArrayList<>();
      ReadReport report = TABLES.readRankings(new ByteArrayInputStream(out.toByteArray()), "p", format, back::add);
      assertThat(report.problems()).as(format.toString()).isEmpty();
      assertThat(back).as(format.toString()).isEqualTo(rows);
    }
  }

  @Property(tries = 100)
  void breakdowns_roundTrip(@ForAll("breakdowns") List<BreakdownEntry> rows) throws IOException {
    for (TableFormat format : TableFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter<BreakdownEntry> w = TABLES.breakdownEntryWriter(out, format)) {
        for (BreakdownEntry r : rows) {
          w.write(r);
        }
      }
      List<BreakdownEntry> back = new ArrayList<>();
      ReadReport report = TABLES.readBreakdowns(new ByteArrayInputStream(out.toByteArray()), "p", format, back::add);
      assertThat(report.problems()).as(format.toString()).isEmpty();
      assertThat(back).as(format.toString()).isEqualTo(rows);
    }
  }
}
