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
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.ReportedInnovation;
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

/**
 * The IID computation. All arithmetic is exact: every figure is a fraction over the common
 * denominator {@code MAX(k, n) × total maximum}, and rounding happens once, at the end.
 */
final class Computation {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Computation() {}

  static IidFigures figures(IidEdition e, BigDecimal spd, List<BigDecimal> sidSums, int affairs) {
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
    InvalidValueException.check(spd.signum() >= 0 && spd.compareTo(max.spd()) <= 0,
        "spdPoints", "must be within 0..%s for %s, was %s", max.spd(), e.id(), spd);
    InvalidValueException.check(affairs >= 0 && affairs <= 6,
        "basicServiceAffairsCovered", "must be within 0..6, was %s", affairs);
    BigDecimal sum = BigDecimal.ZERO;
    for (int j = 0; j < sidSums.size(); j++) {
      BigDecimal s = sidSums.get(j);
      InvalidValueException.check(s.signum() >= 0 && s.compareTo(max.sid()) <= 0,
          "sidSums[" + j + "]", "must be within 0..%s for %s, was %s", max.sid(), e.id(), s);
      sum = sum.add(s);
    }
    int n = sidSums.size();
    int d = Math.max(e.divisorFloor(), n);
    CountRule rule = e.countRule().get();
    BigDecimal count = rule.score(n, affairs);
    BigDecimal bd = BigDecimal.valueOf(d);
    BigDecimal numerator = spd.add(count).multiply(bd).add(sum).multiply(HUNDRED);
    BigDecimal denominator = bd.multiply(max.total());
    BigDecimal index = numerator.divide(denominator, e.roundingScale(), e.roundingMode());
    int shown = IidFigures.SHOWN_SCALE;
    BigDecimal average = sum.divide(bd, shown, RoundingMode.HALF_UP);
    BigDecimal total = spd.add(count).multiply(bd).add(sum).divide(bd, shown, RoundingMode.HALF_UP);
    return new IidFigures(e.id(), spd, sum, n, d, average, affairs, rule.gateOpen(affairs), count,
        total, max, numerator.divide(denominator, shown, RoundingMode.HALF_UP), index,
        e.rating(index));
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
    Lines lines = new Lines();
    List<IndicatorScore> scores = new ArrayList<>();
    Map<String, Answer> spdAnswers = answers(e, e.spdIndicators(), a.regionAnswers(), "regionAnswers", problems);
    BigDecimal spd = BigDecimal.ZERO;
    List<Scored> spdScored = new ArrayList<>();
    for (Indicator ind : e.spdIndicators()) {
      Scored s = scoreAnswer(ind, Optional.ofNullable(spdAnswers.get(ind.code())), basis);
      scores.add(s.toScore(Optional.empty(), ind));
      spdScored.add(s);
      spd = spd.add(s.points(ind));
    }
    List<InnovationEligibility> eligibility = new ArrayList<>();
    List<BigDecimal> sums = new ArrayList<>();
    List<List<Scored>> sidScored = new ArrayList<>();
    List<Innovation> counted = new ArrayList<>();
    List<String> ineligible = new ArrayList<>();
    Set<GovernmentAffair> affairs = EnumSet.noneOf(GovernmentAffair.class);
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
      InnovationEligibility el = eligibility(e, inv, answers);
      eligibility.add(el);
      if (!el.eligible()) {
        ineligible.add(inv.id());
        continue;
      }
      counted.add(inv);
      if (inv.mainAffair().isBasicService()) {
        affairs.add(inv.mainAffair());
      }
      BigDecimal sum = BigDecimal.ZERO;
      List<Scored> list = new ArrayList<>();
      for (Indicator ind : e.sidIndicators()) {
        Scored s = scoreAnswer(ind, Optional.ofNullable(answers.get(ind.code())), basis);
        scores.add(s.toScore(Optional.of(inv.id()), ind));
        list.add(s);
        sum = sum.add(s.points(ind));
      }
      sums.add(sum);
      sidScored.add(list);
    }
    IidFigures f = figures(e, spd, sums, affairs.size());
    BigDecimal d = BigDecimal.valueOf(f.divisor());
    for (int i = 0; i < e.spdIndicators().size(); i++) {
      Indicator ind = e.spdIndicators().get(i);
      lines.add("SPD", ind.code(), Optional.empty(), ind.name(), spdScored.get(i), ind, d);
    }
    for (int j = 0; j < counted.size(); j++) {
      for (int i = 0; i < e.sidIndicators().size(); i++) {
        Indicator ind = e.sidIndicators().get(i);
        lines.add("SID", ind.code(), Optional.of(counted.get(j).id()), ind.name(),
            sidScored.get(j).get(i), ind, BigDecimal.ONE);
      }
    }
    BigDecimal sidMax = f.maxima().sid();
    for (int slot = 0; slot < f.divisor() - f.innovations(); slot++) {
      boolean byIneligible = slot < ineligible.size();
      lines.addLoss("SID", "slot",
          byIneligible ? Optional.of(ineligible.get(slot)) : Optional.empty(),
          Label.of("Slot pembagi kosong", "Empty divisor slot"),
          byIneligible ? LossReason.INELIGIBLE_INNOVATION : LossReason.DIVISOR_FLOOR,
          sidMax.multiply(HUNDRED));
    }
    countLine(e, f, ineligible.size(), d, lines);
    Breakdown breakdown = lines.apportion(d.multiply(f.maxima().total()));
    return new IidScore(e.id(), a.region(), basis, f, ImmutableList.copyOf(eligibility),
        ImmutableList.copyOf(scores), breakdown, ImmutableList.copyOf(problems), tentative(e));
  }

  private static void countLine(IidEdition e, IidFigures f, int ineligible, BigDecimal d, Lines lines) {
    CountRule rule = e.countRule().get();
    BigDecimal unit = rule.pointsPerInnovation().multiply(d).multiply(HUNDRED);
    int countable = Math.min(f.innovations(), rule.cap());
    List<Object[]> losses = new ArrayList<>();
    if (!f.gateOpen()) {
      losses.add(new Object[] {LossReason.GATE_NOT_MET, unit.multiply(BigDecimal.valueOf(countable))});
    }
    int room = rule.cap() - countable;
    int byIneligible = Math.min(room, ineligible);
    if (byIneligible > 0) {
      losses.add(new Object[] {LossReason.INELIGIBLE_INNOVATION, unit.multiply(BigDecimal.valueOf(byIneligible))});
    }
    if (room - byIneligible > 0) {
      losses.add(new Object[] {LossReason.FEWER_INNOVATIONS,
          unit.multiply(BigDecimal.valueOf(room - byIneligible))});
    }
    lines.addCount(Label.of("Skor jumlah inovasi", "Innovation count score"),
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

  static InnovationEligibility eligibility(IidEdition e, Innovation inv, Map<String, Answer> answers) {
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
        }
      }
    }
    return new InnovationEligibility(inv.id(), inv.name(), ImmutableList.copyOf(reasons));
  }

  /**
   * Counts an innovation implemented (or tried) inside the window, or renewed (pembaharuan) inside
   * it: the 2026 guideline assesses older innovations that show renewal within the window.
   */
  private static Optional<Ineligibility> windowReason(Eligibility rules, Innovation inv) {
    Optional<LocalDate> date = inv.implementationDate().or(inv::trialDate);
    Optional<LocalDate> renewal = inv.renewalDate();
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
      List<String> bases = ind.get().bases().stream().map(b -> b.code()).collect(java.util.stream.Collectors.toList());
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

  /** The counted level of one answer, with the levels lost by reason. */
  record Scored(OptionalInt claimed, OptionalInt verified, int level, List<LossReason> reasons, List<Integer> levelsLost) {
    BigDecimal points(Indicator ind) {
      return ind.weight().multiply(BigDecimal.valueOf(level));
    }

    IndicatorScore toScore(Optional<String> innovationId, Indicator ind) {
      Optional<LossReason> shortfall = Optional.empty();
      for (int i = 0; i < reasons.size(); i++) {
        if (levelsLost.get(i) > 0) {
          shortfall = Optional.of(reasons.get(i));
          break;
        }
      }
      return new IndicatorScore(innovationId, ind.code(), ind.weight(), claimed, verified, level,
          points(ind), ind.maxScore(), shortfall);
    }
  }

  static Scored scoreAnswer(Indicator ind, Optional<Answer> answer, ScoreBasis basis) {
    OptionalInt claimed = answer.map(Answer::claimedLevel).orElse(OptionalInt.empty());
    OptionalInt verified = answer.map(Answer::verifiedLevel).orElse(OptionalInt.empty());
    List<LossReason> reasons = new ArrayList<>();
    List<Integer> lost = new ArrayList<>();
    int level;
    if (basis == ScoreBasis.CLAIMED) {
      if (claimed.isEmpty()) {
        level = 0;
        reasons.add(LossReason.NO_ANSWER);
        lost.add(3);
      } else if (answer.get().evidence().isEmpty()) {
        level = 0;
        reasons.add(LossReason.NO_EVIDENCE);
        lost.add(claimed.getAsInt());
        reasons.add(LossReason.LOWER_LEVEL);
        lost.add(3 - claimed.getAsInt());
      } else {
        level = claimed.getAsInt();
        reasons.add(LossReason.LOWER_LEVEL);
        lost.add(3 - level);
      }
    } else if (claimed.isEmpty() && verified.isEmpty()) {
      level = 0;
      reasons.add(LossReason.NO_ANSWER);
      lost.add(3);
    } else if (verified.isEmpty()) {
      level = 0;
      reasons.add(LossReason.UNVERIFIED);
      lost.add(claimed.getAsInt());
      reasons.add(LossReason.LOWER_LEVEL);
      lost.add(3 - claimed.getAsInt());
    } else {
      level = verified.getAsInt();
      int reference = Math.max(level, claimed.orElse(level));
      reasons.add(LossReason.REJECTED_BY_VERIFIER);
      lost.add(reference - level);
      reasons.add(LossReason.LOWER_LEVEL);
      lost.add(3 - reference);
    }
    return new Scored(claimed, verified, level, reasons, lost);
  }

  private static Problem warning(String code, Location at, String id, String en) {
    return Problem.builder().code(code).severity(Problem.Severity.WARNING).location(at)
        .message(Label.of(id, en)).build();
  }

  /** Breakdown lines in exact numerators over a common denominator, apportioned at the end. */
  private static final class Lines {
    private final List<String[]> keys = new ArrayList<>();
    private final List<Optional<String>> innovations = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<BigDecimal> earned = new ArrayList<>();
    private final List<List<LossReason>> lossReasons = new ArrayList<>();
    private final List<List<BigDecimal>> lossAmounts = new ArrayList<>();

    void add(String part, String code, Optional<String> innovation, Label label, Scored s,
        Indicator ind, BigDecimal factor) {
      BigDecimal unit = ind.weight().multiply(factor).multiply(HUNDRED);
      List<BigDecimal> amounts = new ArrayList<>();
      for (int lost : s.levelsLost()) {
        amounts.add(unit.multiply(BigDecimal.valueOf(lost)));
      }
      put(part, code, innovation, label, unit.multiply(BigDecimal.valueOf(s.level())), s.reasons(), amounts);
    }

    void addLoss(String part, String code, Optional<String> innovation, Label label, LossReason reason,
        BigDecimal amount) {
      put(part, code, innovation, label, BigDecimal.ZERO, List.of(reason), List.of(amount));
    }

    void addCount(Label label, BigDecimal earnedAmount, List<Object[]> losses) {
      List<LossReason> reasons = new ArrayList<>();
      List<BigDecimal> amounts = new ArrayList<>();
      for (Object[] loss : losses) {
        reasons.add((LossReason) loss[0]);
        amounts.add((BigDecimal) loss[1]);
      }
      put("COUNT", "count", Optional.empty(), label, earnedAmount, reasons, amounts);
    }

    private void put(String part, String code, Optional<String> innovation, Label label, BigDecimal e,
        List<LossReason> reasons, List<BigDecimal> amounts) {
      keys.add(new String[] {part, code});
      innovations.add(innovation);
      labels.add(label);
      earned.add(e);
      lossReasons.add(reasons);
      lossAmounts.add(amounts);
    }

    Breakdown apportion(BigDecimal denominator) {
      List<BigDecimal> flatLosses = new ArrayList<>();
      List<String> lineKeys = new ArrayList<>();
      List<String> lossKeys = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i)[0] + "/" + keys.get(i)[1] + "/" + innovations.get(i).orElse("");
        lineKeys.add(key);
        flatLosses.addAll(lossAmounts.get(i));
        for (LossReason reason : lossReasons.get(i)) {
          lossKeys.add(key + "/" + reason);
        }
      }
      BigDecimal earnedSum = earned.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal earnedTarget = earnedSum.divide(denominator, Breakdown.SCALE, RoundingMode.HALF_UP);
      BigDecimal lostTarget = HUNDRED.setScale(Breakdown.SCALE).subtract(earnedTarget);
      List<BigDecimal> e = Apportionment.apportion(earned, lineKeys, denominator, earnedTarget, Breakdown.SCALE);
      List<BigDecimal> l = Apportionment.apportion(flatLosses, lossKeys, denominator, lostTarget, Breakdown.SCALE);
      ImmutableList.Builder<BreakdownLine> out = ImmutableList.builder();
      int k = 0;
      for (int i = 0; i < keys.size(); i++) {
        ImmutableList.Builder<Loss> losses = ImmutableList.builder();
        for (int r = 0; r < lossReasons.get(i).size(); r++) {
          BigDecimal amount = l.get(k++);
          if (lossAmounts.get(i).get(r).signum() > 0) {
            losses.add(new Loss(lossReasons.get(i).get(r), amount));
          }
        }
        out.add(new BreakdownLine(keys.get(i)[0], keys.get(i)[1], innovations.get(i), labels.get(i),
            e.get(i), losses.build()));
      }
      return new Breakdown(out.build());
    }
  }
}
