package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;

/**
 * The egalitarian stable marriage problem: a stable matching of minimum egalitarian cost (sum of
 * the 1-based ranks both sides give their partners).
 *
 * <p><b>Method</b>: the cost of the stable matching of a closed rotation set S is the cost of the
 * left-optimal matching plus the sum of the rotations' cost changes, so the optimum is a
 * maximum-weight closure of the rotation poset with weight = minus the cost change, found by a
 * minimum cut (Irving, Leather and Gusfield 1987; Picard 1976) on a network of R + 2 vertices and
 * O(R + E) arcs. <b>Running time</b> O(L) to build the {@link StableMatchingLattice} plus the
 * max-flow on the (small) poset. <b>Inputs</b>: those of {@link StableMatchingLattice} (strict
 * lists; one-to-one or capacities on one side). <b>Guarantee</b>: exact; among optimal matchings,
 * the one with the fewest rotations eliminated (closest to left-optimal).
 *
 * <p>R. W. Irving, P. Leather and D. Gusfield, An efficient algorithm for the "optimal" stable
 * marriage, Journal of the ACM 34 (1987) 532-543.
 */
public final class EgalitarianStableMatching {

  private EgalitarianStableMatching() {}

  /** The egalitarian stable matching of an instance. */
  public static StableMarriageMatching solve(StableMarriageInstance in) {
    StableMatchingLattice lattice = StableMatchingLattice.of(in);
    return lattice.matchingOf(optimalRotations(lattice));
  }

  /** The closed rotation set of the egalitarian stable matching of a lattice. */
  public static boolean[] optimalRotations(StableMatchingLattice lattice) {
    return optimalRotations(lattice, SolveControl.none());
  }

  /**
   * As {@link #optimalRotations(StableMatchingLattice)}, honouring {@code control}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static boolean[] optimalRotations(StableMatchingLattice lattice, SolveControl control) {
    int r = lattice.rotationCount();
    long[] weight = new long[r];
    for (int i = 0; i < r; i++) {
      weight[i] = -(lattice.leftCostDelta(i) + lattice.rightCostDelta(i));
    }
    return MaximumWeightClosure.solve(weight, lattice.predStart, lattice.pred, control);
  }
}
