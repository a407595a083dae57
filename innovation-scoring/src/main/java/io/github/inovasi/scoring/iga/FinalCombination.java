package io.github.inovasi.scoring.iga;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.Subject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How measurement, presentation and field validation combine into the IGA's final order. The
 * official rule is not published, so there is no default: the caller states weights or a
 * lexicographic order, and every {@link FinalOrder} says which rule made it.
 *
 * <pre>{@code
 * FinalCombination rule = FinalCombination.weighted(
 *     new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("20"));
 * FinalOrder order = rule.combine(measurement, presentation, fieldValidation);
 * order.rule();   // "Bobot pilihan pengguna ... / Weights chosen by the user ..."
 * FinalCombination.lexicographic(Stage.PRESENTATION, Stage.MEASUREMENT);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FinalCombination {
  /** The IGA stages after collection. */
  public enum Stage {
    /** Pengukuran: the measured index. */
    MEASUREMENT(Label.of("Pengukuran", "Measurement")),
    /** Presentasi kepala daerah. */
    PRESENTATION(Label.of("Presentasi", "Presentation")),
    /** Validasi lapangan. */
    FIELD_VALIDATION(Label.of("Validasi lapangan", "Field validation"));

    private final Label label;

    Stage(Label label) {
      this.label = label;
    }

    /**
     * Returns the bilingual name.
     *
     * @return the label
     */
    public Label label() {
      return label;
    }

    /**
     * Returns the stage as written on the command line.
     *
     * @return e.g. {@code "field-validation"}
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private static final String NOT_PUBLISHED_ID = " (aturan resmi tidak dipublikasikan; dipilih pengguna)";
  private static final String NOT_PUBLISHED_EN = " (the official rule is not published; chosen by the user)";

  private final ImmutableMap<Stage, BigDecimal> weights;
  private final ImmutableList<Stage> order;

  private FinalCombination(ImmutableMap<Stage, BigDecimal> weights, ImmutableList<Stage> order) {
    this.weights = weights;
    this.order = order;
  }

  /**
   * Returns a weighted combination: {@code Σ wₛ·scoreₛ / Σ w}, each stage's score as published on
   * its own scale. A stage weighted 0 is not needed.
   *
   * @param measurement the weight of the measured index
   * @param presentation the weight of the presentation score
   * @param fieldValidation the weight of the field validation score
   * @return the rule
   * @throws InvalidValueException if a weight is negative or all are zero
   */
  public static FinalCombination weighted(BigDecimal measurement, BigDecimal presentation,
      BigDecimal fieldValidation) {
    Map<Stage, BigDecimal> w = new EnumMap<>(Stage.class);
    w.put(Stage.MEASUREMENT, Objects.requireNonNull(measurement, "measurement"));
    w.put(Stage.PRESENTATION, Objects.requireNonNull(presentation, "presentation"));
    w.put(Stage.FIELD_VALIDATION, Objects.requireNonNull(fieldValidation, "fieldValidation"));
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<Stage, BigDecimal> e : w.entrySet()) {
      InvalidValueException.check(e.getValue().signum() >= 0, "FinalCombination.weights", "NEGATIVE_WEIGHT",
          Label.of("Bobot " + e.getKey().code() + " negatif", "The weight of " + e.getKey().code() + " is negative"),
          e.getValue().toPlainString());
      sum = sum.add(e.getValue());
    }
    InvalidValueException.check(sum.signum() > 0, "FinalCombination.weights", "NO_WEIGHT",
        Label.of("Semua bobot nol", "Every weight is zero"), "0");
    return new FinalCombination(ImmutableMap.copyOf(w), ImmutableList.of());
  }

  /**
   * Returns a lexicographic combination: by the first stage's score, ties broken by the next.
   *
   * @param order the stages, most important first, each at most once
   * @return the rule
   * @throws InvalidValueException if no stage is given or one repeats
   */
  public static FinalCombination lexicographic(Stage... order) {
    ImmutableList<Stage> list = ImmutableList.copyOf(order);
    InvalidValueException.check(!list.isEmpty() && list.stream().distinct().count() == list.size(),
        "FinalCombination.order", "LEXICOGRAPHIC_ORDER",
        Label.of("Urutan tahap harus berisi tahap berbeda", "The order must list distinct stages"), list);
    return new FinalCombination(ImmutableMap.of(), list);
  }

  /**
   * Returns the stages this rule needs a score of.
   *
   * @return stages with a positive weight, or the lexicographic order
   */
  public ImmutableList<Stage> stages() {
    return order.isEmpty()
        ? weights.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey)
            .collect(ImmutableList.toImmutableList())
        : order;
  }

  /**
   * Describes the rule, saying that the user chose it.
   *
   * @return e.g. "Bobot: Pengukuran 50, Presentasi 30, Validasi lapangan 20 (...)"
   */
  public Label rule() {
    StringBuilder id = new StringBuilder();
    StringBuilder en = new StringBuilder();
    if (order.isEmpty()) {
      id.append("Rata-rata berbobot: ");
      en.append("Weighted mean: ");
      String sep = "";
      for (Map.Entry<Stage, BigDecimal> e : weights.entrySet()) {
        id.append(sep).append(e.getKey().label().indonesian()).append(' ').append(e.getValue().toPlainString());
        en.append(sep).append(e.getKey().label().english()).append(' ').append(e.getValue().toPlainString());
        sep = ", ";
      }
    } else {
      id.append("Leksikografis: ");
      en.append("Lexicographic: ");
      for (int i = 0; i < order.size(); i++) {
        id.append(i == 0 ? "" : ", lalu ").append(order.get(i).label().indonesian());
        en.append(i == 0 ? "" : ", then ").append(order.get(i).label().english());
      }
    }
    return Label.of(id + NOT_PUBLISHED_ID, en + NOT_PUBLISHED_EN);
  }

  /**
   * Combines the stages of the regions that presented.
   *
   * @param measurement measurement results (may include regions that did not present)
   * @param presentation presentation results: the regions ordered
   * @param fieldValidation field validation results (may be empty when the rule does not use it)
   * @return the final order, saying which rule made it
   * @throws InvalidInputException naming every presenter that lacks a score the rule needs
   */
  public FinalOrder combine(List<? extends ScoreResult> measurement, List<? extends ScoreResult> presentation,
      List<? extends ScoreResult> fieldValidation) {
    Map<Stage, Map<String, BigDecimal>> byStage = new EnumMap<>(Stage.class);
    byStage.put(Stage.MEASUREMENT, byId(measurement));
    byStage.put(Stage.PRESENTATION, byId(presentation));
    byStage.put(Stage.FIELD_VALIDATION, byId(fieldValidation));
    List<Problem> problems = new ArrayList<>();
    Map<String, Subject> subjects = new LinkedHashMap<>();
    presentation.forEach(r -> subjects.put(r.subject().id(), r.subject()));
    List<FinalOrder.Entry> rows = new ArrayList<>();
    Map<String, BigDecimal> exact = new HashMap<>();
    BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (Subject s : subjects.values()) {
      Map<Stage, BigDecimal> scores = new EnumMap<>(Stage.class);
      for (Stage stage : Stage.values()) {
        BigDecimal v = byStage.get(stage).get(s.id());
        if (v != null) {
          scores.put(stage, v);
        } else if (stages().contains(stage)) {
          problems.add(Problem.builder().code("MISSING_STAGE_SCORE")
              .location(Location.ofPath(stage.code() + "/" + s.id()))
              .message(Label.of(s.name() + " tidak memiliki skor " + stage.label().indonesian(),
                  s.name() + " has no " + stage.label().english() + " score"))
              .expected("a " + stage.code() + " result").found("none").build());
        }
      }
      Optional<BigDecimal> combined = Optional.empty();
      if (order.isEmpty() && scores.keySet().containsAll(stages())) {
        BigDecimal numerator = BigDecimal.ZERO;
        for (Stage stage : stages()) {
          numerator = numerator.add(weights.get(stage).multiply(scores.get(stage)));
        }
        exact.put(s.id(), numerator);
        combined = Optional.of(numerator.divide(weightSum, 4, RoundingMode.HALF_UP));
      }
      rows.add(new FinalOrder.Entry(0, s, ImmutableMap.copyOf(scores), combined));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Cannot combine the IGA stages: " + problems.size() + " problem(s)", problems);
    }
    Comparator<FinalOrder.Entry> better = order.isEmpty()
        ? Comparator.comparing((FinalOrder.Entry e) -> exact.get(e.subject().id())).reversed()
        : lexicographic();
    rows.sort(better.thenComparing(e -> e.subject().id()));
    ImmutableList.Builder<FinalOrder.Entry> out = ImmutableList.builder();
    int rank = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (i == 0 || better.compare(rows.get(i - 1), rows.get(i)) != 0) {
        rank = i + 1;
      }
      FinalOrder.Entry e = rows.get(i);
      out.add(new FinalOrder.Entry(rank, e.subject(), e.stageScores(), e.combined()));
    }
    return new FinalOrder(rule(), out.build());
  }

  private Comparator<FinalOrder.Entry> lexicographic() {
    Comparator<FinalOrder.Entry> c = null;
    for (Stage stage : order) {
      Comparator<FinalOrder.Entry> next =
          Comparator.comparing((FinalOrder.Entry e) -> e.stageScores().get(stage)).reversed();
      c = c == null ? next : c.thenComparing(next);
    }
    return c;
  }

  private static Map<String, BigDecimal> byId(List<? extends ScoreResult> results) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (ScoreResult r : results) {
      InvalidValueException.check(out.put(r.subject().id(), r.index()) == null, "results",
          "%s is scored twice in one stage", r.subject().id());
    }
    return out;
  }

  /** Returns {@link #rule()} in English. */
  @Override
  public String toString() {
    return rule().english();
  }
}
