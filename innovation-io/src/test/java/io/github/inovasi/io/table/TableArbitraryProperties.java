package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.testing.InovasiArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Export then import gives equal values over the model's shared arbitraries, for both table
 * kinds and both formats (the register holds the profile's flat fields only).
 */
final class TableArbitraryProperties {
  private static final InovasiTables TABLES = InovasiTables.create();

  @Provide
  Arbitrary<List<Innovation>> innovations() {
    return InovasiArbitraries.innovations()
        .map(i -> i.withInnovators().withReplications().withBudgetDocument(Optional.empty()).withBusinessProfile(Optional.empty()))
        .list().ofMaxSize(5).uniqueElements(Innovation::id);
  }

  @Provide
  Arbitrary<List<Answer>> answers() {
    return InovasiArbitraries.answers().list().ofMaxSize(6).uniqueElements(Answer::indicatorCode);
  }

  /** Text that trips spreadsheets: formula starts, quotes, line breaks, edge spaces, non-Latin. */
  @Provide
  Arbitrary<String> trickyTexts() {
    Arbitrary<String> start = net.jqwik.api.Arbitraries.of("=", "+", "-", "@", "'", "''", "\"", " ", "\t", "x", "é", "’");
    Arbitrary<String> body = net.jqwik.api.Arbitraries.strings().withChars("ab ,;\"'\n\r=+-@ü中").ofMinLength(1).ofMaxLength(12);
    return net.jqwik.api.Combinators.combine(start, body).as((a, b) -> a + b).filter(t -> !t.isBlank());
  }

  @Property(tries = 150)
  void register_trickyText_roundTrips(
      @ForAll("innovations") List<Innovation> innovations, @ForAll("trickyTexts") String name, @ForAll("trickyTexts") String design)
      throws IOException {
    List<Innovation> tricky = new ArrayList<>();
    innovations.forEach(i -> tricky.add(i.withName(name).withDesign(design)));
    register_roundTrips(tricky);
  }

  @Property(tries = 80)
  void register_roundTrips(@ForAll("innovations") List<Innovation> innovations) throws IOException {
    List<RegisterEntry> rows = new ArrayList<>();
    innovations.forEach(i -> rows.add(RegisterEntry.of(RegionCode.parse("35.72"), i)));
    for (TableFormat format : TableFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter<RegisterEntry> w = TABLES.registerWriter(out, format)) {
        for (RegisterEntry r : rows) {
          w.write(r);
        }
      }
      List<RegisterEntry> back = new ArrayList<>();
      ReadReport report = TABLES.readRegister(new ByteArrayInputStream(out.toByteArray()), "p", format, back::add);
      assertThat(report.problems()).as(format.toString()).isEmpty();
      assertThat(back).as(format.toString()).isEqualTo(rows);
    }
  }

  @Property(tries = 80)
  void answers_roundTrip(@ForAll("answers") List<Answer> answers) throws IOException {
    List<AnswerEntry> rows = new ArrayList<>();
    answers.forEach(a -> rows.add(AnswerEntry.of(RegionCode.parse("53.14"), Optional.of("inv-1"), a)));
    for (TableFormat format : TableFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter<AnswerEntry> w = TABLES.answerWriter(out, format)) {
        for (AnswerEntry r : rows) {
          w.write(r);
        }
      }
      List<AnswerEntry> back = new ArrayList<>();
      ReadReport report = TABLES.readAnswers(new ByteArrayInputStream(out.toByteArray()), "p", format, back::add);
      assertThat(report.problems()).as(format.toString()).isEmpty();
      assertThat(back).as(format.toString()).isEqualTo(rows);
    }
  }
}
