package io.peermatch.core.kernel;

import io.peermatch.core.kernel.stable.StableMarriageInstance;

/**
 * A stable matching algorithm on a raw two-sided instance of ranked lists, for researchers'
 * instances: what {@code peermatch solve --problem marriage} runs.
 */
@FunctionalInterface
public interface MarriageKernel {

  /**
   * A stable matching of {@code instance}.
   *
   * @param leftProposes which side proposes, for kernels where that matters (deferred acceptance);
   *     the others ignore it
   * @throws IllegalArgumentException if the kernel does not accept the instance (for example ties,
   *     or capacities above 1 on both sides for the lattice kernels), naming the reason
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline of {@code
   *     control}
   */
  MarriageResult solve(StableMarriageInstance instance, boolean leftProposes, SolveControl control);

  /** As {@link #solve(StableMarriageInstance, boolean, SolveControl)} without a deadline. */
  default MarriageResult solve(StableMarriageInstance instance, boolean leftProposes) {
    return solve(instance, leftProposes, SolveControl.none());
  }
}
