package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.scoring.rubric.JudgedEntry;

/**
 * A way of scoring: the plug point of the library, through which every assessment goes. Each
 * policy has a stable {@link #id()} (the IID editions use {@code "iid-2023"}, {@code
 * "iid-2026"}, {@code "iid-2027"}), declares what it scores ({@link #unit()}: a region, an
 * innovation or a proposal) and its band set ({@link #grades()}), and is found by id in a
 * {@link ScoringPolicies} registry; an application adds its own by declaring a {@link
 * io.github.inovasi.scoring.spi.ScoringPolicyProvider} (see the {@code spi} package), without
 * changing the library.
 *
 * <p>A policy scores one of two inputs: a region's {@link Assessment} (the IID's measurement)
 * or a {@link JudgedEntry} scored by a panel of judges (a rubric). It overrides the method of
 * the input it takes; the other refuses with a message naming the policy.
 *
 * <pre>{@code
 * ScoringPolicy policy = ScoringPolicies.standard().of("iid-2026");
 * ScoreResult result = policy.score(assessment);
 * result.index();   // 38.55
 * result.grade();   // Kurang Inovatif
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface ScoringPolicy {

  /**
   * Returns the stable id, unique in a registry, e.g. {@code "iid-2026"}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a one-line description for people choosing a policy.
   *
   * @return the description
   */
  String description();

  /**
   * Returns what this policy scores.
   *
   * @return the unit of its results' subjects
   */
  ScoredUnit unit();

  /**
   * Returns the grades a result can earn, lowest first; each result's {@link
   * ScoreResult#grade()} is one of them.
   *
   * @return the band set, with bilingual labels
   */
  ImmutableList<Grade> grades();

  /**
   * Scores a region's assessment.
   *
   * @param assessment a region's answers in one edition
   * @return the score, grade, components and explanation
   * @throws InovasiException if the policy cannot score it (it takes judged entries, or the
   *     edition lacks a rule), with a message saying why
   */
  default ScoreResult score(Assessment assessment) {
    throw new InovasiException("Kebijakan " + id() + " tidak menilai asesmen daerah / Policy "
        + id() + " does not score a region's assessment; it scores entries judged by a panel");
  }

  /**
   * Scores an entry judged by a panel.
   *
   * @param entry the judges' scores of one subject
   * @return the score, grade, components and explanation
   * @throws InovasiException if the policy cannot score it (it takes assessments, or a judge's
   *     score is missing or off the scale), with a message saying why
   */
  default ScoreResult score(JudgedEntry entry) {
    throw new InovasiException("Kebijakan " + id() + " tidak menilai entri juri / Policy "
        + id() + " does not score judged entries; it scores a region's assessment");
  }
}
