package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule of an edition comes from: its {@link ProvenanceStatus} and the sources (URLs or
 * citations) it was taken from, with an optional note. Every element of an {@link IidEdition}
 * carries one, so a report can say which figures are official and which are assumptions.
 *
 * <pre>{@code
 * Provenance p = Provenance.of(ProvenanceStatus.OFFICIAL,
 *     "https://id.scribd.com/document/654130239/PPT-Sosialisasi-IID-Tahun-2023-1");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Provenance {
  Provenance() {}

  /**
   * Returns how sure the rule is.
   *
   * @return the status
   */
  public abstract ProvenanceStatus status();

  /**
   * Returns the sources: URLs or citations, exactly as cited.
   *
   * @return the sources; empty only for a {@link ProvenanceStatus#UNKNOWN} rule
   */
  public abstract ImmutableList<String> sources();

  /**
   * Returns a note, e.g. what an assumption assumes.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Returns whether the rule may be replaced by better data: provisional, unknown or an example.
   *
   * @return true for {@link ProvenanceStatus#PROVISIONAL}, {@link ProvenanceStatus#UNKNOWN} and
   *     {@link ProvenanceStatus#EXAMPLE}
   */
  public final boolean isTentative() {
    return status() == ProvenanceStatus.PROVISIONAL || status() == ProvenanceStatus.UNKNOWN
        || status() == ProvenanceStatus.EXAMPLE;
  }

  /**
   * Creates a provenance.
   *
   * @param status how sure the rule is
   * @param sources the sources
   * @return the provenance
   * @throws InvalidValueException if a source is blank, or no source is given for a status
   *     other than unknown
   */
  public static Provenance of(ProvenanceStatus status, String... sources) {
    return builder().status(status).addSources(sources).build();
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
    InvalidValueException.check(
        status() == ProvenanceStatus.UNKNOWN || !sources().isEmpty(),
        "Provenance.sources",
        "a %s rule needs at least one source",
        status().code());
    for (String source : sources()) {
      InvalidValueException.check(!source.isBlank(), "Provenance.sources", "a source must not be blank");
    }
  }

  /** Returns {@code "transcribed (2 sources)"} or {@code "unknown"}. */
  @Override
  public String toString() {
    return status().code() + (sources().isEmpty() ? "" : " (" + sources().size() + " sources)");
  }

  /** Builds {@link Provenance}s. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
