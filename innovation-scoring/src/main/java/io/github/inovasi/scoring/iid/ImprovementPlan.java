package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * What a region can do to reach a target: the least-effort set of actions that reaches it (found
 * by exact search, re-scored to confirm), every single candidate action ordered by gain per
 * effort, and the marginal value of one more innovation. Actions that make an existing innovation
 * count ({@link PlanAction.Kind#MAKE_COUNT}) come first, then new innovations, then answers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the target
 * @param targetIndex the published index the target needs
 * @param currentIndex the index now
 * @param reachable whether any plan within the search bounds (and the budget, if any) reaches the
 *     target
 * @param actions the least-effort set (empty when already there or unreachable); under a budget
 *     that cannot reach the target, the set within the budget that raises the index the most
 * @param effort the total effort of {@link #actions()}
 * @param resultingIndex the re-scored index once every action is taken
 * @param resultingRating the rating of {@link #resultingIndex()}
 * @param candidates single actions, best gain per effort first
 * @param oneMoreInnovation the exact index gain of one more innovation at the assumed level
 * @param assumedNewInnovationLevel the level every SID indicator of a new innovation is assumed
 *     to reach
 * @param budget the most effort the plan may spend, when the planner was given one
 * @param basis the levels the plan was made on: claimed, or verified (then {@link
 *     #currentIndex()} is the verified index and no action counts on a rejected answer)
 */
public record ImprovementPlan(
    Target target,
    BigDecimal targetIndex,
    BigDecimal currentIndex,
    boolean reachable,
    ImmutableList<PlanAction> actions,
    int effort,
    BigDecimal resultingIndex,
    Rating resultingRating,
    ImmutableList<PlanAction> candidates,
    BigDecimal oneMoreInnovation,
    int assumedNewInnovationLevel,
    OptionalInt budget,
    ScoreBasis basis) {}
