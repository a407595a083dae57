package io.github.inovasi.model;

/**
 * The kind of a supporting document (dokumen pendukung / bukti dukung) attached to an answer.
 *
 * <p>Each constant has a stable Indonesian code ({@link #code()}), used in files and the IID
 * application, and a bilingual {@link #label()}; {@link #ofCode(String)} looks a code up.
 */
public enum EvidenceKind implements CodedValue {
  /** Peraturan Daerah or Peraturan Kepala Daerah. */
  REGULATION("PERATURAN", Label.of("Peraturan (Perda/Perkada)", "Regulation (regional or head-of-region regulation)")),
  /** Surat Keputusan (SK) of the regional head or of the head of an agency. */
  DECREE("SURAT_KEPUTUSAN", Label.of("Surat Keputusan (SK)", "Decree")),
  /** Surat tugas: a letter assigning staff. */
  ASSIGNMENT_LETTER("SURAT_TUGAS", Label.of("Surat tugas", "Assignment letter")),
  /** Dokumen anggaran: APBD, DPA, RKA, BOSP/RKAS, RBA pages. */
  BUDGET_DOCUMENT("DOKUMEN_ANGGARAN", Label.of("Dokumen anggaran", "Budget document")),
  /** Dokumen perencanaan such as RKPD pages. */
  PLANNING_DOCUMENT("DOKUMEN_PERENCANAAN", Label.of("Dokumen perencanaan (RKPD)", "Planning document (regional work plan)")),
  /** Perjanjian kerja sama or MoU, e.g. with a replicating region. */
  AGREEMENT("PERJANJIAN_KERJA_SAMA", Label.of("Perjanjian kerja sama (PKS/MoU)", "Cooperation agreement (MoU)")),
  /** Laporan: an activity, monitoring or evaluation report. */
  REPORT("LAPORAN", Label.of("Laporan", "Report")),
  /** Daftar hadir: attendance lists and invitations. */
  ATTENDANCE_LIST("DAFTAR_HADIR", Label.of("Daftar hadir dan undangan", "Attendance list and invitation")),
  /** Pedoman teknis, manual or SOP. */
  GUIDE("PEDOMAN", Label.of("Pedoman atau SOP", "Guide or standard operating procedure")),
  /** Survei kepuasan masyarakat (SKM) or a research report. */
  SURVEY("SURVEI", Label.of("Survei kepuasan masyarakat", "Satisfaction survey")),
  /** Foto: a photo of an activity. */
  PHOTO("FOTO", Label.of("Foto kegiatan", "Activity photo")),
  /** Tangkapan layar: a screenshot of an application or social media. */
  SCREENSHOT("TANGKAPAN_LAYAR", Label.of("Tangkapan layar", "Screenshot")),
  /** Berita: coverage in news media. */
  NEWS("BERITA", Label.of("Berita media", "News coverage")),
  /** Video: e.g. the innovation video of indicator 35. */
  VIDEO("VIDEO", Label.of("Video", "Video")),
  /** Lainnya: any other document. */
  OTHER("LAINNYA", Label.of("Lainnya", "Other"));

  private final String code;
  private final Label label;

  EvidenceKind(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "PERATURAN"}.
   *
   * @return the code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the bilingual name.
   *
   * @return the label
   */
  @Override
  public Label label() {
    return label;
  }

  /**
   * Finds a constant by its code, ignoring case and treating spaces and hyphens as
   * underscores.
   *
   * @param code the code, e.g. {@code "PERATURAN"}
   * @return the constant
   * @throws InvalidValueException if no constant has the code; the message lists the known codes
   */
  public static EvidenceKind ofCode(String code) {
    return CodeLookup.of(EvidenceKind.class, code);
  }
}
