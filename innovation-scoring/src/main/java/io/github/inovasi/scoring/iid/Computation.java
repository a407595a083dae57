package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.MeasurementBasis;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The IID computation, written the way the guideline states it:
 *
 * <pre>
 * SPD   = Σ rows  weight × level                                  (once per region)
 * SID   = Σ counted innovations Σ indicators weight × level / MAX(k, n)
 * count = MIN(n, cap) × points, when enough basic-service affairs are covered
 * IID   = (SPD + SID + count) / total maximum × 100
 * </pre>
 *
 * <p>All arithmetic is exact. Every figure is a fraction over the common denominator {@code
 * MAX(k, n) × total maximum}: an SPD or count point is worth {@code MAX(k, n)} numerator units, an
 * SID point one, because SID points are averaged over {@code MAX(k, n)}. Rounding happens once,
 * at the end: the index by the edition's rule, the breakdown by largest remainder so that it adds
 * up to exactly 100.
 */
final class Computation {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Computation() {}

  static IidFigures figures(IidEdition e, BigDecimal spd, List<BigDecimal> sidSums, int affairs) {
    return figures(e, spd, sidSums, 0, affairs);
  }

  /**
   * The formula, with {@code rejected} innovations that were reported but rejected on
   * verification: they take a place in the divisor and nothing else.
   */
  static IidFigures figures(IidEdition e, BigDecimal spd, List<BigDecimal> sidSums, int rejected, int affairs) {
    List<EditionElement> missing = new ArrayList<>();
    if (e.countRule().isEmpty()) {
      missing.add(EditionElement.COUNT_RULE);
    }
    if (e.maxima().isEmpty()) {
      missing.add(EditionElement.MAXIMA);
    }
    if (!missing.isEmpty()) {
      throw new IncompleteEditionException(e, missing);
    }
    Maxima max = e.maxima().get();
    int basicServices = GovernmentAffair.basicServices().size();
    InvalidValueException.check(spd.signum() >= 0 && spd.compareTo(max.spd()) <= 0,
        "spdPoints", "must be within 0..%s for %s, was %s", max.spd(), e.id(), spd);
    InvalidValueException.check(affairs >= 0 && affairs <= basicServices,
        "basicServiceAffairsCovered", "must be within 0..%s, was %s", basicServices, affairs);
    BigDecimal sum = BigDecimal.ZERO;
    for (int j = 0; j < sidSums.size(); j++) {
      BigDecimal s = sidSums.get(j);
      InvalidValueException.check(s.signum() >= 0 && s.compareTo(max.sid()) <= 0,
          "sidSums[" + j + "]", "must be within 0..%s for %s, was %s", max.sid(), e.id(), s);
      sum = sum.add(s);
    }
    int n = sidSums.size();
    // Fewer innovations than the floor k still divide by k: reporting few innovations costs.
    int d = Math.max(e.divisorFloor(), n + rejected);
    CountRule rule = e.countRule().get();
    BigDecimal count = rule.score(n, affairs);
    BigDecimal bd = BigDecimal.valueOf(d);
    // (SPD + count + sum / d) / total × 100, multiplied through by d to stay exact.
    BigDecimal numerator = spd.add(count).multiply(bd).add(sum).multiply(HUNDRED);
    BigDecimal denominator = bd.multiply(max.total());
    BigDecimal index = numerator.divide(denominator, e.roundingScale(), e.roundingMode());
    int shown = IidFigures.SHOWN_SCALE;
    BigDecimal average = sum.divide(bd, shown, RoundingMode.HALF_UP);
    BigDecimal total = spd.add(count).multiply(bd).add(sum).divide(bd, shown, RoundingMode.HALF_UP);
    return new IidFigures(e.id(), spd, sum, n, d, average, affairs, rule.gateOpen(affairs), count,
        total, max, numerator.divide(denominator, shown, RoundingMode.HALF_UP), index,
        rating(e, numerator, index));
  }

  /**
   * Tidak Dapat Dinilai is the predicate of a region with nothing valid to assess (reference
   * §4.6: not reporting, or reporting without evidence), that is an exact total of 0. A positive
   * total whose index rounds to 0 earns the lowest band above 0 (Kurang Inovatif), not the
   * predicate of a region that reported nothing. This reading is declared in the editions' band
   * provenance.
   */
  private static io.github.inovasi.scoring.Rating rating(IidEdition e, BigDecimal exact, BigDecimal index) {
    if (exact.signum() > 0 && index.signum() == 0) {
      return e.rating(BigDecimal.ONE.movePointLeft(e.roundingScale()));
    }
    return e.rating(index);
  }

  static IidScore score(IidEdition e, Assessment a, ScoreBasis basis) {
    if (!e.missing().isEmpty()) {
      throw new IncompleteEditionException(e, e.missing());
    }
    List<Problem> problems = new ArrayList<>();
    if (!a.editionId().equals(e.id())) {
      problems.add(warning("EDITION_MISMATCH", Location.ofPath("editionId"),
          "Penilaian untuk edisi " + a.editionId() + " dinilai dengan " + e.id(),
          "The assessment is for " + a.editionId() + " but is scored with " + e.id()));
    }
    if (e.windowUnknown()) {
      // Applying no window would count innovations of any year; say so on every score.
      problems.add(warning("WINDOW_UNKNOWN", Location.ofPath("editionId"),
          e.id() + " tidak mengetahui rentang waktu penerapannya; tidak ada rentang yang diterapkan."
              + " Berikan rentang (withEligibility) atau terima asumsi yang dinyatakan edisi (withAssumptions)",
          e.id() + " does not know its implementation window; none is applied. Supply one"
              + " (withEligibility) or accept the edition's declared assumption (withAssumptions)"));
    }
    Map<String, Answer> regionAnswers =
        answers(e, e.spdIndicators(), a.regionAnswers(), "regionAnswers", problems);
    List<Scored> spd = scoreAll(e.spdIndicators(), regionAnswers, basis);

    List<InnovationEligibility> eligibility = new ArrayList<>();
    List<CountedInnovation> counted = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    List<String> ineligible = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int j = 0; j < a.innovations().size(); j++) {
      ReportedInnovation r = a.innovations().get(j);
      Innovation inv = r.innovation();
      String path = "innovations[" + j + "]";
      if (!ids.add(inv.id())) {
        problems.add(warning("DUPLICATE_INNOVATION", Location.ofPath(path + ".innovation.id"),
            "Id inovasi ganda: " + inv.id(), "Duplicate innovation id: " + inv.id()));
      }
      Map<String, Answer> answers = answers(e, e.sidIndicators(), r.answers(), path + ".answers", problems);
      InnovationEligibility el = eligibility(e, inv, answers, basis);
      eligibility.add(el);
      if (el.eligible()) {
        counted.add(new CountedInnovation(inv, scoreAll(e.sidIndicators(), answers, basis)));
      } else if (el.reasons().stream().allMatch(why -> why.reason() == IneligibilityReason.MANDATORY_NOT_VERIFIED)) {
        rejected.add(inv.id());
      } else {
        ineligible.add(inv.id());
      }
    }

    IidFigures f = figures(e, sum(spd), counted.stream().map(CountedInnovation::sum)
        .collect(Collectors.toList()), rejected.size(), basicServiceAffairs(counted));
    if (!f.gateOpen()) {
      otherAffairsNote(counted).ifPresent(problems::add);
    }
    List<Line> lines = lines(e, f, spd, counted, rejected, ineligible);
    ImmutableList.Builder<IndicatorScore> scores = ImmutableList.builder();
    spd.forEach(s -> scores.add(s.toScore(Optional.empty())));
    counted.forEach(c -> c.answers().forEach(s -> scores.add(s.toScore(Optional.of(c.innovation().id())))));
    Breakdown breakdown = apportion(lines, BigDecimal.valueOf(f.divisor()).multiply(f.maxima().total()));
    return new IidScore(e.id(), a.region(), basis, f, ImmutableList.copyOf(eligibility),
        scores.build(), breakdown, ImmutableList.copyOf(problems), tentative(e));
  }

  /** The basic-service affairs the counted innovations open the gate with: their main affairs. */
  private static int basicServiceAffairs(List<CountedInnovation> counted) {
    Set<GovernmentAffair> affairs = EnumSet.noneOf(GovernmentAffair.class);
    for (CountedInnovation c : counted) {
      if (c.innovation().mainAffair().isBasicService()) {
        affairs.add(c.innovation().mainAffair());
      }
    }
    return affairs.size();
  }

  /**
   * Where the gate is closed, names the basic-service affairs that appear only among the counted
   * innovations' other affairs: they do not open the gate, which counts main affairs.
   */
  private static Optional<Problem> otherAffairsNote(List<CountedInnovation> counted) {
    Set<GovernmentAffair> main = EnumSet.noneOf(GovernmentAffair.class);
    counted.forEach(c -> main.add(c.innovation().mainAffair()));
    Map<GovernmentAffair, String> onlyOther = new java.util.TreeMap<>();
    for (CountedInnovation c : counted) {
      for (GovernmentAffair a : c.innovation().otherAffairs()) {
        if (a.isBasicService() && !main.contains(a)) {
          onlyOther.putIfAbsent(a, c.innovation().id());
        }
      }
    }
    if (onlyOther.isEmpty()) {
      return Optional.empty();
    }
    String id = onlyOther.entrySet().stream().map(x -> x.getKey().label().indonesian() + " (" + x.getValue() + ")")
        .collect(Collectors.joining(", "));
    String en = onlyOther.entrySet().stream().map(x -> x.getKey().label().english() + " (" + x.getValue() + ")")
        .collect(Collectors.joining(", "));
    return Optional.of(warning("GATE_OTHER_AFFAIRS", Location.ofPath("innovations"),
        "Syarat urusan pelayanan dasar tidak terpenuhi; " + id + " hanya tercatat sebagai urusan lain, dan"
            + " syarat itu menghitung urusan utama inovasi",
        "The basic-service gate is closed; " + en + " appear only among other affairs, and the gate counts"
            + " the innovations' main affairs"));
  }

  /**
   * Every breakdown line as exact numerators over {@code MAX(k, n) × total maximum}, in the order
   * the breakdown shows them: SPD rows, the counted innovations' indicators, the empty divisor
   * slots, the count score.
   */
  private static List<Line> lines(IidEdition e, IidFigures f, List<Scored> spd,
      List<CountedInnovation> counted, List<String> rejected, List<String> ineligible) {
    BigDecimal d = BigDecimal.valueOf(f.divisor());
    List<Line> lines = new ArrayList<>();
    for (Scored s : spd) {
      // SPD points are not averaged, so each is worth d numerator units.
      lines.add(s.line(BreakdownPart.SPD, Optional.empty(), d));
    }
    for (CountedInnovation c : counted) {
      for (Scored s : c.answers()) {
        lines.add(s.line(BreakdownPart.SID, Optional.of(c.innovation().id()), BigDecimal.ONE));
      }
    }
    // Each slot of MAX(k, n) without a counted innovation could have held a full SID maximum.
    // An innovation rejected on verification holds its slot and earns nothing in it; ineligible
    // innovations are named on the empty slots they could have filled, the rest is the floor's.
    BigDecimal slotMaximum = f.maxima().sid().multiply(HUNDRED);
    for (String id : rejected) {
      lines.add(slot(Optional.of(id), LossReason.REJECTED_BY_VERIFIER, slotMaximum));
    }
    for (int slot = 0; slot < f.divisor() - f.innovations() - rejected.size(); slot++) {
      boolean byIneligible = slot < ineligible.size();
      lines.add(slot(byIneligible ? Optional.of(ineligible.get(slot)) : Optional.empty(),
          byIneligible ? LossReason.INELIGIBLE_INNOVATION : LossReason.DIVISOR_FLOOR, slotMaximum));
    }
    lines.add(countLine(e.countRule().get(), f, rejected.size(), ineligible.size(), d));
    return lines;
  }

  private static Line slot(Optional<String> innovationId, LossReason reason, BigDecimal slotMaximum) {
    return new Line(BreakdownPart.SID, "slot", innovationId, Label.of("Slot pembagi kosong", "Empty divisor slot"),
        BigDecimal.ZERO, List.of(new Shortfall(reason, slotMaximum)));
  }

  /**
   * The count score's line. Up to the cap, each innovation is worth the same points: those
   * counted but gated off are lost to the gate, the places rejected and ineligible innovations
   * could have filled to the verifier and to ineligibility, and the rest of the cap to having
   * reported fewer.
   */
  private static Line countLine(CountRule rule, IidFigures f, int rejected, int ineligible, BigDecimal d) {
    BigDecimal perInnovation = rule.pointsPerInnovation().multiply(d).multiply(HUNDRED);
    int countable = Math.min(f.innovations(), rule.cap());
    int room = rule.cap() - countable;
    int byRejected = Math.min(room, rejected);
    int byIneligible = Math.min(room - byRejected, ineligible);
    List<Shortfall> losses = new ArrayList<>();
    if (!f.gateOpen()) {
      losses.add(new Shortfall(LossReason.GATE_NOT_MET, times(perInnovation, countable)));
    }
    if (byRejected > 0) {
      losses.add(new Shortfall(LossReason.REJECTED_BY_VERIFIER, times(perInnovation, byRejected)));
    }
    if (byIneligible > 0) {
      losses.add(new Shortfall(LossReason.INELIGIBLE_INNOVATION, times(perInnovation, byIneligible)));
    }
    int fewer = room - byRejected - byIneligible;
    if (fewer > 0) {
      losses.add(new Shortfall(LossReason.FEWER_INNOVATIONS, times(perInnovation, fewer)));
    }
    return new Line(BreakdownPart.COUNT, "count", Optional.empty(),
        Label.of("Skor jumlah inovasi", "Innovation count score"),
        f.countScore().multiply(d).multiply(HUNDRED), losses);
  }

  private static ImmutableList<String> tentative(IidEdition e) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    e.provenance().forEach((element, p) -> {
      if (p.isTentative()) {
        out.add(element + " is " + p.status().code() + p.note().map(n -> ": " + n).orElse(""));
      }
    });
    return out.build();
  }

  static InnovationEligibility eligibility(IidEdition e, Innovation inv, Map<String, Answer> answers,
      ScoreBasis basis) {
    Eligibility rules = e.eligibility();
    List<Ineligibility> reasons = new ArrayList<>();
    if (!rules.stages().contains(inv.stage())) {
      reasons.add(new Ineligibility(IneligibilityReason.STAGE_NOT_COUNTED, Label.of(
          "Tahapan " + inv.stage() + " tidak dihitung", "Stage " + inv.stage() + " does not count")));
    }
    if (rules.implementedFrom().isPresent() || rules.implementedTo().isPresent()) {
      windowReason(rules, inv).ifPresent(reasons::add);
    }
    if (rules.minDesignWords().isPresent() && inv.designWordCount() < rules.minDesignWords().getAsInt()) {
      int min = rules.minDesignWords().getAsInt();
      reasons.add(new Ineligibility(IneligibilityReason.DESIGN_TOO_SHORT, Label.of(
          inv.designWordCount() + " dari " + min + " kata", inv.designWordCount() + " of " + min + " words")));
    }
    if (rules.excludeOnMissingMandatory()) {
      for (Indicator ind : e.sidIndicators()) {
        Answer answer = answers.get(ind.code());
        if (ind.mandatory() && (answer == null || answer.claimedLevel().isEmpty())) {
          reasons.add(new Ineligibility(IneligibilityReason.MANDATORY_UNANSWERED, Label.of(
              "Indikator wajib " + ind.code() + " (" + ind.name().indonesian() + ") belum dijawab",
              "Mandatory indicator " + ind.code() + " (" + ind.name().english() + ") is unanswered")));
        } else if (ind.mandatory() && basis == ScoreBasis.VERIFIED && rules.verificationDecides()
            && answer.verifiedLevel().orElse(0) == 0) {
          reasons.add(notVerified(ind, answer));
        }
      }
    }
    return new InnovationEligibility(inv.id(), inv.name(), ImmutableList.copyOf(reasons));
  }

  private static Ineligibility notVerified(Indicator ind, Answer answer) {
    String code = ind.code();
    if (answer.verifiedLevel().isEmpty()) {
      return new Ineligibility(IneligibilityReason.MANDATORY_NOT_VERIFIED, Label.of(
          "Indikator wajib " + code + " (" + ind.name().indonesian() + ") belum diverifikasi",
          "Mandatory indicator " + code + " (" + ind.name().english() + ") is not verified yet"));
    }
    return new Ineligibility(IneligibilityReason.MANDATORY_NOT_VERIFIED, Label.of(
        "Indikator wajib " + code + " (" + ind.name().indonesian() + ") ditolak verifikator (diklaim "
            + answer.claimedLevel().getAsInt() + ", diterima 0)",
        "Mandatory indicator " + code + " (" + ind.name().english() + ") rejected by the verifier (claimed "
            + answer.claimedLevel().getAsInt() + ", accepted 0)"));
  }

  /**
   * Counts an innovation implemented (or tried) inside the window, or renewed (pembaharuan) inside
   * it: the 2026 guideline assesses older innovations that show renewal within the window.
   */
  private static Optional<Ineligibility> windowReason(Eligibility rules, Innovation inv) {
    Optional<LocalDate> date = inv.implementationDate().or(inv::trialDate);
    Optional<LocalDate> renewal = inv.renewalDate();
    if (date.isEmpty() && renewal.isEmpty() && inv.stage() == Stage.INITIATION) {
      // At the inisiatif stage nothing has been tried or implemented yet (the validator expects
      // no such date), so the guideline's "or shows development within the window" (reference
      // §4.4.2) is the only way in: a development (renewal) date inside the window.
      return Optional.of(new Ineligibility(IneligibilityReason.NO_IMPLEMENTATION_DATE, Label.of(
          "Tahap inisiatif belum punya tanggal uji coba atau penerapan; inovasi dihitung bila tanggal"
              + " pengembangan (pembaharuan) berada di dalam rentang waktu",
          "At the inisiatif stage there is no trial or implementation date yet; the innovation counts"
              + " when its development (renewal) date falls inside the window")));
    }
    if (date.isEmpty() && renewal.isEmpty()) {
      return Optional.of(new Ineligibility(IneligibilityReason.NO_IMPLEMENTATION_DATE, Label.of(
          "Tidak ada tanggal penerapan atau uji coba", "No implementation or trial date")));
    }
    if (date.filter(rules::inWindow).isPresent() || renewal.filter(rules::inWindow).isPresent()) {
      return Optional.empty();
    }
    String window = rules.implementedFrom().map(LocalDate::toString).orElse("…") + ".."
        + rules.implementedTo().map(LocalDate::toString).orElse("…");
    String id = date.map(d -> "Diterapkan " + d + ", di luar " + window).orElse("Di luar " + window);
    String en = date.map(d -> "Implemented " + d + ", outside " + window).orElse("Outside " + window);
    if (renewal.isPresent()) {
      id += "; pembaharuan " + renewal.get() + " juga di luar rentang itu";
      en += "; the renewal of " + renewal.get() + " is outside it too";
    } else if (date.get().isBefore(rules.implementedFrom().orElse(LocalDate.MIN))) {
      id += "; pembaharuan di dalam rentang itu akan membuatnya dihitung";
      en += "; a renewal (pembaharuan) inside the window would make it count";
    }
    return Optional.of(new Ineligibility(IneligibilityReason.OUTSIDE_WINDOW, Label.of(id, en)));
  }

  /**
   * The answers by indicator code. An answer to an indicator outside this part of the edition is
   * ignored, a second answer to one indicator too; both are reported rather than guessed at.
   */
  static Map<String, Answer> answers(IidEdition e, List<Indicator> catalogue, List<Answer> answers,
      String path, List<Problem> problems) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      Location at = Location.ofPath(path + "[" + i + "]");
      Optional<Indicator> ind = catalogue.stream()
          .filter(c -> c.code().equals(answer.indicatorCode())).findFirst();
      if (ind.isEmpty()) {
        problems.add(warning("UNKNOWN_INDICATOR", at,
            "Indikator " + answer.indicatorCode() + " tidak ada di bagian ini pada " + e.id() + "; diabaikan",
            "Indicator " + answer.indicatorCode() + " is not in this part of " + e.id() + "; ignored"));
        continue;
      }
      if (out.putIfAbsent(answer.indicatorCode(), answer) != null) {
        problems.add(warning("DUPLICATE_ANSWER", at,
            "Indikator " + answer.indicatorCode() + " dijawab dua kali; jawaban pertama dipakai",
            "Indicator " + answer.indicatorCode() + " is answered twice; the first answer counts"));
        continue;
      }
      List<String> bases = ind.get().bases().stream().map(MeasurementBasis::code).collect(Collectors.toList());
      if (!bases.isEmpty() && answer.claimedLevel().isPresent()) {
        if (answer.basis().isEmpty()) {
          problems.add(warning("BASIS_MISSING", at,
              "Dasar ukur belum dipilih (salah satu dari " + bases + ")",
              "No measurement basis chosen (one of " + bases + ")"));
        } else if (!bases.contains(answer.basis().get())) {
          problems.add(warning("UNKNOWN_BASIS", at,
              "Dasar ukur " + answer.basis().get() + " tidak dikenal (" + bases + ")",
              "Unknown measurement basis " + answer.basis().get() + " (" + bases + ")"));
        }
      }
    }
    return out;
  }

  private static List<Scored> scoreAll(List<Indicator> catalogue, Map<String, Answer> answers, ScoreBasis basis) {
    List<Scored> out = new ArrayList<>(catalogue.size());
    for (Indicator ind : catalogue) {
      out.add(scoreAnswer(ind, Optional.ofNullable(answers.get(ind.code())), basis));
    }
    return out;
  }

  private static BigDecimal sum(List<Scored> scored) {
    return scored.stream().map(Scored::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Scores one answer: {@code weight × counted level}, and the levels between it and the top level
   * by reason. The reasons come in the order they apply: first why the counted level is below the
   * level the region stated (no evidence, not verified, lowered by the verifier), then why that
   * level is below the top ({@link LossReason#LOWER_LEVEL}).
   */
  static Scored scoreAnswer(Indicator ind, Optional<Answer> answer, ScoreBasis basis) {
    int top = ind.levels().size();
    OptionalInt claimed = answer.map(Answer::claimedLevel).orElse(OptionalInt.empty());
    OptionalInt verified = answer.map(Answer::verifiedLevel).orElse(OptionalInt.empty());
    if (basis == ScoreBasis.CLAIMED) {
      if (claimed.isEmpty()) {
        return new Scored(ind, claimed, verified, 0, List.of(new LevelLoss(LossReason.NO_ANSWER, top)));
      }
      int stated = claimed.getAsInt();
      if (answer.get().evidence().isEmpty()) {
        // The guideline scores a level without evidence (bukti dukung) as 0 (reference §4.2).
        return new Scored(ind, claimed, verified, 0, List.of(
            new LevelLoss(LossReason.NO_EVIDENCE, stated), new LevelLoss(LossReason.LOWER_LEVEL, top - stated)));
      }
      return new Scored(ind, claimed, verified, stated, List.of(new LevelLoss(LossReason.LOWER_LEVEL, top - stated)));
    }
    if (claimed.isEmpty() && verified.isEmpty()) {
      return new Scored(ind, claimed, verified, 0, List.of(new LevelLoss(LossReason.NO_ANSWER, top)));
    }
    if (verified.isEmpty()) {
      int stated = claimed.getAsInt();
      return new Scored(ind, claimed, verified, 0, List.of(
          new LevelLoss(LossReason.UNVERIFIED, stated), new LevelLoss(LossReason.LOWER_LEVEL, top - stated)));
    }
    int level = verified.getAsInt();
    // A verifier may accept more than was claimed; the loss to the verifier is never negative.
    int reference = Math.max(level, claimed.orElse(level));
    return new Scored(ind, claimed, verified, level, List.of(
        new LevelLoss(LossReason.REJECTED_BY_VERIFIER, reference - level),
        new LevelLoss(LossReason.LOWER_LEVEL, top - reference)));
  }

  private static Problem warning(String code, Location at, String id, String en) {
    return Problem.builder().code(code).severity(Problem.Severity.WARNING).location(at)
        .message(Label.of(id, en)).build();
  }

  private static BigDecimal times(BigDecimal unit, int count) {
    return unit.multiply(BigDecimal.valueOf(count));
  }

  /**
   * Rounds the lines to {@link Breakdown#SCALE} decimals so that the earned amounts add up to the
   * index and earned plus lost to exactly 100. Ties are broken by each amount's key (part, code,
   * innovation, reason), so the breakdown does not depend on the order innovations are listed in.
   */
  static Breakdown apportion(List<Line> lines, BigDecimal denominator) {
    List<BigDecimal> earned = new ArrayList<>();
    List<String> earnedKeys = new ArrayList<>();
    List<BigDecimal> lost = new ArrayList<>();
    List<String> lostKeys = new ArrayList<>();
    for (Line line : lines) {
      earned.add(line.earned());
      earnedKeys.add(line.key());
      for (Shortfall s : line.losses()) {
        lost.add(s.amount());
        lostKeys.add(line.key() + "/" + s.reason());
      }
    }
    BigDecimal earnedSum = earned.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal earnedTarget = earnedSum.divide(denominator, Breakdown.SCALE, RoundingMode.HALF_UP);
    BigDecimal lostTarget = HUNDRED.setScale(Breakdown.SCALE).subtract(earnedTarget);
    List<BigDecimal> e = Apportionment.apportion(earned, earnedKeys, denominator, earnedTarget, Breakdown.SCALE);
    List<BigDecimal> l = Apportionment.apportion(lost, lostKeys, denominator, lostTarget, Breakdown.SCALE);
    ImmutableList.Builder<BreakdownLine> out = ImmutableList.builder();
    int k = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      ImmutableList.Builder<Loss> losses = ImmutableList.builder();
      for (Shortfall s : line.losses()) {
        BigDecimal amount = l.get(k++);
        // A reason that cost nothing exactly is not shown, even if rounding moved a unit to it.
        if (s.amount().signum() > 0) {
          losses.add(new Loss(s.reason(), amount));
        }
      }
      out.add(new BreakdownLine(line.part(), line.code(), line.innovationId(), line.label(), e.get(i),
          losses.build()));
    }
    return new Breakdown(out.build());
  }

  /** Levels of one answer short of the top level, and why. */
  record LevelLoss(LossReason reason, int levels) {}

  /**
   * How one answer counted: the level, and the levels between it and the top level by reason.
   *
   * @param indicator the indicator answered
   * @param claimed the level the region claimed
   * @param verified the level the verifier accepted
   * @param level the level counted
   * @param lost the levels short of the top, by reason, in the order the reasons apply
   */
  record Scored(Indicator indicator, OptionalInt claimed, OptionalInt verified, int level, List<LevelLoss> lost) {
    BigDecimal points() {
      return indicator.weight().multiply(BigDecimal.valueOf(level));
    }

    /** The first reason that cost a level: the one the answer's score names. */
    Optional<LossReason> shortfall() {
      return lost.stream().filter(l -> l.levels() > 0).map(LevelLoss::reason).findFirst();
    }

    IndicatorScore toScore(Optional<String> innovationId) {
      return new IndicatorScore(innovationId, indicator.code(), indicator.weight(), claimed, verified, level,
          points(), indicator.maxScore(), shortfall());
    }

    /** This answer's breakdown line, one level being worth {@code weight × unitsPerPoint × 100}. */
    Line line(BreakdownPart part, Optional<String> innovationId, BigDecimal unitsPerPoint) {
      BigDecimal perLevel = indicator.weight().multiply(unitsPerPoint).multiply(HUNDRED);
      List<Shortfall> shortfalls = lost.stream()
          .map(l -> new Shortfall(l.reason(), times(perLevel, l.levels())))
          .collect(Collectors.toList());
      return new Line(part, indicator.code(), innovationId, indicator.name(), times(perLevel, level), shortfalls);
    }
  }

  /** A counted innovation and how each of its indicators scored. */
  record CountedInnovation(Innovation innovation, List<Scored> answers) {
    BigDecimal sum() {
      return Computation.sum(answers);
    }
  }

  /** Index points not earned on a line, as a numerator over the common denominator. */
  record Shortfall(LossReason reason, BigDecimal amount) {}

  /**
   * One breakdown line before rounding: index points earned and lost, as numerators over the
   * common denominator {@code MAX(k, n) × total maximum / 100}.
   */
  record Line(BreakdownPart part, String code, Optional<String> innovationId, Label label, BigDecimal earned,
      List<Shortfall> losses) {
    /** A stable key, so that rounding ties do not depend on list order. */
    String key() {
      return part + "/" + code + "/" + innovationId.orElse("");
    }
  }
}
