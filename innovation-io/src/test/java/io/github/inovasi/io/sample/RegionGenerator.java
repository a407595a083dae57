package io.github.inovasi.io.sample;

import io.github.inovasi.model.Agency;
import io.github.inovasi.model.AgencyKind;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.Innovator;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Generates one region's assessment from its own random stream (see the package notes). */
final class RegionGenerator {
  /** SPD rows and SID indicators of the 2026 layout (domain reference §4.4.3, §4.4.4). */
  static final List<String> SPD_CODES =
      List.of("1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a",
          "11b", "12", "13a", "13b", "14", "15");

  static final int FIRST_SID = 16;
  static final int LAST_SID = 35;
  static final String KEMANFAATAN = "33";

  // 2024 stage counts (inisiatif, uji coba, penerapan) and 2023 affair counts: §7.
  private static final double[] STAGE_SHARES = {1_347 / 31_719.0, 1_258 / 31_719.0};
  private static final double HEALTH_SHARE = 6_220 / 28_539.0;
  private static final double EDUCATION_SHARE = 3_279 / 28_539.0;

  private static final String[] AGENCIES = {
    "Dinas Kesehatan", "Dinas Pendidikan", "Bappeda", "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Komunikasi dan Informatika", "Dinas Sosial", "DPMPTSP", "BPKAD"
  };
  private static final String[] WORDS = {
    "layanan", "masyarakat", "digital", "antrean", "desa", "warga", "data", "cepat", "terpadu",
    "pelayanan", "kesehatan", "pendidikan", "aplikasi", "informasi", "pengaduan", "mudah",
    "inovasi", "sistem", "petugas", "waktu", "biaya", "kualitas", "akses", "terbuka", "anak",
    "ibu", "sekolah", "puskesmas", "kecamatan", "kelurahan", "pangan", "usaha", "pajak"
  };

  private final SplittableRandom random;
  private final Region region;
  private final String editionId;

  RegionGenerator(SplittableRandom random, Region region, String editionId) {
    this.random = random;
    this.region = region;
    this.editionId = editionId;
  }

  /** Spreads {@code total} innovations over {@code regions}, log-normally, summing exactly. */
  static int[] spread(long seed, int total, int regions) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] weights = new double[regions];
    double sum = 0;
    for (int i = 0; i < regions; i++) {
      weights[i] = Math.exp(0.6 * gaussian(random));
      sum += weights[i];
    }
    int[] counts = new int[regions];
    int given = 0;
    for (int i = 0; i < regions; i++) {
      counts[i] = (int) Math.floor(total * weights[i] / sum);
      given += counts[i];
    }
    for (int i = 0; given < total; i = (i + 1) % regions) {
      counts[i]++;
      given++;
    }
    return counts;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  Assessment assessment(int innovations) {
    Assessment.Builder b = Assessment.builder().region(region).editionId(editionId);
    List<String> agencyIds = new ArrayList<>();
    for (int i = 0; i < AGENCIES.length; i++) {
      String id = "opd-" + (i + 1);
      agencyIds.add(id);
      b.addAgencies(
          Agency.builder()
              .id(id)
              .name(AGENCIES[i])
              .kind(AgencyKind.REGIONAL_AGENCY)
              .region(region.code())
              .build());
    }
    for (String code : SPD_CODES) {
      b.addRegionAnswers(answer(code));
    }
    for (int i = 1; i <= innovations; i++) {
      b.addInnovations(reported(i, agencyIds));
    }
    return b.build();
  }

  private ReportedInnovation reported(int number, List<String> agencyIds) {
    String agency = agencyIds.get(random.nextInt(agencyIds.size()));
    Stage stage = stage();
    Innovation.Builder b =
        Innovation.builder()
            .id(region.code() + "-" + String.format(Locale.ROOT, "%04d", number))
            .name(capitalised(words(3 + random.nextInt(5))))
            .agencyId(agency)
            .type(random.nextDouble() < 0.55 ? InnovationType.DIGITAL : InnovationType.NON_DIGITAL)
            .form(pick(new double[] {0.25, 0.60}, InnovationForm.GOVERNANCE, InnovationForm.PUBLIC_SERVICE, InnovationForm.OTHER))
            .initiator(pick(new double[] {0.10, 0.05, 0.45, 0.30}, Initiator.REGIONAL_HEAD, Initiator.COUNCIL_MEMBER, Initiator.AGENCY, Initiator.CIVIL_SERVANT, Initiator.COMMUNITY))
            .stage(stage)
            .theme(Theme.values()[random.nextInt(Theme.values().length)])
            .mainAffair(affair())
            .design(words(300 + random.nextInt(120)))
            .objective(words(20 + random.nextInt(30)))
            .benefits(words(20 + random.nextInt(30)))
            .addInnovators(Innovator.builder().name(capitalised(words(2))).agencyId(agency).build());
    if (stage != Stage.INITIATION) {
      LocalDate trial = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(365 * 5));
      b.trialDate(trial);
      if (stage == Stage.IMPLEMENTATION) {
        b.implementationDate(trial.plusDays(30 + random.nextInt(300)));
        b.results(words(20 + random.nextInt(40)));
      }
    }
    Innovation innovation = b.build();
    if (random.nextInt(4) == 0) {
      GovernmentAffair other = affair();
      if (other != innovation.mainAffair()) {
        innovation = innovation.withOtherAffairs(other);
      }
    }
    ReportedInnovation.Builder r = ReportedInnovation.builder().innovation(innovation);
    for (int code = FIRST_SID; code <= LAST_SID; code++) {
      r.addAnswers(answer(String.valueOf(code)));
    }
    return r.build();
  }

  private Answer answer(String code) {
    Answer.Builder a = Answer.builder().indicatorCode(code);
    if (random.nextInt(10) == 0) {
      return a.build();
    }
    int level = 1 + random.nextInt(3);
    a.claimedLevel(level);
    if (code.equals(KEMANFAATAN)) {
      a.basis(String.valueOf((char) ('a' + random.nextInt(6))));
    }
    EvidenceKind kind = EvidenceKind.values()[random.nextInt(EvidenceKind.values().length)];
    a.addEvidence(
        Evidence.builder()
            .kind(kind)
            .number(random.nextInt(900) + 100 + "/" + (random.nextInt(90) + 10) + "/2025")
            .date(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300)))
            .title(capitalised(words(4 + random.nextInt(6))))
            .build());
    if (random.nextInt(4) != 0) {
      a.verifiedLevel(random.nextInt(level + 1));
    }
    return a.build();
  }

  private Stage stage() {
    return pick(STAGE_SHARES, Stage.INITIATION, Stage.TRIAL, Stage.IMPLEMENTATION);
  }

  private GovernmentAffair affair() {
    double u = random.nextDouble();
    if (u < HEALTH_SHARE) {
      return GovernmentAffair.HEALTH;
    }
    if (u < HEALTH_SHARE + EDUCATION_SHARE) {
      return GovernmentAffair.EDUCATION;
    }
    GovernmentAffair[] all = GovernmentAffair.values();
    while (true) {
      GovernmentAffair a = all[random.nextInt(all.length)];
      if (a != GovernmentAffair.HEALTH && a != GovernmentAffair.EDUCATION) {
        return a;
      }
    }
  }

  /** Picks the i-th value with probability shares[i]; the last takes the rest. */
  @SafeVarargs
  private <E> E pick(double[] shares, E... values) {
    double u = random.nextDouble();
    double edge = 0;
    for (int i = 0; i < shares.length; i++) {
      edge += shares[i];
      if (u < edge) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private String words(int n) {
    StringBuilder out = new StringBuilder(n * 8);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
