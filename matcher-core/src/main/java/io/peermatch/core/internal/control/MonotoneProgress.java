package io.peermatch.core.internal.control;

import io.peermatch.api.ProgressListener;
import java.util.HashMap;
import java.util.Map;

/**
 * A listener in front of the user's: one per solve, it passes on a report only when the phase's
 * fraction has grown (or the phase is new), so that each phase is monotone in [0, 1] whatever the
 * kernels estimate, and it serialises reports from worker threads, so that the user's listener is
 * never called twice at once.
 */
public final class MonotoneProgress implements ProgressListener {

  private final ProgressListener target;
  private final Map<String, Double> last = new HashMap<>();

  private MonotoneProgress(ProgressListener target) {
    this.target = target;
  }

  /** {@code target} behind the filter; null stays null (no listener). */
  public static ProgressListener of(ProgressListener target) {
    return target == null ? null : new MonotoneProgress(target);
  }

  @Override
  public synchronized void progress(String phase, double fraction) {
    double f = fraction > 1.0 ? 1.0 : fraction >= 0.0 ? fraction : 0.0;
    Double before = last.get(phase);
    if (before != null && f <= before) {
      return;
    }
    last.put(phase, f);
    target.progress(phase, f);
  }
}
