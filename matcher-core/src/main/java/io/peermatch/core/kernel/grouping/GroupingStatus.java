package io.peermatch.core.kernel.grouping;

/** How a grouping kernel ended. */
public enum GroupingStatus {
  /** The grouping is proven optimal (the exact method finished, or the objective met the bound). */
  OPTIMAL,
  /** The search did all its planned work; the result is the best it found, not proven optimal. */
  COMPLETED,
  /** The time limit was reached first; the result is the best found so far. */
  DEADLINE_REACHED,
  /** The thread was interrupted; the result is the best found so far (the flag stays set). */
  INTERRUPTED,
  /**
   * No grouping keeps every rule (proven by the exact method). {@link BranchAndBoundGrouping}
   * returns no grouping; {@link Groupings#solve} returns the one with the fewest broken rules it
   * found.
   */
  INFEASIBLE
}
