package io.peermatch.core.kernel.grouping;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The social golfer problem with a cool-down, by conflict-directed tabu search: {@code W} rounds,
 * each a partition of {@code n} people into groups of (as equal as possible) sizes, minimising the
 * number of repeats (two people meeting again within the cool-down; see {@link
 * SocialGolferSchedule}).
 *
 * <p>The start is greedy, round by round: each group slot takes the unplaced person who has met the
 * group's current members least recently within the cool-down (random among ties). The search then
 * follows Dotú and Van Hentenryck: the neighbourhood is every swap of two people of different
 * groups in one round where at least one of them has a repeat involving that round; the best
 * non-tabu swap is applied (ties broken at random), a swapped person may not be swapped again in
 * that round for a random tenure of {@value #TENURE_MIN} to {@value #TENURE_MAX} iterations unless
 * the swap beats the best schedule (aspiration), and after {@value #STALL} iterations without a new
 * best the search restarts from the best schedule with {@value #KICK} random swaps. For each pair
 * the rounds in which it meets are a bit mask, so the change a swap makes is computed from 4(s-1)
 * masks in O(s log c). It stops at zero repeats, after the iteration budget ({@value
 * #DEFAULT_ITERATIONS} by default) or at the time limit.
 *
 * <p>Running time O(W n² s log c) per iteration in the worst case (only conflicting people are
 * tried); memory O(n² + W n). At most {@value #MAX_ROUNDS} rounds and {@value #MAX_PEOPLE} people.
 * No guarantee (the problem is NP-hard in general); deterministic for a seed when no time limit
 * stops it. For known repeat-free schedules {@link CyclicSocialGolferDesign} is tried first by
 * {@link Groupings#schedule}.
 *
 * <p>References: I. Dotú, P. Van Hentenryck, "Scheduling social golfers locally", CPAIOR 2005, LNCS
 * 3524, 155–167; M. Triska, N. Musliu, "An effective greedy heuristic for the social golfer
 * problem", Annals of Operations Research 194 (2012) 413–425.
 */
public final class SocialGolferTabuSearch {

  /** The most rounds (the meetings of a pair are a 64-bit mask). */
  public static final int MAX_ROUNDS = 64;

  /** The most people (the pair table is n²). */
  public static final int MAX_PEOPLE = 4096;

  static final int TENURE_MIN = 4;
  static final int TENURE_MAX = 40;
  static final int STALL = 20_000;
  static final int KICK = 4;
  static final long DEFAULT_ITERATIONS = 2_000_000;

  private final int n;
  private final int rounds;
  private final int groups;
  private final int slots;
  private final int cooldown;
  private final boolean classic;
  private final int[] groupOf;
  private final int[] members;
  private final int[] slot;
  private final int[] sizes;
  private final long[] meet;
  private final long[] tabuUntil;
  private int repeats;

  private SocialGolferTabuSearch(int n, int rounds, int groups, int cooldown) {
    this.n = n;
    this.rounds = rounds;
    this.groups = groups;
    this.cooldown = Math.min(cooldown, rounds - 1);
    this.classic = this.cooldown >= rounds - 1;
    sizes = new int[groups];
    for (int g = 0; g < groups; g++) {
      sizes[g] = n / groups + (g < n % groups ? 1 : 0);
    }
    slots = sizes[0];
    groupOf = new int[rounds * n];
    members = new int[rounds * groups * slots];
    slot = new int[rounds * n];
    meet = new long[n * n];
    tabuUntil = new long[rounds * n];
  }

  /** Validates the shape of a schedule request. */
  static void check(int people, int groupSize, int rounds, int cooldown) {
    if (people < 1 || people > MAX_PEOPLE) {
      throw new IllegalArgumentException(
          "people must be in 1.." + MAX_PEOPLE + " but was " + people);
    }
    if (groupSize < 1) {
      throw new IllegalArgumentException("group size must be at least 1 but was " + groupSize);
    }
    if (rounds < 1 || rounds > MAX_ROUNDS) {
      throw new IllegalArgumentException(
          "rounds must be in 1.."
              + MAX_ROUNDS
              + " but was "
              + rounds
              + " (beyond, plan round by round with NextRoundGrouping)");
    }
    if (cooldown < 0) {
      throw new IllegalArgumentException("cool-down must not be negative but was " + cooldown);
    }
  }

  /**
   * A schedule of {@code rounds} rounds of {@code max(1, people / groupSize)} groups (sizes as
   * equal as the count allows) with the fewest repeats found under {@code cooldown}.
   */
  public static SocialGolferSchedule solve(
      int people, int groupSize, int rounds, int cooldown, GroupingOptions options) {
    check(people, groupSize, rounds, cooldown);
    return solve(people, groupSize, rounds, cooldown, options, null, Budget.of(options));
  }

  /**
   * As {@link #solve(int, int, int, int, GroupingOptions)}, starting from {@code prefix} (the first
   * rounds, groups of exactly the schedule's sizes; may be null) with the remaining rounds greedy,
   * within {@code budget}.
   */
  static SocialGolferSchedule solve(
      int people,
      int groupSize,
      int rounds,
      int cooldown,
      GroupingOptions options,
      int[][] prefix,
      Budget budget) {
    int groups = Math.max(1, people / groupSize);
    SocialGolferTabuSearch search = new SocialGolferTabuSearch(people, rounds, groups, cooldown);
    SplittableRandom rng = new SplittableRandom(options.seed());
    search.greedyStart(rng, prefix);
    long iterations = search.run(options.iterationsOr(DEFAULT_ITERATIONS), budget, rng);
    int[][] schedule = search.schedule();
    return new SocialGolferSchedule(
        schedule, groups, cooldown, budget.status(GroupingStatus.COMPLETED), iterations, "tabu");
  }

  private int[][] schedule() {
    int[][] s = new int[rounds][];
    for (int r = 0; r < rounds; r++) {
      s[r] = Arrays.copyOfRange(groupOf, r * n, (r + 1) * n);
    }
    return s;
  }

  /** The number of repeats in one pair's meeting mask. */
  private int cost(long mask) {
    if (classic) {
      int c = Long.bitCount(mask);
      return c > 1 ? c - 1 : 0;
    }
    long spread = mask << 1;
    int covered = 1;
    while (covered < cooldown) {
      int step = Math.min(covered, cooldown - covered);
      spread |= spread << step;
      covered += step;
    }
    return Long.bitCount(mask & spread);
  }

  private void greedyStart(SplittableRandom rng, int[][] prefix) {
    int[] order = new int[n];
    boolean[] placed = new boolean[n];
    int given = prefix == null ? 0 : Math.min(prefix.length, rounds);
    for (int r = 0; r < given; r++) {
      int[] fill = new int[groups];
      for (int x = 0; x < n; x++) {
        int g = prefix[r][x];
        int t = fill[g]++;
        members[(r * groups + g) * slots + t] = x;
        slot[r * n + x] = t;
        groupOf[r * n + x] = g;
        for (int q = 0; q < t; q++) {
          int y = members[(r * groups + g) * slots + q];
          meet[x * n + y] |= 1L << r;
          meet[y * n + x] |= 1L << r;
        }
      }
    }
    for (int r = given; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      Arrays.fill(placed, false);
      int next = 0;
      for (int g = 0; g < groups; g++) {
        int base = (r * groups + g) * slots;
        for (int t = 0; t < sizes[g]; t++) {
          int pick = -1;
          int pickCost = Integer.MAX_VALUE;
          if (t == 0) {
            while (placed[order[next]]) {
              next++;
            }
            pick = order[next];
          } else {
            for (int i = next; i < n; i++) {
              int x = order[i];
              if (placed[x]) {
                continue;
              }
              int c = 0;
              for (int q = 0; q < t; q++) {
                long mask = meet[x * n + members[base + q]];
                c += cost(mask | (1L << r)) - cost(mask);
              }
              if (c < pickCost) {
                pickCost = c;
                pick = x;
                if (c == 0) {
                  break;
                }
              }
            }
          }
          placed[pick] = true;
          members[base + t] = pick;
          slot[r * n + pick] = t;
          groupOf[r * n + pick] = g;
          for (int q = 0; q < t; q++) {
            int y = members[base + q];
            meet[pick * n + y] |= 1L << r;
            meet[y * n + pick] |= 1L << r;
          }
        }
      }
    }
    repeats = 0;
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n; y++) {
        repeats += cost(meet[x * n + y]);
      }
    }
  }

  /** Whether person x has a repeat that involves round r. */
  private boolean inConflict(int r, int x) {
    int g = groupOf[r * n + x];
    int base = (r * groups + g) * slots;
    long bit = 1L << r;
    for (int t = 0; t < sizes[g]; t++) {
      int y = members[base + t];
      if (y != x) {
        long mask = meet[x * n + y];
        if (cost(mask) > cost(mask & ~bit)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The change in repeats if x and y (different groups of round r) swap. */
  private int delta(int r, int x, int y) {
    long bit = 1L << r;
    int gx = groupOf[r * n + x];
    int gy = groupOf[r * n + y];
    int bx = (r * groups + gx) * slots;
    int by = (r * groups + gy) * slots;
    int d = 0;
    int rowX = x * n;
    int rowY = y * n;
    for (int t = 0; t < sizes[gx]; t++) {
      int z = members[bx + t];
      if (z != x) {
        long mx = meet[rowX + z];
        long my = meet[rowY + z];
        d += cost(mx & ~bit) - cost(mx) + cost(my | bit) - cost(my);
      }
    }
    for (int t = 0; t < sizes[gy]; t++) {
      int z = members[by + t];
      if (z != y) {
        long mx = meet[rowX + z];
        long my = meet[rowY + z];
        d += cost(mx | bit) - cost(mx) + cost(my & ~bit) - cost(my);
      }
    }
    return d;
  }

  private void swap(int r, int x, int y) {
    repeats += delta(r, x, y);
    long bit = 1L << r;
    int gx = groupOf[r * n + x];
    int gy = groupOf[r * n + y];
    int bx = (r * groups + gx) * slots;
    int by = (r * groups + gy) * slots;
    for (int t = 0; t < sizes[gx]; t++) {
      int z = members[bx + t];
      if (z != x) {
        meet[x * n + z] &= ~bit;
        meet[z * n + x] &= ~bit;
        meet[y * n + z] |= bit;
        meet[z * n + y] |= bit;
      }
    }
    for (int t = 0; t < sizes[gy]; t++) {
      int z = members[by + t];
      if (z != y) {
        meet[y * n + z] &= ~bit;
        meet[z * n + y] &= ~bit;
        meet[x * n + z] |= bit;
        meet[z * n + x] |= bit;
      }
    }
    int sx = slot[r * n + x];
    int sy = slot[r * n + y];
    members[bx + sx] = y;
    members[by + sy] = x;
    slot[r * n + y] = sx;
    slot[r * n + x] = sy;
    groupOf[r * n + x] = gy;
    groupOf[r * n + y] = gx;
  }

  private long run(long maxIterations, Budget budget, SplittableRandom rng) {
    if (groups < 2 || repeats == 0) {
      return 0;
    }
    int[] best = groupOf.clone();
    int bestRepeats = repeats;
    long sinceBest = 0;
    long iteration = 0;
    int[] conflictR = new int[rounds * n];
    int[] conflictX = new int[rounds * n];
    while (iteration < maxIterations && repeats > 0) {
      if ((iteration & 255) == 0 && budget.spent()) {
        break;
      }
      iteration++;
      int conflicts = 0;
      for (int r = 0; r < rounds; r++) {
        for (int x = 0; x < n; x++) {
          if (inConflict(r, x)) {
            conflictR[conflicts] = r;
            conflictX[conflicts++] = x;
          }
        }
      }
      int bestDelta = Integer.MAX_VALUE;
      int pickR = -1;
      int pickX = -1;
      int pickY = -1;
      int ties = 0;
      for (int c = 0; c < conflicts; c++) {
        int r = conflictR[c];
        int x = conflictX[c];
        int gx = groupOf[r * n + x];
        boolean tabuX = tabuUntil[r * n + x] > iteration;
        for (int y = 0; y < n; y++) {
          if (groupOf[r * n + y] == gx) {
            continue;
          }
          int d = delta(r, x, y);
          if ((tabuX || tabuUntil[r * n + y] > iteration) && repeats + d >= bestRepeats) {
            continue;
          }
          if (d < bestDelta) {
            bestDelta = d;
            pickR = r;
            pickX = x;
            pickY = y;
            ties = 1;
          } else if (d == bestDelta && rng.nextInt(++ties) == 0) {
            pickR = r;
            pickX = x;
            pickY = y;
          }
        }
      }
      if (pickR >= 0) {
        swap(pickR, pickX, pickY);
        int span = TENURE_MAX - TENURE_MIN + 1;
        tabuUntil[pickR * n + pickX] = iteration + TENURE_MIN + rng.nextInt(span);
        tabuUntil[pickR * n + pickY] = iteration + TENURE_MIN + rng.nextInt(span);
      }
      if (repeats < bestRepeats) {
        bestRepeats = repeats;
        System.arraycopy(groupOf, 0, best, 0, best.length);
        sinceBest = 0;
      } else if (++sinceBest >= STALL || pickR < 0) {
        restartFrom(best, rng);
        sinceBest = 0;
      }
    }
    if (repeats > bestRepeats) {
      load(best);
    }
    return iteration;
  }

  /** Loads the best schedule, applies a few random swaps and clears the tabu list. */
  private void restartFrom(int[] best, SplittableRandom rng) {
    load(best);
    for (int k = 0; k < KICK; k++) {
      int r = rng.nextInt(rounds);
      int x = rng.nextInt(n);
      int y = rng.nextInt(n);
      if (groupOf[r * n + x] != groupOf[r * n + y]) {
        swap(r, x, y);
      }
    }
    Arrays.fill(tabuUntil, 0);
  }

  private void load(int[] schedule) {
    Arrays.fill(meet, 0);
    int[] fill = new int[groups];
    for (int r = 0; r < rounds; r++) {
      Arrays.fill(fill, 0);
      for (int x = 0; x < n; x++) {
        int g = schedule[r * n + x];
        groupOf[r * n + x] = g;
        int t = fill[g]++;
        members[(r * groups + g) * slots + t] = x;
        slot[r * n + x] = t;
      }
      for (int g = 0; g < groups; g++) {
        int base = (r * groups + g) * slots;
        for (int i = 0; i < sizes[g]; i++) {
          for (int j = i + 1; j < sizes[g]; j++) {
            int x = members[base + i];
            int y = members[base + j];
            meet[x * n + y] |= 1L << r;
            meet[y * n + x] |= 1L << r;
          }
        }
      }
    }
    repeats = 0;
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n; y++) {
        repeats += cost(meet[x * n + y]);
      }
    }
  }
}
