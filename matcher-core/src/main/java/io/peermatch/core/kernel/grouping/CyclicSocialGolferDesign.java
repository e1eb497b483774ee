package io.peermatch.core.kernel.grouping;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Repeat-free schedules for the social golfer problem by cyclic development: {@code B} base rounds
 * over the points {@code Z_m × {0..L-1} ∪ {∞_1..∞_f}}, and round {@code b·m + t} the translate of
 * base round {@code b} by {@code t} (every finite point {@code (x, a)} becomes {@code (x + t mod m,
 * a)}; the points {@code ∞} stay).
 *
 * <p>Two points meet twice in the development exactly when two pairs of the base rounds lie in the
 * same orbit of the translation group: a pair of one level is characterised by its level and its
 * difference {@code ±d}, a pair across levels {@code a < b} by {@code (a, b, y - x mod m)}, a pair
 * with a fixed point by the fixed point and the level. Base rounds whose pairs all lie in distinct
 * orbits (no two fixed points together, no pair of difference {@code m/2}, whose orbit is half as
 * long) therefore develop into {@code B·m} rounds without a single repeat. Shapes {@code (m, L, f,
 * B)} with {@code n = mL + f}, {@code B = ⌈W/m⌉} are tried from {@code m = W} down, skipping those
 * with fewer usable orbits than pairs. For one base round a depth-first search tries first (the
 * smallest unplaced point starts a group, completed by larger unplaced points whose pairs use
 * unused orbits); when it exceeds its node budget, a min-conflicts tabu search over the base rounds
 * (cost: pairs in an already used or forbidden orbit; step: swap two points of one base round)
 * takes over.
 *
 * <p>This finds Kirkman's schoolgirls (15 = 7·2 + 1, groups of 3, 7 rounds) and 32 golfers in
 * groups of 4 for 9 rounds (32 = 9·3 + 5) at once; for 10 rounds (the maximum) see {@code
 * docs/grouping.md} for what the search reached. Running time exponential in the worst case,
 * bounded by a node budget, an iteration budget per shape and the time limit; O(B n + orbits)
 * memory. Deterministic.
 *
 * <p>References: the method of differences and 1-rotational designs: R. C. Bose, "On the
 * construction of balanced incomplete block designs", Annals of Eugenics 9 (1939) 353–399; C. J.
 * Colbourn, J. H. Dinitz (eds.), <i>Handbook of Combinatorial Designs</i>, 2nd ed., CRC 2007,
 * §VI.16 (difference families) and §II.7 (resolvable designs, Kirkman triple systems); the social
 * golfer problem is CSPLib prob010 (W. Harvey).
 */
public final class CyclicSocialGolferDesign {

  /** Iterations of the base-round local search per shape, when the depth-first search gives up. */
  static final long LOCAL_ITERATIONS = 2_000_000;

  static final int TENURE_MIN = 3;
  static final int TENURE_MAX = 12;
  static final int STALL = 5_000;

  private final int m;
  private final int levels;
  private final int fixed;
  private final int groupSize;
  private final int bases;
  private final int rounds;
  private final int n;
  private final int groups;
  private final int[] orbitUse;
  private final int[] orbitOf;
  private final int[] groupOf;
  private final long maxNodes;
  private final Budget budget;
  private long nodes;

  // Depth-first search state (one base round).
  private boolean[] placed;
  private int[] block;
  private int groupsDone;

  private CyclicSocialGolferDesign(
      int m, int levels, int fixed, int groupSize, int rounds, long maxNodes, Budget budget) {
    this.m = m;
    this.levels = levels;
    this.fixed = fixed;
    this.groupSize = groupSize;
    this.rounds = rounds;
    this.bases = (rounds + m - 1) / m;
    this.n = m * levels + fixed;
    this.groups = n / groupSize;
    this.maxNodes = maxNodes;
    this.budget = budget;
    orbitUse = new int[levels * (m / 2 + 1) + levels * levels * m + fixed * levels];
    groupOf = new int[bases * n];
    orbitOf = new int[n * n];
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        orbitOf[p * n + q] = p == q ? -1 : computeOrbit(p, q);
      }
    }
  }

  /** The most people the construction is tried for (its pair table is n²). */
  static final int MAX_PEOPLE = 1024;

  /**
   * A repeat-free schedule of {@code rounds} rounds for {@code people} in groups of exactly {@code
   * groupSize} (which must divide {@code people}), as {@code schedule[round][person] = group}, or
   * null when none was found within the budgets.
   */
  static int[][] find(int people, int groupSize, int rounds, long maxNodes, Budget budget) {
    if (groupSize < 2 || people % groupSize != 0 || rounds < 2 || people > MAX_PEOPLE) {
      return null;
    }
    int groups = people / groupSize;
    for (int m = Math.min(rounds, people); m >= 2; m--) {
      for (int f = 0; f <= Math.min(groups, people - m); f++) {
        if ((people - f) % m != 0) {
          continue;
        }
        if (budget != null && budget.spent()) {
          return null;
        }
        if (!countingAllows(m, (people - f) / m, f, groupSize, rounds)) {
          continue;
        }
        CyclicSocialGolferDesign d =
            new CyclicSocialGolferDesign(
                m, (people - f) / m, f, groupSize, rounds, maxNodes, budget);
        if (d.bases == 1 && d.depthFirst()) {
          return d.develop();
        }
        if (d.localSearch(LOCAL_ITERATIONS, budget, new SplittableRandom(m * 31L + f))) {
          return d.develop();
        }
      }
    }
    return null;
  }

  /** Whether there are at least as many usable orbits as pairs in the base rounds. */
  private static boolean countingAllows(int m, int levels, int fixed, int groupSize, int rounds) {
    int bases = (rounds + m - 1) / m;
    int groups = (m * levels + fixed) / groupSize;
    long pairs = (long) bases * groups * groupSize * (groupSize - 1) / 2;
    long usable = (long) levels * ((m - 1) / 2) + (long) levels * (levels - 1) / 2 * m;
    usable += (long) fixed * levels;
    return pairs <= usable && fixed <= groups;
  }

  private int level(int p) {
    return p / m;
  }

  /** The orbit of the pair {p, q} under translation, or -1 when the pair may not be used. */
  private int orbit(int p, int q) {
    return orbitOf[p * n + q];
  }

  private int computeOrbit(int p, int q) {
    int finite = m * levels;
    if (p >= finite && q >= finite) {
      return -1;
    }
    if (p >= finite) {
      int t = p;
      p = q;
      q = t;
    }
    if (q >= finite) {
      return levels * (m / 2 + 1) + levels * levels * m + (q - finite) * levels + level(p);
    }
    int a = level(p);
    int b = level(q);
    int x = p % m;
    int y = q % m;
    if (a == b) {
      int d = Math.floorMod(y - x, m);
      d = Math.min(d, m - d);
      if (2 * d == m) {
        return -1;
      }
      return a * (m / 2 + 1) + d;
    }
    if (a > b) {
      int t = a;
      a = b;
      b = t;
      t = x;
      x = y;
      y = t;
    }
    return levels * (m / 2 + 1) + (a * levels + b) * m + Math.floorMod(y - x, m);
  }

  private boolean depthFirst() {
    placed = new boolean[n];
    block = new int[groupSize];
    return search();
  }

  private boolean search() {
    int first = 0;
    while (first < n && placed[first]) {
      first++;
    }
    if (first == n) {
      return true;
    }
    if (++nodes > maxNodes || ((nodes & 1023) == 0 && budget != null && budget.spent())) {
      return false;
    }
    placed[first] = true;
    block[0] = first;
    boolean found = extend(1, first + 1);
    if (!found) {
      placed[first] = false;
    }
    return found;
  }

  private boolean extend(int filled, int from) {
    if (filled == groupSize) {
      for (int i = 0; i < groupSize; i++) {
        groupOf[block[i]] = groupsDone;
      }
      groupsDone++;
      int[] saved = block.clone();
      if (search()) {
        return true;
      }
      System.arraycopy(saved, 0, block, 0, groupSize);
      groupsDone--;
      return false;
    }
    for (int q = from; q < n; q++) {
      if (placed[q]) {
        continue;
      }
      int i = 0;
      boolean ok = true;
      for (; i < filled; i++) {
        int o = orbit(block[i], q);
        if (o < 0 || orbitUse[o] > 0) {
          ok = false;
          break;
        }
        orbitUse[o]++;
      }
      if (ok) {
        placed[q] = true;
        block[filled] = q;
        if (extend(filled + 1, q + 1)) {
          return true;
        }
        placed[q] = false;
      }
      for (int j = 0; j < i; j++) {
        orbitUse[orbit(block[j], q)]--;
      }
      if (nodes > maxNodes) {
        return false;
      }
    }
    return false;
  }

  /**
   * Min-conflicts tabu search over the base rounds: the cost is the number of pairs in an orbit
   * that is already used (or not allowed); a step swaps two points of different groups of one base
   * round, one of them in conflict, choosing the best non-tabu swap. Returns whether conflict-free
   * base rounds were found (then in {@code groupOf}).
   */
  private boolean localSearch(long maxIterations, Budget budget, SplittableRandom rng) {
    int[] blockOf = new int[bases * n];
    int[] members = new int[bases * n];
    int[] slotOf = new int[bases * n];
    int finite = m * levels;
    Arrays.fill(orbitUse, 0);
    int cost = 0;
    for (int b = 0; b < bases; b++) {
      int[] order = new int[finite];
      for (int i = 0; i < finite; i++) {
        order[i] = i;
      }
      for (int i = finite - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      // Fixed points first, one per group (two together would meet in every round).
      int[] fill = new int[groups];
      for (int p = finite; p < n; p++) {
        put(b, p, p - finite, blockOf, members, slotOf, fill);
      }
      int g = 0;
      for (int p : order) {
        while (fill[g] == groupSize) {
          g++;
        }
        put(b, p, g, blockOf, members, slotOf, fill);
      }
      for (int blk = 0; blk < groups; blk++) {
        int base = (b * groups + blk) * groupSize;
        for (int i = 0; i < groupSize; i++) {
          for (int j = i + 1; j < groupSize; j++) {
            cost += addCost(orbit(members[base + i], members[base + j]));
          }
        }
      }
    }
    long[] tabu = new long[bases * n];
    int best = cost;
    long sinceBest = 0;
    for (long it = 1; it <= maxIterations && cost > 0; it++) {
      if ((it & 255) == 0 && budget != null && budget.spent()) {
        return false;
      }
      int pickB = -1;
      int pickP = -1;
      int pickQ = -1;
      int pickDelta = Integer.MAX_VALUE;
      int ties = 0;
      for (int b = 0; b < bases; b++) {
        for (int p = 0; p < n; p++) {
          if (!inConflict(b, p, blockOf, members)) {
            continue;
          }
          for (int q = 0; q < n; q++) {
            if (blockOf[b * n + q] == blockOf[b * n + p] || (q >= finite && p >= finite)) {
              continue;
            }
            int d = swapDelta(b, p, q, blockOf, members);
            boolean isTabu = tabu[b * n + p] > it || tabu[b * n + q] > it;
            if (isTabu && cost + d >= best) {
              continue;
            }
            if (d < pickDelta) {
              pickDelta = d;
              pickB = b;
              pickP = p;
              pickQ = q;
              ties = 1;
            } else if (d == pickDelta && rng.nextInt(++ties) == 0) {
              pickB = b;
              pickP = p;
              pickQ = q;
            }
          }
        }
      }
      if (pickP >= 0) {
        cost += applySwap(pickB, pickP, pickQ, blockOf, members, slotOf);
        tabu[pickB * n + pickP] = it + TENURE_MIN + rng.nextInt(TENURE_MAX - TENURE_MIN + 1);
        tabu[pickB * n + pickQ] = it + TENURE_MIN + rng.nextInt(TENURE_MAX - TENURE_MIN + 1);
      }
      if (cost < best) {
        best = cost;
        sinceBest = 0;
      } else if (++sinceBest > STALL || pickP < 0) {
        // Random swaps away from the current base rounds.
        for (int k = 0; k < 3; k++) {
          int b = rng.nextInt(bases);
          int p = rng.nextInt(finite);
          int q = rng.nextInt(finite);
          if (blockOf[b * n + p] != blockOf[b * n + q]) {
            cost += applySwap(b, p, q, blockOf, members, slotOf);
          }
        }
        Arrays.fill(tabu, 0);
        sinceBest = 0;
      }
    }
    if (cost > 0) {
      return false;
    }
    System.arraycopy(blockOf, 0, groupOf, 0, bases * n);
    return true;
  }

  private void put(int b, int p, int blk, int[] blockOf, int[] members, int[] slotOf, int[] fill) {
    blockOf[b * n + p] = blk;
    slotOf[b * n + p] = fill[blk];
    members[(b * groups + blk) * groupSize + fill[blk]++] = p;
  }

  private boolean inConflict(int b, int p, int[] blockOf, int[] members) {
    int base = (b * groups + blockOf[b * n + p]) * groupSize;
    for (int i = 0; i < groupSize; i++) {
      int x = members[base + i];
      if (x != p) {
        int o = orbit(p, x);
        if (o < 0 || orbitUse[o] > 1) {
          return true;
        }
      }
    }
    return false;
  }

  /** The change of cost if p and q (different groups of base round b) swap; state unchanged. */
  private int swapDelta(int b, int p, int q, int[] blockOf, int[] members) {
    int bp = (b * groups + blockOf[b * n + p]) * groupSize;
    int bq = (b * groups + blockOf[b * n + q]) * groupSize;
    int d = 0;
    for (int i = 0; i < groupSize; i++) {
      int x = members[bp + i];
      if (x != p) {
        d += removeCost(orbit(p, x));
      }
      int y = members[bq + i];
      if (y != q) {
        d += removeCost(orbit(q, y));
      }
    }
    for (int i = 0; i < groupSize; i++) {
      int x = members[bp + i];
      if (x != p) {
        d += addCost(orbit(q, x));
      }
      int y = members[bq + i];
      if (y != q) {
        d += addCost(orbit(p, y));
      }
    }
    for (int i = 0; i < groupSize; i++) {
      int x = members[bp + i];
      if (x != p) {
        undoAdd(orbit(q, x));
        undoRemove(orbit(p, x));
      }
      int y = members[bq + i];
      if (y != q) {
        undoAdd(orbit(p, y));
        undoRemove(orbit(q, y));
      }
    }
    return d;
  }

  private int removeCost(int o) {
    if (o < 0) {
      return -1;
    }
    return --orbitUse[o] >= 1 ? -1 : 0;
  }

  private int addCost(int o) {
    if (o < 0) {
      return 1;
    }
    return orbitUse[o]++ >= 1 ? 1 : 0;
  }

  private void undoRemove(int o) {
    if (o >= 0) {
      orbitUse[o]++;
    }
  }

  private void undoAdd(int o) {
    if (o >= 0) {
      orbitUse[o]--;
    }
  }

  private int applySwap(int b, int p, int q, int[] blockOf, int[] members, int[] slotOf) {
    int d = swapDelta(b, p, q, blockOf, members);
    int bp = (b * groups + blockOf[b * n + p]) * groupSize;
    int bq = (b * groups + blockOf[b * n + q]) * groupSize;
    for (int i = 0; i < groupSize; i++) {
      int x = members[bp + i];
      if (x != p) {
        removeCost(orbit(p, x));
        addCost(orbit(q, x));
      }
      int y = members[bq + i];
      if (y != q) {
        removeCost(orbit(q, y));
        addCost(orbit(p, y));
      }
    }
    int sp = slotOf[b * n + p];
    int sq = slotOf[b * n + q];
    members[bp + sp] = q;
    members[bq + sq] = p;
    slotOf[b * n + q] = sp;
    slotOf[b * n + p] = sq;
    int blockP = blockOf[b * n + p];
    blockOf[b * n + p] = blockOf[b * n + q];
    blockOf[b * n + q] = blockP;
    return d;
  }

  /** Rounds 0..rounds-1: round b·m + t is base round b translated by t. */
  private int[][] develop() {
    int[][] schedule = new int[rounds][n];
    int finite = m * levels;
    for (int r = 0; r < rounds; r++) {
      int b = r / m;
      int t = r % m;
      for (int p = 0; p < n; p++) {
        int image = p >= finite ? p : level(p) * m + (p % m + t) % m;
        schedule[r][image] = groupOf[b * n + p];
      }
    }
    return schedule;
  }
}
