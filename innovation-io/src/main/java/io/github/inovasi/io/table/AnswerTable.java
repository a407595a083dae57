package io.github.inovasi.io.table;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.RegionCode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Answers in long form: one row per region, innovation and indicator; an answer with several
 * evidence items takes one row per item, the answer's own cells repeated (they must agree). An
 * empty innovation id marks a region-level (SPD) answer.
 */
final class AnswerTable extends Table<AnswerEntry> {
  static final AnswerTable INSTANCE = new AnswerTable();

  private static final List<Column> COLUMNS =
      List.of(
          Column.required("kode_wilayah", "region_code"),
          Column.required("id_inovasi", "innovation_id"),
          Column.required("kode_indikator", "indicator_code"),
          Column.optional("level_klaim", "claimed_level"),
          Column.optional("dasar_pengukuran", "basis"),
          Column.optional("level_verifikasi", "verified_level"),
          Column.optional("catatan_verifikator", "verifier_note"),
          Column.optional("jenis_bukti", "evidence_kind"),
          Column.optional("nomor_bukti", "evidence_number"),
          Column.optional("tanggal_bukti", "evidence_date"),
          Column.optional("tentang_bukti", "evidence_title"),
          Column.optional("tautan_bukti", "evidence_link"));

  @Override
  String name() {
    return "answers";
  }

  @Override
  List<Column> columns() {
    return COLUMNS;
  }

  @Override
  AnswerEntry read(RowCells row) {
    RegionCode region = row.regionCode("region_code");
    Optional<String> innovation = Optional.ofNullable(row.text("innovation_id"));
    String indicator = row.required("indicator_code");
    Integer claimed = row.level("claimed_level", 1, 3);
    Integer verified = row.level("verified_level", 0, 3);
    EvidenceKind kind = row.coded("evidence_kind", EvidenceKind.class, false);
    LocalDate date = row.date("evidence_date");
    URI link = row.uri("evidence_link");
    String number = row.text("evidence_number");
    String title = row.text("evidence_title");
    if (kind == null && row.ok() && (date != null || link != null || number != null || title != null)) {
      row.missing("evidence_kind");
    }
    if (!row.ok()) {
      return null;
    }
    try {
      Answer.Builder b = Answer.builder().indicatorCode(indicator);
      Optional.ofNullable(claimed).ifPresent(b::claimedLevel);
      Optional.ofNullable(verified).ifPresent(b::verifiedLevel);
      Optional.ofNullable(row.text("basis")).ifPresent(b::basis);
      Optional.ofNullable(row.text("verifier_note")).ifPresent(b::verifierNote);
      if (kind != null) {
        Evidence.Builder e = Evidence.builder().kind(kind);
        Optional.ofNullable(number).ifPresent(e::number);
        Optional.ofNullable(date).ifPresent(e::date);
        Optional.ofNullable(title).ifPresent(e::title);
        Optional.ofNullable(link).ifPresent(e::link);
        b.addEvidence(e.build());
      }
      return AnswerEntry.of(region, innovation, b.build());
    } catch (InvalidValueException e) {
      row.invariant(e);
      return null;
    }
  }

  @Override
  AnswerEntry merge(AnswerEntry pending, AnswerEntry next, RowCells row) {
    if (!key(pending).equals(key(next))) {
      return null;
    }
    Answer a = pending.answer();
    Answer b = next.answer();
    if (!a.withEvidence().equals(b.withEvidence()) || b.evidence().isEmpty()) {
      row.invalid(
          "indicator_code",
          "CONFLICTING_ROWS",
          Label.of(
              "Baris lanjutan jawaban yang sama harus sama isinya, kecuali buktinya",
              "A continuation row of the same answer must repeat it, only the evidence may differ"),
          "the same answer with one more evidence item",
          b.indicatorCode());
      return pending;
    }
    return AnswerEntry.of(
        pending.region(), pending.innovationId(), a.withEvidence(concat(a.evidence(), b.evidence())));
  }

  private static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
    List<Evidence> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Override
  List<List<Object>> write(AnswerEntry entry) {
    Answer a = entry.answer();
    List<List<Object>> rows = new ArrayList<>();
    List<Evidence> evidence = a.evidence().isEmpty() ? java.util.Collections.singletonList(null) : a.evidence();
    for (Evidence e : evidence) {
      rows.add(
          new ArrayList<>(
              Arrays.asList(
                  entry.region().value(),
                  entry.innovationId().orElse(null),
                  a.indicatorCode(),
                  a.claimedLevel().isPresent() ? (Object) a.claimedLevel().getAsInt() : null,
                  a.basis().orElse(null),
                  a.verifiedLevel().isPresent() ? (Object) a.verifiedLevel().getAsInt() : null,
                  a.verifierNote().orElse(null),
                  e == null ? null : e.kind().code(),
                  e == null ? null : e.number().orElse(null),
                  e == null ? null : e.date().map(LocalDate::toString).orElse(null),
                  e == null ? null : e.title().orElse(null),
                  e == null ? null : e.link().map(URI::toString).orElse(null))));
    }
    return rows;
  }

  @Override
  Object key(AnswerEntry entry) {
    return entry.region() + "/" + entry.innovationId().orElse("") + "/" + entry.answer().indicatorCode();
  }
}
