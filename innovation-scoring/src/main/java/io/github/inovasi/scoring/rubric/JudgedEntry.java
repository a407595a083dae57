package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.Subject;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One entry as a panel judged it: the {@link Subject} (an agency's innovation, a region, a
 * proposal) and every judge's score of every criterion. A {@link RubricPolicy} scores it; the
 * order the scores are listed in does not matter.
 *
 * <pre>{@code
 * JudgedEntry e = JudgedEntry.builder()
 *     .subject(Subject.of(ScoredUnit.INNOVATION, "dinkes-01", "Si-Sehat"))
 *     .addScores(JudgeScore.of("J1", "kebaruan", "4"), JudgeScore.of("J2", "kebaruan", "5"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class JudgedEntry {
  JudgedEntry() {}

  /**
   * Returns what was judged.
   *
   * @return the subject
   */
  public abstract Subject subject();

  /**
   * Returns the judges' scores.
   *
   * @return at most one per judge and criterion
   */
  public abstract ImmutableList<JudgeScore> scores();

  /**
   * Returns the judges who scored this entry.
   *
   * @return their ids, sorted
   */
  public final ImmutableSortedSet<String> judges() {
    return scores().stream().map(JudgeScore::judge)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /**
   * Finds one judge's score of one criterion.
   *
   * @param judge the judge's id
   * @param criterion the criterion code
   * @return the score, if given
   */
  public final Optional<BigDecimal> score(String judge, String criterion) {
    return scores().stream()
        .filter(s -> s.judge().equals(judge) && s.criterion().equals(criterion))
        .map(JudgeScore::value)
        .findFirst();
  }

  /**
   * Returns a copy with one judge's score of one criterion replaced or added.
   *
   * @param judge the judge's id
   * @param criterion the criterion code
   * @param value the new score
   * @return the copy
   */
  public final JudgedEntry withScore(String judge, String criterion, BigDecimal value) {
    ImmutableList.Builder<JudgeScore> out = ImmutableList.builder();
    for (JudgeScore s : scores()) {
      if (!(s.judge().equals(judge) && s.criterion().equals(criterion))) {
        out.add(s);
      }
    }
    out.add(new JudgeScore(judge, criterion, value));
    return builder().from(this).scores(out.build()).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scores().size(); i++) {
      JudgeScore s = scores().get(i);
      InvalidValueException.check(seen.add(s.judge() + "\u0000" + s.criterion()),
          "JudgedEntry.scores[" + i + "]", "DUPLICATE_SCORE",
          Label.of("Juri " + s.judge() + " menilai kriteria " + s.criterion() + " dua kali",
              "Judge " + s.judge() + " scored criterion " + s.criterion() + " twice"),
          s.value().toPlainString());
    }
  }

  /** Builds {@link JudgedEntry}s. */
  public static final class Builder extends ImmutableJudgedEntry.Builder {
    Builder() {}
  }
}
