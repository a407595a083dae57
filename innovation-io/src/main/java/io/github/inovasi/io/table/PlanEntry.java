package io.github.inovasi.io.table;

import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.iid.ImprovementPlan;
import io.github.inovasi.scoring.iid.PlanAction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of an improvement plan (rencana perbaikan) a person can hand on: an action of the
 * least-effort plan, or one of the single actions ranked by gain per effort, with the region's
 * index now, the index the target needs and the index once the plan is carried out.
 *
 * <pre>{@code
 * try (RecordWriter<PlanEntry> w = tables.planWriter(out, TableFormat.XLSX)) {
 *   for (PlanEntry row : PlanEntry.of(region, plan)) {
 *     w.write(row);
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param region the Kemendagri code of the region
 * @param section whether the action is part of the plan or a ranked single action
 * @param step the action's place in its section, from 1
 * @param action the action, with its effort, exact gain and bilingual description
 * @param currentIndex the index now
 * @param targetIndex the index the target needs
 * @param resultingIndex the re-scored index once the whole plan is carried out
 */
public record PlanEntry(
    RegionCode region,
    Section section,
    int step,
    PlanAction action,
    BigDecimal currentIndex,
    BigDecimal targetIndex,
    BigDecimal resultingIndex) {

  /** Where a row belongs. */
  public enum Section {
    /** An action of the least-effort plan (rencana). */
    PLAN,
    /** A single action, ranked by gain per effort (kandidat). */
    CANDIDATE
  }

  /**
   * Checks the parts.
   *
   * @param region the Kemendagri code of the region
   * @param section whether the action is part of the plan or a ranked single action
   * @param step the action's place in its section, from 1
   * @param action the action
   * @param currentIndex the index now
   * @param targetIndex the index the target needs
   * @param resultingIndex the re-scored index once the whole plan is carried out
   * @throws NullPointerException if a part is null
   * @throws io.github.inovasi.model.InvalidValueException if the step is below 1
   */
  public PlanEntry {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(currentIndex, "currentIndex");
    Objects.requireNonNull(targetIndex, "targetIndex");
    Objects.requireNonNull(resultingIndex, "resultingIndex");
    io.github.inovasi.model.InvalidValueException.check(step >= 1, "PlanEntry.step", "must be at least 1, was %s", step);
  }

  /**
   * Returns the rows of a region's plan: its actions, then at most {@code candidates} single
   * actions, best gain per effort first.
   *
   * @param region the region the plan is for
   * @param plan the plan
   * @param candidates how many single actions to list
   * @return the rows, in order
   */
  public static List<PlanEntry> of(RegionCode region, ImprovementPlan plan, int candidates) {
    List<PlanEntry> out = new ArrayList<>();
    int step = 1;
    for (PlanAction a : plan.actions()) {
      out.add(new PlanEntry(region, Section.PLAN, step++, a, plan.currentIndex(), plan.targetIndex(), plan.resultingIndex()));
    }
    step = 1;
    for (PlanAction a : plan.candidates().subList(0, Math.min(Math.max(candidates, 0), plan.candidates().size()))) {
      out.add(new PlanEntry(region, Section.CANDIDATE, step++, a, plan.currentIndex(), plan.targetIndex(), plan.resultingIndex()));
    }
    return out;
  }
}
