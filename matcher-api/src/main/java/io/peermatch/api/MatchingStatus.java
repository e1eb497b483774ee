package io.peermatch.api;

/** How a strategy's run ended. */
public enum MatchingStatus {
  /** The strategy met its promise. */
  OK("ok"),
  /** A stable strategy found that no stable matching exists; the matching is its best effort. */
  NO_STABLE_MATCHING("no-stable-matching"),
  /**
   * The deadline of the solve passed and the strategy returned the best matching it had so far: a
   * feasible matching that honours every hard rule, capacity and pinned pair, without the
   * strategy's usual guarantee (its bounds, where reported, still hold). Its pairs carry no
   * explanation, so that the call returns at once (see {@link Diagnostic.ExplanationsOmitted}).
   */
  DEADLINE_REACHED("deadline-reached");

  private final String label;

  MatchingStatus(String label) {
    this.label = label;
  }

  /** The label used in reports and JSON, such as {@code "no-stable-matching"}. */
  public String label() {
    return label;
  }
}
