package io.github.inovasi.portal;

import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.table.AnswerEntry;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.RegisterEntry;
import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.ReportedInnovation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test files made from the project's own sample (docs/samples/rote-ndao-2026.json, Kabupaten
 * Rote Ndao, IID 22.60 under iid-2026): the register and answers tables the library writes,
 * and the bad uploads an officer might send.
 */
final class Fixtures {
  static final Path SAMPLE = Path.of("../../docs/samples/rote-ndao-2026.json");
  static final String SAMPLE_IID = "22.60";

  private Fixtures() {}

  static Assessment sample() throws IOException {
    return InovasiJson.create().read(SAMPLE, JsonKind.ASSESSMENT).get(0);
  }

  static byte[] sampleJson() throws IOException {
    return Files.readAllBytes(SAMPLE);
  }

  /** Writes the sample's register and answers as tables: {@code register.EXT} and {@code answers.EXT}. */
  static void writeTables(Path dir, TableFormat format) throws IOException {
    Assessment a = sample();
    InovasiTables tables = InovasiTables.create();
    String ext = format == TableFormat.CSV ? "csv" : "xlsx";
    try (OutputStream out = Files.newOutputStream(dir.resolve("register." + ext));
        RecordWriter<RegisterEntry> w = tables.registerWriter(out, format)) {
      for (ReportedInnovation r : a.innovations()) {
        w.write(RegisterEntry.of(a.region().code(), r.innovation()));
      }
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("answers." + ext));
        RecordWriter<AnswerEntry> w = tables.answerWriter(out, format)) {
      for (var answer : a.regionAnswers()) {
        w.write(AnswerEntry.of(a.region().code(), Optional.empty(), answer));
      }
      for (ReportedInnovation r : a.innovations()) {
        for (var answer : r.answers()) {
          w.write(AnswerEntry.of(a.region().code(), Optional.of(r.innovation().id()), answer));
        }
      }
    }
  }

  /** The English header of each Indonesian one (docs/tables.md). */
  private static final java.util.Map<String, String> ENGLISH = java.util.Map.ofEntries(
      java.util.Map.entry("kode_wilayah", "region_code"), java.util.Map.entry("nama_inovasi", "name"),
      java.util.Map.entry("id_perangkat_daerah", "agency_id"), java.util.Map.entry("jenis", "type"),
      java.util.Map.entry("bentuk", "form"), java.util.Map.entry("inisiator", "initiator"),
      java.util.Map.entry("tahapan", "stage"), java.util.Map.entry("tematik", "theme"),
      java.util.Map.entry("urusan_utama", "main_affair"), java.util.Map.entry("urusan_lain", "other_affairs"),
      java.util.Map.entry("tanggal_uji_coba", "trial_date"), java.util.Map.entry("tanggal_penerapan", "implementation_date"),
      java.util.Map.entry("tanggal_pembaharuan", "renewal_date"), java.util.Map.entry("rancang_bangun", "design"),
      java.util.Map.entry("tujuan", "objective"), java.util.Map.entry("manfaat", "benefits"),
      java.util.Map.entry("hasil", "results"), java.util.Map.entry("terkait_covid", "covid_related"),
      java.util.Map.entry("klasifikasi", "classification"), java.util.Map.entry("lintang", "latitude"),
      java.util.Map.entry("bujur", "longitude"), java.util.Map.entry("asta_cita", "asta_cita_tags"),
      java.util.Map.entry("pkpn", "pkpn_tags"), java.util.Map.entry("kode_indikator", "indicator_code"),
      java.util.Map.entry("level_klaim", "claimed_level"), java.util.Map.entry("dasar_pengukuran", "basis"),
      java.util.Map.entry("level_verifikasi", "verified_level"), java.util.Map.entry("catatan_verifikator", "verifier_note"),
      java.util.Map.entry("jenis_bukti", "evidence_kind"), java.util.Map.entry("nomor_bukti", "evidence_number"),
      java.util.Map.entry("tanggal_bukti", "evidence_date"), java.util.Map.entry("tentang_bukti", "evidence_title"),
      java.util.Map.entry("tautan_bukti", "evidence_link"));

  /**
   * Rewrites the header row of a CSV table the library wrote in English; {@code id_inovasi}
   * is {@code id} in a register and {@code innovation_id} in answers.
   */
  static byte[] withEnglishHeaders(Path csv, boolean register) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    String[] names = text.substring(0, end).strip().split(",", -1);
    for (int i = 0; i < names.length; i++) {
      String name = names[i].replace("\"", "").strip();
      names[i] = name.equals("id_inovasi") ? (register ? "id" : "innovation_id") : ENGLISH.getOrDefault(name, name);
      if (names[i].equals(name) && !name.isEmpty()) {
        throw new IllegalStateException("no English header for " + name);
      }
    }
    return (String.join(",", names) + text.substring(end)).getBytes(StandardCharsets.UTF_8);
  }

  /** A register whose third data row has a date that is not a date. */
  static byte[] brokenRegister(Path dir) throws IOException {
    writeTables(dir, TableFormat.CSV);
    String[] lines = Files.readString(dir.resolve("register.csv"), StandardCharsets.UTF_8).split("\n", -1);
    lines[3] = lines[3].replaceFirst("\\d{4}-\\d{2}-\\d{2}", "31-31-2025");
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  /** A zip bomb posing as .xlsx: a few kilobytes that unzip to 50 MB of zeros. */
  static byte[] zipBomb() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 50; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
