package io.peermatch.api;

/**
 * Receives the progress of a solve: the name of the running phase and how far it has come.
 *
 * <p>Phases follow each other (for example {@code "compile"}, {@code "candidates"}, {@code
 * "max-weight"}, {@code "assemble"}); within one phase the fraction never decreases, starts at or
 * above 0 and ends at 1 when the phase completes. A phase that stops early (a deadline or an
 * interruption) may end below 1. Reports come at most every few thousand steps of an algorithm,
 * from the thread that runs the solve or from one of its worker threads, never two at once.
 *
 * <p>A listener must return quickly and must not throw: it runs inside the solve's loops.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores every report. */
  ProgressListener NONE = (phase, fraction) -> {};

  /**
   * Reports that {@code phase} has done {@code fraction} of its work.
   *
   * @param phase a stable, lower-case name, such as {@code "candidates"}
   * @param fraction in [0, 1]
   */
  void progress(String phase, double fraction);
}
