package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.ReportedInnovation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class TableRoundTripTest {
  private static final InovasiTables TABLES = InovasiTables.create();
  private static final List<Assessment> DATA =
      NationalDataSet.of(5).withInnovations(120).assessments().limit(12).collect(Collectors.toList());

  /** The register holds the flat fields; nested lists travel in JSON. */
  private static Innovation flat(Innovation i) {
    return i.withInnovators().withReplications();
  }

  static List<RegisterEntry> register() {
    List<RegisterEntry> rows = new ArrayList<>();
    for (Assessment a : DATA) {
      for (ReportedInnovation r : a.innovations()) {
        rows.add(RegisterEntry.of(a.region().code(), flat(r.innovation())));
      }
    }
    return rows;
  }

  static List<AnswerEntry> answers() {
    List<AnswerEntry> rows = new ArrayList<>();
    for (Assessment a : DATA) {
      a.regionAnswers().forEach(x -> rows.add(AnswerEntry.of(a.region().code(), Optional.empty(), x)));
      for (ReportedInnovation r : a.innovations()) {
        r.answers().forEach(x -> rows.add(AnswerEntry.of(a.region().code(), Optional.of(r.innovation().id()), x)));
      }
    }
    return rows;
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void register_writeThenRead_givesEqualRows(TableFormat format) throws IOException {
    List<RegisterEntry> rows = register();
    assertThat(rows).isNotEmpty();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<RegisterEntry> w = TABLES.registerWriter(out, format)) {
      for (RegisterEntry r : rows) {
        w.write(r);
      }
    }
    List<RegisterEntry> back = new ArrayList<>();
    ReadReport report = TABLES.readRegister(new ByteArrayInputStream(out.toByteArray()), "register", format, back::add);
    assertThat(report.problems()).isEmpty();
    assertThat(back).containsExactlyElementsOf(rows);
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void answers_writeThenRead_givesEqualAnswersWithEveryEvidenceItem(TableFormat format) throws IOException {
    List<AnswerEntry> rows = answers();
    AnswerEntry first = rows.get(0);
    rows.set(0, AnswerEntry.of(first.region(), first.innovationId(),
        first.answer().withEvidence(List.of(
            io.github.inovasi.model.Evidence.of(io.github.inovasi.model.EvidenceKind.PHOTO, "=HYPERLINK(\"x\")"),
            io.github.inovasi.model.Evidence.of(io.github.inovasi.model.EvidenceKind.REPORT, "-laporan")))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<AnswerEntry> w = TABLES.answerWriter(out, format)) {
      for (AnswerEntry r : rows) {
        w.write(r);
      }
    }
    if (format == TableFormat.CSV) {
      assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("'=HYPERLINK").contains("'-laporan");
    }
    List<AnswerEntry> back = new ArrayList<>();
    ReadReport report = TABLES.readAnswers(new ByteArrayInputStream(out.toByteArray()), "answers", format, back::add);
    assertThat(report.problems()).isEmpty();
    assertThat(back).containsExactlyElementsOf(rows);
  }
}
