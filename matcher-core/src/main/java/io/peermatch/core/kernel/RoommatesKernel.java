package io.peermatch.core.kernel;

import io.peermatch.core.kernel.stable.StableRoommatesInstance;
import io.peermatch.core.kernel.stable.StableRoommatesMatching;

/**
 * A stable matching algorithm on a raw one-pool instance of ranked lists, for researchers'
 * instances: what {@code peermatch solve --problem roommates} runs.
 */
@FunctionalInterface
public interface RoommatesKernel {

  /**
   * A stable matching of {@code instance}, or a documented best effort with status {@link
   * io.peermatch.api.MatchingStatus#NO_STABLE_MATCHING} when none exists.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline of {@code
   *     control}
   */
  StableRoommatesMatching solve(StableRoommatesInstance instance, SolveControl control);

  /** As {@link #solve(StableRoommatesInstance, SolveControl)} without a deadline. */
  default StableRoommatesMatching solve(StableRoommatesInstance instance) {
    return solve(instance, SolveControl.none());
  }
}
