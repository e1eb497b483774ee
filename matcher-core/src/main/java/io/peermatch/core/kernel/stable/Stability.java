package io.peermatch.core.kernel.stable;

/**
 * The three stability notions for preferences with ties (Irving 1994). A pair of mutually
 * acceptable agents not matched together <em>blocks</em> a matching when, for an agent, the other
 * is <em>strictly better</em> (the agent has a free slot, or strictly prefers the other to its
 * worst partner) or <em>weakly better</em> (a free slot, or at least as good as its worst partner):
 *
 * <ul>
 *   <li>{@link #WEAK}: both find the other strictly better; always exists in two-sided instances
 *       (Gale–Shapley with ties broken), sizes of weakly stable matchings may differ (a maximum one
 *       is NP-hard to find);
 *   <li>{@link #STRONG}: one finds the other strictly better and the other finds it weakly better;
 *   <li>{@link #SUPER}: both find the other weakly better.
 * </ul>
 *
 * <p>Super-stable implies strongly stable implies weakly stable; without ties the three coincide
 * with ordinary stability. R. W. Irving, Stable marriage and indifference, <i>Discrete Applied
 * Mathematics</i> 48 (1994) 261–272; D. F. Manlove, <i>Algorithmics of Matching Under
 * Preferences</i>, World Scientific 2013, Chapter 3.
 */
public enum Stability {
  /** No pair in which both agents strictly prefer each other. */
  WEAK,
  /** No pair in which one agent strictly prefers the other and the other weakly prefers it. */
  STRONG,
  /** No pair in which both agents weakly prefer each other. */
  SUPER;

  /** Whether a pair blocks, given whether each end finds the other strictly or weakly better. */
  boolean blocks(boolean firstStrict, boolean firstWeak, boolean secondStrict, boolean secondWeak) {
    switch (this) {
      case WEAK:
        return firstStrict && secondStrict;
      case STRONG:
        return firstStrict && secondWeak || firstWeak && secondStrict;
      default:
        return firstWeak && secondWeak;
    }
  }
}
