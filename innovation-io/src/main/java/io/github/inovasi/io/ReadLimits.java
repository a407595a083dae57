package io.github.inovasi.io;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import org.immutables.value.Value;

/**
 * The limits every Inovasi reader enforces against hostile or broken input: how large a
 * document may be, how deep it may nest, how long a string or number may be, how much a
 * spreadsheet may decompress and how many cells it may hold. A reader that meets a limit stops
 * with a located {@code LIMIT_EXCEEDED} problem, within bounded memory; it never truncates
 * silently.
 *
 * <p>The defaults fit a national file (all 546 regions with every answer) and refuse what no
 * honest file needs:
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults();            // 512 MiB, depth 64, ...
 * ReadLimits small = ReadLimits.builder()
 *     .from(ReadLimits.defaults())
 *     .maxDocumentBytes(10_000_000)                      // a portal upload
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class ReadLimits {
  ReadLimits() {}

  private static final ReadLimits DEFAULTS = builder().build();

  /**
   * Returns the largest document read, in bytes (for a spreadsheet: its uncompressed content).
   *
   * @return the byte limit; default 512 MiB
   */
  @Value.Default
  public long maxDocumentBytes() {
    return 512L * 1024 * 1024;
  }

  /**
   * Returns the deepest nesting of JSON objects and arrays accepted.
   *
   * @return the depth limit; default 64 (an assessment needs 6)
   */
  @Value.Default
  public int maxNestingDepth() {
    return 64;
  }

  /**
   * Returns the longest string (a JSON string, a CSV or spreadsheet cell), in characters.
   *
   * @return the length limit; default 1,000,000 (a long narrative is some 10,000)
   */
  @Value.Default
  public int maxStringLength() {
    return 1_000_000;
  }

  /**
   * Returns the longest number, in characters.
   *
   * @return the length limit; default 100
   */
  @Value.Default
  public int maxNumberLength() {
    return 100;
  }

  /**
   * Returns the largest ratio of uncompressed to compressed size accepted for an entry of a
   * zipped file (an .xlsx workbook). Zip bombs have ratios in the thousands.
   *
   * @return the ratio limit; default 100
   */
  @Value.Default
  public int maxCompressionRatio() {
    return 100;
  }

  /**
   * Returns the most cells a spreadsheet or CSV file may hold.
   *
   * @return the cell limit; default 50,000,000
   */
  @Value.Default
  public long maxCells() {
    return 50_000_000L;
  }

  /**
   * Returns the most problems a reader collects before it stops with a
   * {@code TOO_MANY_PROBLEMS} problem, so that a file of garbage cannot exhaust memory.
   *
   * @return the problem limit; default 1,000
   */
  @Value.Default
  public int maxProblems() {
    return 1_000;
  }

  /**
   * Returns the safe defaults.
   *
   * @return the default limits
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder, every limit at its default until set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    positive(maxDocumentBytes(), "maxDocumentBytes");
    positive(maxNestingDepth(), "maxNestingDepth");
    positive(maxStringLength(), "maxStringLength");
    positive(maxNumberLength(), "maxNumberLength");
    positive(maxCompressionRatio(), "maxCompressionRatio");
    positive(maxCells(), "maxCells");
    positive(maxProblems(), "maxProblems");
  }

  private static void positive(long value, String field) {
    InvalidValueException.check(value > 0, "ReadLimits." + field, "must be positive, was %s", value);
  }

  /** Builds {@link ReadLimits}; every limit not set keeps its default. */
  public static final class Builder extends ImmutableReadLimits.Builder {
    Builder() {}
  }
}
