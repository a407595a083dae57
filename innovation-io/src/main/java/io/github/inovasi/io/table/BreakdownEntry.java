package io.github.inovasi.io.table;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.iid.BreakdownLine;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.Loss;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an IID breakdown (rincian nilai): a region's line with the points earned and
 * lost, and the reasons the points were lost, exact as written.
 *
 * <pre>{@code
 * tables.readBreakdowns(Path.of("rincian.xlsx"), row -> total.merge(row.region(), row.earned(), BigDecimal::add));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param region the Kemendagri code of the region
 * @param part {@code SPD}, {@code SID} or {@code COUNT}
 * @param code the indicator or line code
 * @param innovationId the innovation of an SID line, empty otherwise
 * @param label the line's bilingual description
 * @param earned the points earned, exact
 * @param lost the points lost, exact
 * @param losses each loss with its reason; empty when the table gives no reasons
 */
public record BreakdownEntry(
    RegionCode region,
    String part,
    String code,
    Optional<String> innovationId,
    Label label,
    BigDecimal earned,
    BigDecimal lost,
    ImmutableList<Loss> losses) {

  /**
   * Checks the parts.
   *
   * @param region the Kemendagri code of the region
   * @param part {@code SPD}, {@code SID} or {@code COUNT}
   * @param code the indicator or line code
   * @param innovationId the innovation of an SID line, empty otherwise
   * @param label the line's bilingual description
   * @param earned the points earned, exact
   * @param lost the points lost, exact
   * @param losses each loss with its reason; empty when the table gives no reasons
   * @throws NullPointerException if a part is null
   */
  public BreakdownEntry {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(innovationId, "innovationId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(earned, "earned");
    Objects.requireNonNull(lost, "lost");
    losses = ImmutableList.copyOf(losses);
  }

  /**
   * Returns the rows of a score's breakdown, in its order.
   *
   * @param score the score
   * @return one entry per breakdown line
   */
  public static List<BreakdownEntry> of(IidScore score) {
    List<BreakdownEntry> out = new ArrayList<>(score.breakdown().lines().size());
    for (BreakdownLine line : score.breakdown().lines()) {
      out.add(
          new BreakdownEntry(
              score.region().code(),
              line.part().name(),
              line.code(),
              line.innovationId(),
              line.label(),
              line.earned(),
              line.lost(),
              line.losses()));
    }
    return out;
  }
}
