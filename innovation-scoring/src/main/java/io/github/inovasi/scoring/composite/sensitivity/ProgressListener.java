package io.github.inovasi.scoring.composite.sensitivity;

/**
 * Hears how far an analysis has come (for a progress bar): called after each finished run, from
 * whichever worker thread finished it, so an implementation must be thread-safe and quick.
 * The counts only grow; the last call has {@code done == total}.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> { };

  /**
   * Reports progress.
   *
   * @param done the runs finished so far
   * @param total the runs of the analysis
   */
  void progress(int done, int total);
}
