package io.peermatch.core.internal.candidates;

/**
 * The proposals each participant holds in the balanced selection ({@link BalancedSelection}), as
 * bounded min-heaps, and the rule by which a participant accepts another proposal. Read by many
 * threads at once while proposals are made; written by one thread per participant while they are
 * answered.
 *
 * <p>Participant {@code y} holds at most {@code budget[y]} proposals, in the slots {@code
 * [start[y], start[y] + budget[y])}: a min-heap by weight whose root is the weakest (lowest weight;
 * among equal weights the higher proposer index, so that every tie is broken the same way whatever
 * the order of arrival). A proposal of weight {@code w} from {@code x} is accepted while {@code y}
 * holds fewer than its budget, or when it beats the root; the root is then let go.
 */
final class HeldProposals {

  private final int[] budget;
  private final int[] start;
  private final int[] held;
  private final int[] proposer;
  private final double[] weight;

  // The root of each heap once it is full, kept beside the heaps so that a search testing a
  // partner reads one array (minus infinity while there is room, plus infinity for no budget).
  private final double[] thresholdWeight;
  private final int[] thresholdProposer;

  HeldProposals(int[] budget) {
    this.budget = budget;
    this.start = new int[budget.length + 1];
    for (int y = 0; y < budget.length; y++) {
      long next = (long) start[y] + budget[y];
      if (next > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "the candidate graph would need more than "
                + (Integer.MAX_VALUE - 8)
                + " candidacies; lower the candidates per participant or the capacities");
      }
      start[y + 1] = (int) next;
    }
    this.held = new int[budget.length];
    this.proposer = new int[start[budget.length]];
    this.weight = new double[start[budget.length]];
    this.thresholdWeight = new double[budget.length];
    this.thresholdProposer = new int[budget.length];
    for (int y = 0; y < budget.length; y++) {
      thresholdWeight[y] = budget[y] == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
  }

  /** How many proposals {@code y} may hold. */
  int budget(int y) {
    return budget[y];
  }

  /** How many proposals {@code y} holds now. */
  int held(int y) {
    return held[y];
  }

  /** Whether {@code y} holds as many proposals as its budget allows. */
  boolean full(int y) {
    return held[y] == budget[y];
  }

  /**
   * The weight a new proposal to {@code y} must reach: the weakest held one when {@code y} is full,
   * minus infinity while it has room.
   */
  double weight(int y) {
    return thresholdWeight[y];
  }

  /** Whether {@code y} would accept a proposal of weight {@code w} from {@code x} now. */
  boolean accepts(int y, int x, double w) {
    double t = thresholdWeight[y];
    return w > t || (w == t && x < thresholdProposer[y]);
  }

  /**
   * Offers {@code y} the proposal of {@code x} with weight {@code w}.
   *
   * @return the proposer {@code y} lets go as a result: {@code x} itself when refused, the former
   *     weakest when {@code x} displaced it, or -1 when {@code y} had room
   */
  int offer(int y, int x, double w) {
    int base = start[y];
    int size = held[y];
    if (size < budget[y]) {
      // Sift up from the new leaf.
      int at = size;
      while (at > 0) {
        int parent = (at - 1) >>> 1;
        if (!worse(x, w, proposer[base + parent], weight[base + parent])) {
          break;
        }
        proposer[base + at] = proposer[base + parent];
        weight[base + at] = weight[base + parent];
        at = parent;
      }
      proposer[base + at] = x;
      weight[base + at] = w;
      held[y] = size + 1;
      if (size + 1 == budget[y]) {
        thresholdWeight[y] = weight[base];
        thresholdProposer[y] = proposer[base];
      }
      return -1;
    }
    if (size == 0 || !worse(proposer[base], weight[base], x, w)) {
      return x;
    }
    int released = proposer[base];
    // Replace the root and sift down.
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      int c = base + child;
      if (child + 1 < size && worse(proposer[c + 1], weight[c + 1], proposer[c], weight[c])) {
        c++;
        child++;
      }
      if (!worse(proposer[c], weight[c], x, w)) {
        break;
      }
      proposer[base + at] = proposer[c];
      weight[base + at] = weight[c];
      at = child;
    }
    proposer[base + at] = x;
    weight[base + at] = w;
    thresholdWeight[y] = weight[base];
    thresholdProposer[y] = proposer[base];
    return released;
  }

  /** Whether proposal {@code (a, wa)} ranks below {@code (b, wb)}: lower weight, then higher id. */
  private static boolean worse(int a, double wa, int b, double wb) {
    return wa < wb || (wa == wb && a > b);
  }

  /** The first slot of {@code y}'s held proposals. */
  int start(int y) {
    return start[y];
  }

  /** The proposer in slot {@code s}. */
  int proposer(int s) {
    return proposer[s];
  }

  /** The weight of the proposal in slot {@code s}. */
  double slotWeight(int s) {
    return weight[s];
  }
}
