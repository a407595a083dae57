package io.github.inovasi.io.table;

import io.github.inovasi.model.Document;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Label;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KIPP proposal register: one row per proposal, with one column per section of the forms
 * the bundled years know (the section code is the Indonesian header). Attachments are
 * ;-separated titles, SDGs ;-separated numbers.
 */
final class KippProposalTable extends Table<KippProposal> {
  static final KippProposalTable INSTANCE = new KippProposalTable();

  /** Section columns: Indonesian header (the section code) and English header. */
  static final Map<String, String> SECTIONS = sections();

  private static final List<Column> COLUMNS = layout();

  private static Map<String, String> sections() {
    Map<String, String> s = new java.util.LinkedHashMap<>();
    s.put("ringkasan", "summary");
    s.put("latar_belakang", "background");
    s.put("kebaruan", "novelty");
    s.put("implementasi", "implementation");
    s.put("signifikansi", "significance");
    s.put("adaptabilitas_replikasi", "replications_made");
    s.put("adaptabilitas_potensi", "replication_potential");
    s.put("sumber_daya", "resources");
    s.put("keberlanjutan", "sustainability");
    return java.util.Collections.unmodifiableMap(s);
  }

  private static List<Column> layout() {
    List<Column> c = new ArrayList<>(List.of(
        Column.required("id_proposal", "proposal_id"),
        Column.required("instansi", "institution"),
        Column.optional("unit_pelayanan", "service_unit"),
        Column.required("kelompok", "group"),
        Column.required("kategori", "category"),
        Column.required("judul", "title"),
        Column.required("tanggal_mulai_penerapan", "implementation_start"),
        Column.optional("replikasi_dari", "replicates"),
        Column.optional("sdgs", "sdgs"),
        Column.optional("tautan_video", "video_link"),
        Column.optional("lampiran", "attachments")));
    SECTIONS.forEach((id, en) -> c.add(Column.optional(id, en)));
    return List.copyOf(c);
  }

  @Override
  String name() {
    return "kipp-proposals";
  }

  @Override
  List<Column> columns() {
    return COLUMNS;
  }

  @Override
  KippProposal read(RowCells row) {
    String id = row.required("proposal_id");
    String institution = row.required("institution");
    KippGroup group = row.coded("group", KippGroup.class, true);
    String category = row.required("category");
    String title = row.required("title");
    LocalDate start = row.date("implementation_start");
    if (start == null && row.ok()) {
      row.missing("implementation_start");
    }
    URI video = row.uri("video_link");
    List<Integer> sdgs = new ArrayList<>();
    for (String goal : row.list("sdgs")) {
      try {
        sdgs.add(Integer.parseInt(goal));
      } catch (NumberFormatException e) {
        row.invalid("sdgs", "INVALID_NUMBER", Label.of("Nomor SDG tidak sah", "Invalid SDG number"),
            "SDG numbers 1 to 17 separated by ;", goal);
      }
    }
    if (!row.ok()) {
      return null;
    }
    try {
      KippProposal.Builder b = KippProposal.builder().id(id).institution(institution).group(group)
          .category(category).title(title).implementationStart(start).addAllSdgs(sdgs);
      Optional.ofNullable(row.text("service_unit")).ifPresent(b::unit);
      Optional.ofNullable(row.text("replicates")).ifPresent(b::replicates);
      Optional.ofNullable(video).ifPresent(b::videoLink);
      row.list("attachments").forEach(t -> b.addAttachments(Document.of(t)));
      // An empty cell is an absent section: screening reports it as missing where required.
      SECTIONS.forEach((code, en) -> Optional.ofNullable(row.text(en)).ifPresent(t -> b.putSection(code, t)));
      return b.build();
    } catch (InvalidValueException e) {
      row.invariant(e);
      return null;
    }
  }

  @Override
  List<List<Object>> write(KippProposal p) {
    List<Object> cells = new ArrayList<>(java.util.Arrays.asList(
        p.id(), p.institution(), p.unit().orElse(null), p.group().code(), p.category(), p.title(),
        p.implementationStart().toString(), p.replicates().orElse(null),
        p.sdgs().isEmpty() ? null : String.join(";", p.sdgs().stream().map(String::valueOf).toList()),
        p.videoLink().map(URI::toString).orElse(null),
        p.attachments().isEmpty() ? null : String.join(";", p.attachments().stream().map(Document::title).toList())));
    SECTIONS.keySet().forEach(code -> cells.add(p.section(code).orElse(null)));
    return List.of(cells);
  }

  @Override
  Object key(KippProposal p) {
    return p.id();
  }
}
