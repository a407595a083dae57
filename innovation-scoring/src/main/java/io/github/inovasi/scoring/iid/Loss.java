package io.github.inovasi.scoring.iid;

import java.math.BigDecimal;

/**
 * Index points not earned, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason why the points were lost
 * @param points the index points lost (0–100 scale)
 */
public record Loss(LossReason reason, BigDecimal points) {}
