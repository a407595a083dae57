package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact part of the improvement plan. Once the number of new innovations (and whether they
 * open the basic-service gate) is fixed, so are the divisor MAX(k, n) and the count score, and
 * every answer improvement adds a fixed amount: choosing the improvements is then a
 * multiple-choice knapsack (at most one option per answer), solved by dynamic programming over
 * integer effort for the least effort that reaches the target.
 */
final class LeastEffortSearch {
  private final EffortProfile profile;

  LeastEffortSearch(EffortProfile profile) {
    this.profile = profile;
  }

  /**
   * One answer that can improve: an SPD row (innovation -1) or an SID indicator of a counted
   * innovation. {@code claimed} is the level the answer stands at (on the verified side the
   * higher of the claim and the verifier's level), {@code counted} the level that scores now
   * (the claim when evidenced, or the verifier's level), {@code note} the verifier's note, if any.
   */
  record Slot(int innovation, String innovationId, Indicator indicator, int claimed, int counted, boolean evidence,
      String note) {
    /** Whether reaching a level needs a document: none is attached, or the one attached did not count. */
    boolean needsEvidence() {
      return counted < claimed || !evidence;
    }
  }

  /** One way to improve a slot: reach a level, adding evidence if missing. */
  record Option(int toLevel, boolean addEvidence) {}

  /** The least extra effort found, and the option chosen per slot (null: left as it is). */
  record Result(long effort, Option[] choice) {}

  List<Option> options(Slot s) {
    List<Option> out = new ArrayList<>();
    if (profile.locked(s.innovation() < 0, s.indicator().code())) {
      return out;
    }
    for (int b = Math.max(1, s.claimed()); b <= 3; b++) {
      if (b > s.counted()) {
        out.add(new Option(b, s.needsEvidence()));
      }
    }
    return out;
  }

  int cost(Slot s, Option o) {
    boolean spd = s.innovation() < 0;
    String code = s.indicator().code();
    return (o.toLevel() - s.claimed()) * profile.perLevel(spd, code)
        + (o.addEvidence() ? profile.perEvidence(spd, code) : 0);
  }

  /**
   * Finds the least effort that lifts the exact index of {@code base} to {@code threshold}.
   *
   * @return the result, or null when even every improvement falls short
   */
  Result solve(List<Slot> slots, IidFigures base, BigDecimal threshold) {
    Units u = units(slots, base, threshold);
    Option[] choice = new Option[slots.size()];
    if (u == null) {
      return new Result(0, choice);
    }
    for (int budget = 16; ; budget = Math.min(budget * 2, u.maxBudget)) {
      byte[][] pick = new byte[slots.size()][];
      long[] best = knapsack(slots, u.opts, u.gains, budget, pick);
      for (int c = 0; c <= budget; c++) {
        if (best[c] >= u.need) {
          return result(slots, u, pick, c);
        }
      }
      if (budget >= u.maxBudget) {
        return null;
      }
    }
  }

  /**
   * Finds, within an effort budget, the improvements that raise the exact index of {@code base}
   * the most (the least effort among equals).
   */
  Result best(List<Slot> slots, IidFigures base, int budget) {
    Units u = units(slots, base, BigDecimal.valueOf(100));
    if (u == null || budget <= 0) {
      return new Result(0, new Option[slots.size()]);
    }
    int b = Math.min(budget, u.maxBudget);
    byte[][] pick = new byte[slots.size()][];
    long[] best = knapsack(slots, u.opts, u.gains, b, pick);
    int at = 0;
    for (int c = 1; c <= b; c++) {
      if (best[c] > best[at]) {
        at = c;
      }
    }
    return result(slots, u, pick, at);
  }

  private Result result(List<Slot> slots, Units u, byte[][] pick, int c) {
    Option[] choice = new Option[slots.size()];
    int rest = c;
    for (int i = slots.size() - 1; i >= 0; i--) {
      int k = pick[i][rest];
      if (k > 0) {
        Option o = u.opts.get(i).get(k - 1);
        choice[i] = o;
        rest -= cost(slots.get(i), o);
      }
    }
    return new Result(c, choice);
  }

  /** The need and the gains in integer units, or null when nothing is needed. */
  private record Units(long need, List<List<Option>> opts, long[][] gains, int maxBudget) {}

  private Units units(List<Slot> slots, IidFigures base, BigDecimal threshold) {
    BigDecimal d = BigDecimal.valueOf(base.divisor());
    BigDecimal max = base.maxima().total();
    // All amounts in units of (score points × d): the index is units × 100 / (d × max).
    BigDecimal need = threshold.multiply(d).multiply(max).divide(BigDecimal.valueOf(100))
        .subtract(base.spd().add(base.countScore()).multiply(d).add(base.sidSum()));
    if (need.signum() <= 0) {
      return null;
    }
    List<List<Option>> opts = new ArrayList<>();
    List<BigDecimal[]> gains = new ArrayList<>();
    int scale = need.scale();
    for (Slot s : slots) {
      List<Option> o = options(s);
      BigDecimal[] gs = new BigDecimal[o.size()];
      for (int k = 0; k < o.size(); k++) {
        BigDecimal pts = s.indicator().weight().multiply(BigDecimal.valueOf(o.get(k).toLevel() - s.counted()));
        gs[k] = s.innovation() < 0 ? pts.multiply(d) : pts;
        scale = Math.max(scale, gs[k].scale());
      }
      opts.add(o);
      gains.add(gs);
    }
    long needUnits = need.movePointRight(scale).setScale(0, RoundingMode.CEILING).longValueExact();
    long[][] gainUnits = new long[slots.size()][];
    int maxBudget = 0;
    for (int i = 0; i < slots.size(); i++) {
      gainUnits[i] = new long[gains.get(i).length];
      int most = 0;
      for (int k = 0; k < gainUnits[i].length; k++) {
        gainUnits[i][k] = gains.get(i)[k].movePointRight(scale).longValueExact();
        most = Math.max(most, cost(slots.get(i), opts.get(i).get(k)));
      }
      maxBudget += most;
    }
    return new Units(needUnits, opts, gainUnits, maxBudget);
  }

  /** The most gain for each effort budget; pick[i][c] is the option (+1) slot i takes, or 0. */
  private long[] knapsack(List<Slot> slots, List<List<Option>> opts, long[][] gains, int budget, byte[][] pick) {
    long[] best = new long[budget + 1];
    for (int i = 0; i < slots.size(); i++) {
      long[] next = best.clone();
      byte[] p = new byte[budget + 1];
      for (int k = 0; k < gains[i].length; k++) {
        int c = cost(slots.get(i), opts.get(i).get(k));
        for (int b = budget; b >= c; b--) {
          long v = best[b - c] + gains[i][k];
          if (v > next[b]) {
            next[b] = v;
            p[b] = (byte) (k + 1);
          }
        }
      }
      pick[i] = p;
      best = next;
    }
    return best;
  }
}
