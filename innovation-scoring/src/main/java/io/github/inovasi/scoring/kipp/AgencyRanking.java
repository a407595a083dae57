package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Stage;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.rubric.JudgedEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The agencies of one region ranked by a chosen {@link ScoringPolicy}: a region's internal
 * competition. Two ways, through the same plug point as every other assessment:
 *
 * <ul>
 *   <li>with a policy that scores a region's assessment (an IID edition), each top-level agency
 *       is scored on the region's assessment restricted to its own innovations (units count for
 *       their agency): "the region's index if only this agency's innovations were reported".
 *       The region's own answers are the same for every agency, so the order comes from the
 *       innovations. Agencies without an innovation are listed apart, not ranked;
 *   <li>with a rubric of unit {@code agency}, each agency's entry as a panel judged it.
 * </ul>
 *
 * <p>Equal scores share a rank and ties are listed by agency id ({@link Rankings}).
 *
 * <pre>{@code
 * AgencyRanking r = AgencyRanking.of(assessment, ScoringPolicies.standard().of("iid-2026"));
 * r.ranking().entries().get(0).result().subject().name();   // the best agency
 * r.withoutInnovation();                                     // the agencies not ranked
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AgencyRanking {
  private final String policyId;
  private final Ranking ranking;
  private final ImmutableList<Agency> withoutInnovation;

  private AgencyRanking(String policyId, Ranking ranking, List<Agency> withoutInnovation) {
    this.policyId = policyId;
    this.ranking = ranking;
    this.withoutInnovation = ImmutableList.copyOf(withoutInnovation);
  }

  /**
   * Ranks a region's agencies by a policy that scores assessments.
   *
   * @param assessment the region's assessment, with its agencies and innovations
   * @param policy the policy, e.g. {@code iid-2026}
   * @return the ranking of the agencies with at least one innovation (any stage: the policy
   *     decides what counts), and those without
   * @throws InovasiException if the policy does not score assessments, or cannot score one
   */
  public static AgencyRanking of(Assessment assessment, ScoringPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    AgencyCoverage coverage = AgencyCoverage.of(assessment, EnumSet.allOf(Stage.class));
    List<ScoreResult> results = new ArrayList<>();
    List<Agency> without = new ArrayList<>();
    for (AgencyCount count : coverage.agencies()) {
      if (!count.covered()) {
        without.add(count.agency());
        continue;
      }
      Set<String> mine = new HashSet<>(count.innovationIds());
      Assessment own = assessment.withInnovations(assessment.innovations().stream()
          .filter(r -> mine.contains(r.innovation().id())).toList());
      Agency a = count.agency();
      results.add(new AgencyScore(policy.score(own),
          new Subject(ScoredUnit.AGENCY, a.id(), a.name(), Optional.of(assessment.region()))));
    }
    return new AgencyRanking(policy.id(), Rankings.rank(results), without);
  }

  /**
   * Ranks agencies as a panel judged them, with a rubric of unit {@code agency}.
   *
   * @param entries one entry per agency, its subject of unit {@link ScoredUnit#AGENCY}
   * @param policy the rubric's policy
   * @return the ranking; no agency is left out
   * @throws InovasiException if an entry is not an agency's, or the policy cannot score it
   */
  public static AgencyRanking of(List<JudgedEntry> entries, ScoringPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<ScoreResult> results = new ArrayList<>();
    for (JudgedEntry e : entries) {
      if (e.subject().unit() != ScoredUnit.AGENCY) {
        throw new InovasiException("Entri " + e.subject().id() + " bukan perangkat daerah (" + e.subject().unit().code()
            + ") / Entry " + e.subject().id() + " is not an agency's (" + e.subject().unit().code() + ")");
      }
      results.add(policy.score(e));
    }
    return new AgencyRanking(policy.id(), Rankings.rank(results), List.of());
  }

  /**
   * Returns the id of the policy the agencies were ranked by.
   *
   * @return the policy id
   */
  public String policyId() {
    return policyId;
  }

  /**
   * Returns the ranking; each result's subject is an agency ({@link ScoredUnit#AGENCY}), of the
   * region when known.
   *
   * @return the ranking, best first
   */
  public Ranking ranking() {
    return ranking;
  }

  /**
   * Returns the top-level agencies that have no innovation, so are not ranked.
   *
   * @return the agencies, in the assessment's order
   */
  public ImmutableList<Agency> withoutInnovation() {
    return withoutInnovation;
  }

  /** Returns {@code "AgencyRanking[iid-2026, 7 ranked, 3 without innovation]"}. */
  @Override
  public String toString() {
    return "AgencyRanking[" + policyId + ", " + ranking.entries().size() + " ranked, "
        + withoutInnovation.size() + " without innovation]";
  }

  /** A region-shaped result re-addressed to the agency it was computed for. */
  private record AgencyScore(ScoreResult of, Subject subject) implements ScoreResult {
    @Override
    public String policyId() {
      return of.policyId();
    }

    @Override
    public BigDecimal index() {
      return of.index();
    }

    @Override
    public Grade grade() {
      return of.grade();
    }

    @Override
    public ImmutableList<ScoreComponent> components() {
      return of.components();
    }

    @Override
    public Explanation explanation() {
      return of.explanation();
    }
  }
}
