package io.github.inovasi.scoring.iid;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The score of one answer: {@code weight × counted level}, where the counted level is the
 * claimed level with evidence (or the verified level), and 0 when nothing was chosen or no valid
 * evidence supports it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param innovationId the innovation, empty for a region-level (SPD) row
 * @param indicatorCode the indicator code
 * @param weight the indicator's weight (bobot)
 * @param claimedLevel the level the region claimed
 * @param verifiedLevel the level the verifier accepted
 * @param countedLevel the level counted, 0..3
 * @param points {@code weight × countedLevel}
 * @param maximum {@code weight × 3}
 * @param shortfall why the points are below the maximum, empty at the maximum
 */
public record IndicatorScore(
    Optional<String> innovationId,
    String indicatorCode,
    BigDecimal weight,
    OptionalInt claimedLevel,
    OptionalInt verifiedLevel,
    int countedLevel,
    BigDecimal points,
    BigDecimal maximum,
    Optional<LossReason> shortfall) {}
