package io.github.inovasi.io.table;

import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.IndicatorLevel;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.Theme;
import io.github.inovasi.scoring.iid.IidEdition;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The fill-in workbook of an edition: instructions in Indonesian and English, the register
 * sheet ({@value #REGISTER}) and the answers sheet ({@value #ANSWERS}) with drop-down lists for
 * coded columns, every indicator with its levels' criteria and the evidence expected, and the
 * code lists the drop-downs use. The data sheets carry one instruction line above their header,
 * which the reader passes over as a title; rows given are written under the header, so a
 * template can start from last year's data.
 */
final class TemplateWorkbook {
  static final String REGISTER = "Daftar";
  static final String ANSWERS = "Jawaban";
  private static final int DROPDOWN_ROWS = 2_000;

  private TemplateWorkbook() {}

  static void write(OutputStream out, IidEdition edition, List<RegisterEntry> register, List<AnswerEntry> answers)
      throws IOException {
    Workbook wb = new Workbook(out, "Inovasi", "1.0");
    Worksheet petunjuk = wb.newWorksheet("Petunjuk");
    instructions(petunjuk, edition);
    Worksheet daftar = wb.newWorksheet(REGISTER);
    Worksheet jawaban = wb.newWorksheet(ANSWERS);
    Worksheet indikator = wb.newWorksheet("Indikator");
    Worksheet kode = wb.newWorksheet("Kode");

    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put("type", codes(InnovationType.class));
    lists.put("form", codes(InnovationForm.class));
    lists.put("initiator", codes(Initiator.class));
    lists.put("stage", codes(Stage.class));
    lists.put("theme", codes(Theme.class));
    lists.put("main_affair", codes(GovernmentAffair.class));
    lists.put("covid_related", List.of("ya", "tidak"));
    lists.put("evidence_kind", codes(EvidenceKind.class));
    List<String> indicatorCodes = new ArrayList<>();
    edition.spdIndicators().forEach(i -> indicatorCodes.add(i.code()));
    edition.sidIndicators().forEach(i -> indicatorCodes.add(i.code()));
    lists.put("indicator_code", indicatorCodes);
    lists.put("claimed_level", List.of("1", "2", "3"));
    lists.put("verified_level", List.of("0", "1", "2", "3"));
    Map<String, org.dhatim.fastexcel.Range> ranges = new LinkedHashMap<>();
    int column = 0;
    for (Map.Entry<String, List<String>> list : lists.entrySet()) {
      kode.value(0, column, list.getKey());
      for (int r = 0; r < list.getValue().size(); r++) {
        kode.value(r + 1, column, list.getValue().get(r));
      }
      ranges.put(list.getKey(), kode.range(1, column, list.getValue().size(), column));
      column++;
    }

    dataSheet(daftar, RegisterTable.INSTANCE, register, ranges,
        "Satu baris per inovasi; kolom berkode memakai daftar pilihan. / One row per innovation; coded columns have drop-down lists.");
    dataSheet(jawaban, AnswerTable.INSTANCE, answers, ranges,
        "Satu baris per wilayah, inovasi dan indikator (lihat lembar Indikator); id_inovasi kosong untuk indikator SPD."
            + " / One row per region, innovation and indicator (see the Indikator sheet); empty id_inovasi for SPD indicators.");
    indicators(indikator, edition);
    for (Worksheet sheet : List.of(petunjuk, daftar, jawaban, indikator, kode)) {
      sheet.finish();
    }
    wb.finish();
  }

  private static <E extends Enum<E> & CodedValue> List<String> codes(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(e.code());
    }
    return out;
  }

  private static <T> void dataSheet(Worksheet sheet, Table<T> table, List<T> records,
      Map<String, org.dhatim.fastexcel.Range> lists, String instruction) throws IOException {
    sheet.inlineString(0, 0, instruction);
    List<Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      sheet.inlineString(1, c, columns.get(c).indonesian());
      sheet.style(1, c).bold().set();
      org.dhatim.fastexcel.Range list = lists.get(columns.get(c).key());
      if (list != null) {
        sheet.range(2, c, DROPDOWN_ROWS, c).validateWithList(list).allowBlank(true).showErrorMessage(true)
            .errorTitle("Kode tidak dikenal / Unknown code")
            .error("Pilih dari daftar / Choose from the list");
      }
    }
    int row = 2;
    for (T record : records) {
      for (List<Object> cells : table.write(record)) {
        for (int c = 0; c < cells.size(); c++) {
          Object cell = cells.get(c);
          if (cell instanceof Number) {
            sheet.value(row, c, (Number) cell);
          } else if (cell != null) {
            sheet.inlineString(row, c, RowSink.text(cell));
          }
        }
        row++;
      }
    }
  }

  private static void indicators(Worksheet sheet, IidEdition edition) {
    String[] header = {"bagian / part", "kode / code", "wajib / mandatory", "indikator", "indicator",
        "level 1", "level 2", "level 3", "bukti yang diharapkan", "expected evidence"};
    for (int c = 0; c < header.length; c++) {
      sheet.inlineString(0, c, header[c]);
      sheet.style(0, c).bold().set();
    }
    int row = 1;
    for (String part : List.of("SPD", "SID")) {
      for (Indicator i : part.equals("SPD") ? edition.spdIndicators() : edition.sidIndicators()) {
        sheet.inlineString(row, 0, part);
        sheet.inlineString(row, 1, i.code());
        sheet.inlineString(row, 2, i.mandatory() ? "ya / yes" : "tidak / no");
        sheet.inlineString(row, 3, i.name().indonesian());
        sheet.inlineString(row, 4, i.name().english());
        for (IndicatorLevel level : i.levels()) {
          sheet.inlineString(row, 4 + level.value(), level.description().toString());
        }
        final int r = row;
        i.expectedEvidence().ifPresent(e -> {
          sheet.inlineString(r, 8, e.indonesian());
          sheet.inlineString(r, 9, e.english());
        });
        row++;
      }
    }
  }

  private static void instructions(Worksheet sheet, IidEdition edition) {
    String[] lines = {
      "Templat pengisian " + edition.id() + " / Fill-in template for " + edition.id() + ": " + edition.title(),
      "",
      "1. Lembar Daftar: satu baris per inovasi. Kolom bertanda daftar pilihan hanya menerima kode resmi.",
      "   Daftar sheet: one row per innovation. Columns with a drop-down list take the official codes only.",
      "2. Lembar Jawaban: satu baris per wilayah, inovasi dan indikator; id_inovasi kosong untuk indikator SPD (tingkat daerah).",
      "   Jawaban sheet: one row per region, innovation and indicator; leave id_inovasi empty for SPD (region-level) indicators.",
      "3. Lembar Indikator: setiap indikator " + edition.id() + ", kriteria level 1-3 dan bukti yang diharapkan.",
      "   Indikator sheet: every " + edition.id() + " indicator, its level 1-3 criteria and the evidence expected.",
      "4. Tanggal ditulis 2025-03-31, 31/03/2025 atau 31 Maret 2025. Jangan memakai rumus.",
      "   Dates as 2025-03-31, 31/03/2025 or 31 Maret 2025. Do not use formulas.",
      "5. Periksa dan hitung / Check and score: inovasi validate daftar.xlsx ; inovasi score daftar.xlsx",
    };
    for (int r = 0; r < lines.length; r++) {
      sheet.inlineString(r, 0, lines[r]);
    }
  }
}
