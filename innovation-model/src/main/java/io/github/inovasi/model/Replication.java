package io.github.inovasi.model;

import io.github.inovasi.model.internal.InovasiStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A replication (replikasi) of an innovation by another region: which region, when, and the
 * evidence (a PKS, MoU or statement from the replicating region). Replications count for IID
 * indicator 31.
 *
 * <pre>{@code
 * Replication kupang = Replication.builder()
 *     .region(RegionCode.parse("53.01"))
 *     .date(LocalDate.of(2025, 5, 2))
 *     .evidence(Evidence.of(EvidenceKind.AGREEMENT, "PKS replikasi"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Replication implements WithReplication {
  Replication() {}

  /**
   * Returns the code of the replicating region (daerah yang mereplikasi).
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * Returns when the replication was agreed or started.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the evidence of the replication.
   *
   * @return the evidence, if given
   */
  public abstract Optional<Evidence> evidence();

  /**
   * Creates a replication by a region, without date or evidence.
   *
   * @param region the replicating region
   * @return the replication
   */
  public static Replication of(RegionCode region) {
    return builder().region(region).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Replication}s. */
  public static final class Builder extends ImmutableReplication.Builder {
    Builder() {}
  }
}
