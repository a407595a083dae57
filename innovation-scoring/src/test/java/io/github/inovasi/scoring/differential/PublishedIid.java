package io.github.inovasi.scoring.differential;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A second IID computation, written from the published formula (reference §4.1, §4.4.1, §4.6 and
 * docs/scoring.md) and sharing no code with the library's: the formula constants below are
 * copied from the published texts, only the indicator catalogue (codes, weights, mandatory flags)
 * is taken from the edition's public API.
 *
 * <pre>
 * SPD   = Σ weight × level                                 (level 0 without answer or evidence)
 * SID   = Σ_j Σ_i weight_i × level_ij / MAX(k, n)          (n = eligible innovations)
 * count = MIN(n, cap) × points  when ≥ gate basic-service affairs are covered, else 0
 * IID   = (SPD + SID + count) / total × 100, HALF_UP to 2 decimals, then classified
 * </pre>
 *
 * <p>Each rule is one small method so that a change of the published rules is a change of one
 * method here.
 */
final class PublishedIid {
  /** The published constants of one edition. */
  record Rules(
      int divisorFloor,
      BigDecimal pointsPerInnovation,
      int cap,
      int gate,
      BigDecimal total,
      BigDecimal veryInnovativeFrom,
      BigDecimal innovativeFrom,
      Optional<LocalDate> windowFrom,
      Optional<LocalDate> windowTo,
      OptionalInt minDesignWords) {}

  /** IGA 2023 (official slide; count rule and 250 maximum only as the declared assumption). */
  static final Rules IID_2023 = new Rules(10, new BigDecimal("0.38"), 200, 5, new BigDecimal("250"),
      new BigDecimal("60.01"), new BigDecimal("35.00"), Optional.empty(), Optional.empty(), OptionalInt.empty());

  /** Pedoman IGA 2026 (§4.4): divisor 12, gate 5 of 6, window 2024..2025, 300 words. */
  static final Rules IID_2026 = new Rules(12, new BigDecimal("0.38"), 200, 5, new BigDecimal("250"),
      new BigDecimal("65.01"), new BigDecimal("40.01"),
      Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2025, 12, 31)), OptionalInt.of(300));

  /** The announced 2027 prognosis: divisor 14, all six affairs, 2026 bands, no window published. */
  static final Rules IID_2027 = new Rules(14, new BigDecimal("0.38"), 200, 6, new BigDecimal("250"),
      new BigDecimal("65.01"), new BigDecimal("40.01"), Optional.empty(), Optional.empty(), OptionalInt.of(300));

  /** What the oracle computed for one assessment. */
  record Result(BigDecimal spd, BigDecimal sidSum, int counted, List<Boolean> eligible, int affairs,
      BigDecimal count, BigDecimal index, Rating rating) {}

  private final Rules rules;
  private final List<Indicator> spdRows;
  private final List<Indicator> sidRows;

  PublishedIid(Rules rules, List<Indicator> spdRows, List<Indicator> sidRows) {
    this.rules = rules;
    this.spdRows = List.copyOf(spdRows);
    this.sidRows = List.copyOf(sidRows);
  }

  /** Scores the claimed levels of an assessment. */
  Result claimed(Assessment a) {
    BigDecimal spd = sum(spdRows, firstAnswers(a.regionAnswers()));
    List<Boolean> eligible = new ArrayList<>();
    BigDecimal sidSum = BigDecimal.ZERO;
    Set<GovernmentAffair> affairs = EnumSet.noneOf(GovernmentAffair.class);
    int n = 0;
    for (ReportedInnovation r : a.innovations()) {
      Map<String, Answer> answers = firstAnswers(r.answers());
      boolean counts = eligible(r.innovation(), answers);
      eligible.add(counts);
      if (counts) {
        n++;
        sidSum = sidSum.add(sum(sidRows, answers));
        if (r.innovation().mainAffair().isBasicService()) {
          affairs.add(r.innovation().mainAffair());
        }
      }
    }
    BigDecimal count = affairs.size() >= rules.gate()
        ? BigDecimal.valueOf(Math.min(n, rules.cap())).multiply(rules.pointsPerInnovation())
        : BigDecimal.ZERO;
    BigDecimal index = index(spd, sidSum, n, count);
    return new Result(spd, sidSum, n, eligible, affairs.size(), count, index,
        rating(spd.add(sidSum).add(count), index));
  }

  /** The published IID for the formula's inputs, rounded HALF_UP to two decimals. */
  BigDecimal index(BigDecimal spd, BigDecimal sidSum, int n, BigDecimal count) {
    BigDecimal divisor = BigDecimal.valueOf(Math.max(rules.divisorFloor(), n));
    // (spd + sidSum / divisor + count) / total × 100, over one denominator so nothing rounds early
    BigDecimal numerator = spd.multiply(divisor).add(sidSum).add(count.multiply(divisor))
        .multiply(BigDecimal.valueOf(100));
    return numerator.divide(divisor.multiply(rules.total()), 2, RoundingMode.HALF_UP);
  }

  /** The count score the published rule gives. */
  BigDecimal count(int n, int affairs) {
    return affairs >= rules.gate()
        ? BigDecimal.valueOf(Math.min(n, rules.cap())).multiply(rules.pointsPerInnovation())
        : BigDecimal.ZERO;
  }

  /**
   * The predicate: Tidak Dapat Dinilai only for a region with nothing valid to assess (a total of
   * exactly 0, the editions' declared reading of reference §4.6), then the published lower edges
   * of the rounded index; a tiny positive total that rounds to 0.00 is Kurang Inovatif.
   */
  Rating rating(BigDecimal total, BigDecimal index) {
    if (total.signum() == 0) {
      return Rating.NOT_ASSESSABLE;
    }
    if (index.compareTo(rules.veryInnovativeFrom()) >= 0) {
      return Rating.VERY_INNOVATIVE;
    }
    if (index.compareTo(rules.innovativeFrom()) >= 0) {
      return Rating.INNOVATIVE;
    }
    return Rating.LESS_INNOVATIVE;
  }

  /**
   * Whether an innovation counts in n: implemented, tried or renewed inside the window, a design
   * narrative of the minimum length, and every mandatory SID indicator answered (provisional rule).
   * Every stage counts (no source restricts them).
   */
  boolean eligible(Innovation inv, Map<String, Answer> answers) {
    return stageCounts(inv.stage()) && inWindow(inv) && longEnough(inv) && mandatoryAnswered(answers);
  }

  boolean inWindow(Innovation inv) {
    if (rules.windowFrom().isEmpty() && rules.windowTo().isEmpty()) {
      return true;
    }
    Optional<LocalDate> started = inv.implementationDate().isPresent() ? inv.implementationDate() : inv.trialDate();
    return started.filter(this::inWindow).isPresent() || inv.renewalDate().filter(this::inWindow).isPresent();
  }

  private boolean inWindow(LocalDate d) {
    return !rules.windowFrom().map(d::isBefore).orElse(false) && !rules.windowTo().map(d::isAfter).orElse(false);
  }

  boolean longEnough(Innovation inv) {
    if (rules.minDesignWords().isEmpty()) {
      return true;
    }
    return words(inv.design().orElse("")) >= rules.minDesignWords().getAsInt();
  }

  boolean mandatoryAnswered(Map<String, Answer> answers) {
    for (Indicator ind : sidRows) {
      if (ind.mandatory()) {
        Answer a = answers.get(ind.code());
        if (a == null || a.claimedLevel().isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Words: runs of characters that are not whitespace. */
  static int words(String text) {
    int words = 0;
    boolean space = true;
    for (char ch : text.toCharArray()) {
      if (space && !Character.isWhitespace(ch)) {
        words++;
      }
      space = Character.isWhitespace(ch);
    }
    return words;
  }

  /** Σ weight × level of the claimed level proven by evidence; nothing chosen or no evidence is 0. */
  static BigDecimal sum(List<Indicator> rows, Map<String, Answer> answers) {
    BigDecimal total = BigDecimal.ZERO;
    for (Indicator ind : rows) {
      Answer a = answers.get(ind.code());
      int level = a == null || a.evidence().isEmpty() ? 0 : a.claimedLevel().orElse(0);
      total = total.add(ind.weight().multiply(BigDecimal.valueOf(level)));
    }
    return total;
  }

  /** An indicator answered twice counts its first answer. */
  static Map<String, Answer> firstAnswers(List<Answer> answers) {
    Map<String, Answer> out = new HashMap<>();
    for (Answer a : answers) {
      out.putIfAbsent(a.indicatorCode(), a);
    }
    return out;
  }

  /** Whether a stage is one the published rules count (every stage, until a source says otherwise). */
  static boolean stageCounts(Stage stage) {
    return true;
  }
}
