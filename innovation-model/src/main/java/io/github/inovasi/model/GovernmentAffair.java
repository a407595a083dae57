package io.github.inovasi.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;

/**
 * The government affairs (urusan pemerintahan) an innovation belongs to, in the order and
 * numbering of the IID application: the 32 urusan of UU 23/2014 (numbers 1 to 32) and the six
 * supporting functions (fungsi penunjang, 33 to 38). Each innovation has one main affair
 * (urusan utama) and optionally others (urusan lain).
 *
 * <p>The first six are the mandatory basic-service affairs (urusan wajib pelayanan dasar,
 * yandas), {@link #isBasicService()}; how many of them a region's innovations cover matters
 * for the 2026 "jumlah inovasi" score.
 *
 * <pre>{@code
 * GovernmentAffair health = GovernmentAffair.ofNumber(2);
 * health.isBasicService();                 // true
 * GovernmentAffair.ofCode("PARIWISATA");  // TOURISM
 * GovernmentAffair.basicServices().size(); // 6
 * }</pre>
 */
public enum GovernmentAffair implements CodedValue {
  /** 1. Pendidikan. */
  EDUCATION(1, "PENDIDIKAN", AffairGroup.MANDATORY_BASIC_SERVICE,
      Label.of("Pendidikan", "Education")),
  /** 2. Kesehatan. */
  HEALTH(2, "KESEHATAN", AffairGroup.MANDATORY_BASIC_SERVICE,
      Label.of("Kesehatan", "Health")),
  /** 3. Pekerjaan umum dan penataan ruang. */
  PUBLIC_WORKS_AND_SPATIAL_PLANNING(3, "PEKERJAAN_UMUM_PENATAAN_RUANG", AffairGroup.MANDATORY_BASIC_SERVICE,
      Label.of("Pekerjaan umum dan penataan ruang", "Public works and spatial planning")),
  /** 4. Perumahan rakyat dan kawasan permukiman. */
  HOUSING_AND_SETTLEMENTS(4, "PERUMAHAN_KAWASAN_PERMUKIMAN", AffairGroup.MANDATORY_BASIC_SERVICE,
      Label.of("Perumahan rakyat dan kawasan permukiman", "Public housing and residential areas")),
  /** 5. Ketenteraman, ketertiban umum, dan pelindungan masyarakat. */
  PUBLIC_ORDER_AND_COMMUNITY_PROTECTION(5, "TRANTIBUM_LINMAS", AffairGroup.MANDATORY_BASIC_SERVICE,
      Label.of("Ketenteraman, ketertiban umum, dan pelindungan masyarakat", "Public peace, order and community protection")),
  /** 6. Sosial. */
  SOCIAL_AFFAIRS(6, "SOSIAL", AffairGroup.MANDATORY_BASIC_SERVICE,
      Label.of("Sosial", "Social affairs")),
  /** 7. Tenaga kerja. */
  LABOUR(7, "TENAGA_KERJA", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Tenaga kerja", "Labour")),
  /** 8. Pemberdayaan perempuan dan perlindungan anak. */
  WOMEN_EMPOWERMENT_AND_CHILD_PROTECTION(8, "PEMBERDAYAAN_PEREMPUAN_PERLINDUNGAN_ANAK", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Pemberdayaan perempuan dan perlindungan anak", "Women's empowerment and child protection")),
  /** 9. Pangan. */
  FOOD(9, "PANGAN", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Pangan", "Food")),
  /** 10. Pertanahan. */
  LAND(10, "PERTANAHAN", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Pertanahan", "Land affairs")),
  /** 11. Lingkungan hidup. */
  ENVIRONMENT(11, "LINGKUNGAN_HIDUP", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Lingkungan hidup", "Environment")),
  /** 12. Administrasi kependudukan dan pencatatan sipil. */
  CIVIL_REGISTRATION(12, "ADMINDUK_CAPIL", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Administrasi kependudukan dan pencatatan sipil", "Population administration and civil registration")),
  /** 13. Pemberdayaan masyarakat dan desa. */
  COMMUNITY_AND_VILLAGE_EMPOWERMENT(13, "PEMBERDAYAAN_MASYARAKAT_DESA", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Pemberdayaan masyarakat dan desa", "Community and village empowerment")),
  /** 14. Pengendalian penduduk dan keluarga berencana. */
  POPULATION_CONTROL_AND_FAMILY_PLANNING(14, "PENGENDALIAN_PENDUDUK_KB", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Pengendalian penduduk dan keluarga berencana", "Population control and family planning")),
  /** 15. Perhubungan. */
  TRANSPORTATION(15, "PERHUBUNGAN", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Perhubungan", "Transportation")),
  /** 16. Komunikasi dan informatika. */
  COMMUNICATION_AND_INFORMATICS(16, "KOMUNIKASI_INFORMATIKA", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Komunikasi dan informatika", "Communication and informatics")),
  /** 17. Koperasi, usaha kecil, dan menengah. */
  COOPERATIVES_AND_SMALL_BUSINESS(17, "KOPERASI_UKM", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Koperasi, usaha kecil, dan menengah", "Cooperatives and small and medium enterprises")),
  /** 18. Penanaman modal. */
  INVESTMENT(18, "PENANAMAN_MODAL", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Penanaman modal", "Investment")),
  /** 19. Kepemudaan dan olahraga. */
  YOUTH_AND_SPORTS(19, "KEPEMUDAAN_OLAHRAGA", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Kepemudaan dan olahraga", "Youth and sports")),
  /** 20. Statistik. */
  STATISTICS(20, "STATISTIK", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Statistik", "Statistics")),
  /** 21. Persandian. */
  CRYPTOGRAPHY(21, "PERSANDIAN", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Persandian", "Cryptography")),
  /** 22. Kebudayaan. */
  CULTURE(22, "KEBUDAYAAN", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Kebudayaan", "Culture")),
  /** 23. Perpustakaan. */
  LIBRARIES(23, "PERPUSTAKAAN", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Perpustakaan", "Libraries")),
  /** 24. Kearsipan. */
  ARCHIVES(24, "KEARSIPAN", AffairGroup.MANDATORY_NON_BASIC_SERVICE,
      Label.of("Kearsipan", "Archives")),
  /** 25. Kelautan dan perikanan. */
  MARINE_AND_FISHERIES(25, "KELAUTAN_PERIKANAN", AffairGroup.OPTIONAL,
      Label.of("Kelautan dan perikanan", "Marine affairs and fisheries")),
  /** 26. Pariwisata. */
  TOURISM(26, "PARIWISATA", AffairGroup.OPTIONAL,
      Label.of("Pariwisata", "Tourism")),
  /** 27. Pertanian. */
  AGRICULTURE(27, "PERTANIAN", AffairGroup.OPTIONAL,
      Label.of("Pertanian", "Agriculture")),
  /** 28. Kehutanan. */
  FORESTRY(28, "KEHUTANAN", AffairGroup.OPTIONAL,
      Label.of("Kehutanan", "Forestry")),
  /** 29. Energi dan sumber daya mineral. */
  ENERGY_AND_MINERAL_RESOURCES(29, "ENERGI_SUMBER_DAYA_MINERAL", AffairGroup.OPTIONAL,
      Label.of("Energi dan sumber daya mineral", "Energy and mineral resources")),
  /** 30. Perdagangan. */
  TRADE(30, "PERDAGANGAN", AffairGroup.OPTIONAL,
      Label.of("Perdagangan", "Trade")),
  /** 31. Perindustrian. */
  INDUSTRY(31, "PERINDUSTRIAN", AffairGroup.OPTIONAL,
      Label.of("Perindustrian", "Industry")),
  /** 32. Transmigrasi. */
  TRANSMIGRATION(32, "TRANSMIGRASI", AffairGroup.OPTIONAL,
      Label.of("Transmigrasi", "Transmigration")),
  /** 33. Perencanaan. */
  PLANNING(33, "PERENCANAAN", AffairGroup.SUPPORTING_FUNCTION,
      Label.of("Perencanaan", "Planning")),
  /** 34. Keuangan. */
  FINANCE(34, "KEUANGAN", AffairGroup.SUPPORTING_FUNCTION,
      Label.of("Keuangan", "Finance")),
  /** 35. Kepegawaian. */
  STAFFING(35, "KEPEGAWAIAN", AffairGroup.SUPPORTING_FUNCTION,
      Label.of("Kepegawaian", "Staffing")),
  /** 36. Pendidikan dan pelatihan. */
  EDUCATION_AND_TRAINING(36, "PENDIDIKAN_PELATIHAN", AffairGroup.SUPPORTING_FUNCTION,
      Label.of("Pendidikan dan pelatihan", "Education and training (of staff)")),
  /** 37. Penelitian dan pengembangan. */
  RESEARCH_AND_DEVELOPMENT(37, "PENELITIAN_PENGEMBANGAN", AffairGroup.SUPPORTING_FUNCTION,
      Label.of("Penelitian dan pengembangan", "Research and development")),
  /** 38. Fungsi lain sesuai dengan ketentuan peraturan perundang-undangan. */
  OTHER_FUNCTIONS(38, "FUNGSI_LAIN", AffairGroup.SUPPORTING_FUNCTION,
      Label.of("Fungsi lain sesuai dengan ketentuan peraturan perundang-undangan", "Other functions under the regulations"));

  private static final ImmutableList<GovernmentAffair> BY_NUMBER = ImmutableList.copyOf(values());
  private static final ImmutableSet<GovernmentAffair> BASIC_SERVICES =
      Arrays.stream(values())
          .filter(GovernmentAffair::isBasicService)
          .collect(ImmutableSet.toImmutableSet());

  private final int number;
  private final String code;
  private final AffairGroup group;
  private final Label label;

  GovernmentAffair(int number, String code, AffairGroup group, Label label) {
    this.number = number;
    this.code = code;
    this.group = group;
    this.label = label;
  }

  /**
   * Returns the number in the IID application's list.
   *
   * @return 1 to 38
   */
  public int number() {
    return number;
  }

  /**
   * Returns the Indonesian code, e.g. {@code "KESEHATAN"}.
   *
   * @return the code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the bilingual name, e.g. "Kesehatan / Health".
   *
   * @return the label
   */
  @Override
  public Label label() {
    return label;
  }

  /**
   * Returns the group: mandatory basic service, mandatory non-basic service, optional, or
   * supporting function.
   *
   * @return the group
   */
  public AffairGroup group() {
    return group;
  }

  /**
   * Returns whether this is one of the six mandatory basic-service affairs (urusan wajib
   * pelayanan dasar).
   *
   * @return true for numbers 1 to 6
   */
  public boolean isBasicService() {
    return group == AffairGroup.MANDATORY_BASIC_SERVICE;
  }

  /**
   * Returns the six mandatory basic-service affairs (urusan wajib pelayanan dasar), in number
   * order.
   *
   * @return the six affairs
   */
  public static ImmutableSet<GovernmentAffair> basicServices() {
    return BASIC_SERVICES;
  }

  /**
   * Finds an affair by its number in the IID application's list.
   *
   * @param number 1 to 38
   * @return the affair
   * @throws InvalidValueException if the number is outside 1 to 38
   */
  public static GovernmentAffair ofNumber(int number) {
    InvalidValueException.check(
        number >= 1 && number <= BY_NUMBER.size(),
        "GovernmentAffair.number",
        "must be 1 to %s, was %s",
        BY_NUMBER.size(),
        number);
    return BY_NUMBER.get(number - 1);
  }

  /**
   * Finds an affair by its code, ignoring case and treating spaces and hyphens as
   * underscores.
   *
   * @param code the code, e.g. {@code "KESEHATAN"}
   * @return the affair
   * @throws InvalidValueException if no affair has the code; the message lists the known codes
   */
  public static GovernmentAffair ofCode(String code) {
    return CodeLookup.of(GovernmentAffair.class, code);
  }
}
