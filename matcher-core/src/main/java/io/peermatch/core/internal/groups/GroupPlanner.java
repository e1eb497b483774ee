package io.peermatch.core.internal.groups;

import io.peermatch.api.Constraint;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.DiversityOptions;
import io.peermatch.core.GroupOptions;
import io.peermatch.core.Grouping;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.internal.problem.SkillMatrix;
import io.peermatch.core.internal.strategy.DiversitySeekingStrategy;
import io.peermatch.core.internal.util.LongHashSet;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.grouping.GroupingInstance;
import io.peermatch.core.kernel.grouping.GroupingOptions;
import io.peermatch.core.kernel.grouping.GroupingResult;
import io.peermatch.core.kernel.grouping.Groupings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups of people: the prepared problem as a raw grouping instance, solved by {@link Groupings},
 * turned back into people.
 *
 * <ul>
 *   <li>Pair values {@code λ·w + (1 − λ)·S·d} (see {@link GroupOptions}): up to {@link
 *       Groupings#DENSE_LIMIT} people for every pair (dense), above that for the candidate graph's
 *       pairs, and above {@link #SAMPLED_ABOVE} for the pairs {@link GroupCandidates} samples (a
 *       pair outside them is worth 0 to the search). Cohorts above the dense limit take the
 *       candidate graph's mentor–mentee pairs at any size, and {@value #MENTEE_PAIRS} sampled
 *       mentee–mentee pairs per mentee (see {@link #menteePairs}).
 *   <li>Cohorts: one group per mentor and no two mentors together. Up to the dense limit the
 *       mentors' pairs are listed as forbidden; above it the mentors are the instance's leaders
 *       ({@link GroupingInstance#leaderCount()}), which the sparse search never moves, because
 *       listing {@code L²/2} pairs for the 20,000 mentors of 100,000 people does not fit.
 *   <li>Hard rules become forbidden pairs: every pair the structural rules refuse (dense); above
 *       the dense limit the pairs of each {@code different} class, the {@code forbidden} pairs and
 *       the cool-down pairs of the problem's history ({@code same} rules are refused there). {@code
 *       minimum score} rules do not apply to groups. Pins become pinned pairs.
 *   <li>In a round ({@code history} given), the pairs that met within the cool-down are forbidden
 *       too, so the round has the fewest repeats; those it cannot avoid stay, counted.
 *   <li>The kernel places everyone; a group that still breaks a hard rule loses, one at a time, the
 *       member in most broken pairs (a member who sat out the last round last), until it keeps them
 *       all. Those members are unplaced.
 * </ul>
 */
public final class GroupPlanner {

  /** The most forbidden pairs a large problem's rules may expand to. */
  static final long MAX_FORBIDDEN = 50_000_000L;

  private GroupPlanner() {}

  /**
   * Above this many people the pairs are sampled ({@link GroupCandidates}) instead of taken from
   * the candidate graph: the graph's pairs are each person's best partners (at 100,000 people in
   * groups of 4 the relevance inside groups was 125,088 on the graph against 83,057 sampled,
   * measured), but building it took about 90 % of the time of a million people; sampling makes a
   * million fit the time goal.
   */
  static final int SAMPLED_ABOVE = 300_000;

  /**
   * Mentee–mentee pairs drawn per mentee for sparse cohorts: the candidate graph of a two-sided
   * problem holds only mentor–mentee pairs, but mentees of one cohort learn from each other and
   * make its diversity; uniform draws, scored exactly, give the search something to weigh (each
   * mentee ends with about twice as many, drawn by others too). On 180 people at λ = 1 the
   * relevance inside cohorts was 0.82–0.83 of the dense path's with 12, 0.77–0.78 with 4
   * (SparseCohortsTest); at 100,000 people 12 cost about a million pair evaluations.
   */
  static final int MENTEE_PAIRS = 12;

  /** The progress phase of the search. */
  static final String SEARCH_PHASE = "group search";

  /** The progress phase of the explanations. */
  static final String EXPLAIN_PHASE = "group explanations";

  /**
   * Groups for {@code problem}.
   *
   * <p>The control's deadline and interruption cover the whole call: before the search (compiling,
   * the candidate pairs) they throw a {@link io.peermatch.api.MatchingCancelledException}; once the
   * search has started they stop it with the best grouping so far (status {@code deadline_reached}
   * or {@code interrupted}, the interrupt flag left set), whose explanations are left out when the
   * deadline has passed by then. The search also stops at {@link GroupOptions#timeLimit()}.
   *
   * @param candidates the candidate graph's settings, used up to {@link #SAMPLED_ABOVE} people (the
   *     pairs above the dense limit, and the relevance scale S)
   * @param seed the seed of every random choice
   * @param threads threads of the parallel phases, the calling one included
   * @param history earlier rounds, or null outside rounds
   * @param cooldown with a history, no pair that met within this many latest rounds meets again
   *     unless it cannot be avoided
   */
  public static Grouping plan(
      MatchingProblem problem,
      CandidateOptions candidates,
      long seed,
      int threads,
      SolveControl control,
      GroupOptions options,
      History history,
      int cooldown) {
    return plan(
        problem,
        candidates,
        seed,
        threads,
        control,
        options,
        history,
        cooldown,
        Groupings.DENSE_LIMIT);
  }

  /**
   * {@link #plan} with another dense limit: the tests run the sparse path (the candidate graph's
   * pairs, leaders for cohorts) on instances small enough to compare with the dense one.
   */
  static Grouping plan(
      MatchingProblem problem,
      CandidateOptions candidates,
      long seed,
      int threads,
      SolveControl control,
      GroupOptions options,
      History history,
      int cooldown,
      int denseLimit) {
    if (!problem.isPool() && !options.cohorts()) {
      throw new IllegalArgumentException(
          "groups are formed from one pool but the problem is two-sided ("
              + problem.left().size()
              + " and "
              + problem.right().size()
              + " people); GroupOptions.cohorts(min, max) forms one mentor with mentees");
    }
    int leaders = options.cohorts() ? checkCohorts(problem, options) : 0;
    if (cooldown < 0) {
      throw new IllegalArgumentException("cool-down must not be negative but was " + cooldown);
    }
    int n = problem.size();
    if (n < options.minSize()) {
      throw new IllegalArgumentException(
          "groups of at least "
              + options.minSize()
              + " need at least "
              + options.minSize()
              + " people but there were "
              + n);
    }
    int groupCount = (n + options.maxSize() - 1) / options.maxSize();
    if (!options.cohorts()
        && options.minSize() < options.maxSize()
        && (long) groupCount * options.minSize() > n) {
      throw new IllegalArgumentException(
          n
              + " people cannot be split into groups of "
              + options.minSize()
              + " to "
              + options.maxSize()
              + " (the fewest groups, "
              + groupCount
              + ", need at least "
              + (long) groupCount * options.minSize()
              + ")");
    }
    long t0 = System.nanoTime();
    boolean dense = n <= denseLimit;
    // Cohorts keep the candidate graph at any size: its mentor–mentee pairs are what a cohort is
    // for, and the samples of GroupCandidates are drawn for one pool.
    boolean sampled = n > SAMPLED_ABOVE && !options.cohorts();
    CompiledProblem compiled;
    CompiledScoring scoring;
    CompiledRules rules;
    Prepared prepared = null;
    if (!sampled) {
      prepared = Prepared.prepare(problem, candidates, seed, control);
      compiled = prepared.compiled();
      scoring = prepared.scoring();
      rules = prepared.rules();
    } else {
      // Above SAMPLED_ABOVE the pairs are sampled (GroupCandidates): no candidate graph.
      compiled = CompiledProblem.compile(problem, control);
      scoring = CompiledScoring.of(compiled);
      rules = CompiledRules.of(compiled);
    }
    long tPrepared = System.nanoTime();
    BoundaryDistance distance = new BoundaryDistance(compiled, options.distanceWeights());
    double lambda = options.lambda();
    List<Constraint.CustomRule> userRules = userRules(compiled);
    PairList forbidden = new PairList();
    GroupingInstance.Builder builder;
    double scale;
    long pairValues;
    if (dense) {
      scale = DiversitySeekingStrategy.relevanceScale(prepared.graph());
      pairValues = (long) n * (n - 1) / 2;
      double[] values = new double[n * n];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double relevance = relevance(scoring, leaders, i, j);
          double w = relevance + rules.softTerms(i, j, relevance);
          double v = lambda * w + (1 - lambda) * scale * distance.of(i, j);
          values[i * n + j] = v;
          values[j * n + i] = v;
          if (!allowed(rules, userRules, compiled, i, j)) {
            forbidden.add(i, j);
          }
        }
      }
      builder = GroupingInstance.dense(n, values);
    } else if (!sampled) {
      // The candidate graph's pairs: each person's best partners, found by the skill index.
      CandidateGraph graph = prepared.graph();
      scale = DiversitySeekingStrategy.relevanceScale(graph);
      int m = graph.edgeCount();
      int[] us = new int[m];
      int[] vs = new int[m];
      double[] values = new double[m];
      for (int e = 0; e < m; e++) {
        us[e] = graph.u(e);
        vs[e] = graph.v(e);
        values[e] = lambda * graph.weight(e) + (1 - lambda) * scale * distance.of(us[e], vs[e]);
      }
      if (options.cohorts()) {
        PairList mentees =
            menteePairs(compiled, scoring, rules, distance, leaders, lambda, scale, seed);
        int extra = mentees.size();
        us = Arrays.copyOf(us, m + extra);
        vs = Arrays.copyOf(vs, m + extra);
        values = Arrays.copyOf(values, m + extra);
        System.arraycopy(mentees.us(), 0, us, m, extra);
        System.arraycopy(mentees.vs(), 0, vs, m, extra);
        System.arraycopy(mentees.values(), 0, values, m, extra);
        m += extra;
      }
      pairValues = m;
      builder = GroupingInstance.sparse(n, us, vs, values);
      expandRules(compiled, forbidden);
    } else {
      GroupCandidates.Pairs pairs =
          GroupCandidates.sample(
              compiled,
              new GroupCandidates.PairValue(compiled, scoring, rules, distance),
              lambda,
              seed,
              threads,
              control);
      scale = pairs.scale();
      pairValues = pairs.us().length;
      builder = GroupingInstance.sparse(n, pairs.us(), pairs.vs(), pairs.values());
      expandRules(compiled, forbidden);
    }
    boolean[] satOut = satOut(compiled, history);
    List<IdPair> pins = compiled.problem().pinnedPairs();
    int[] pinned = pinnedComponents(compiled, pins);
    LongHashSet recent = new LongHashSet(16);
    if (history != null) {
      List<List<IdPair>> rounds = history.rounds();
      for (int r = Math.max(0, rounds.size() - cooldown); r < rounds.size(); r++) {
        for (IdPair pair : rounds.get(r)) {
          int a = compiled.indexOf(pair.first());
          int b = compiled.indexOf(pair.second());
          // Pinned people share a group every round (an administrator's decision): not a repeat.
          if (a >= 0 && b >= 0 && a != b && pinned[a] != pinned[b] && recent.add(key(a, b, n))) {
            forbidden.add(a, b);
          }
        }
      }
    }
    if (options.cohorts()) {
      // One group per mentor, and no two mentors together: with every mentor placed, each group
      // has exactly one (pigeonhole). Dense: the mentors' pairs listed; sparse: mentors lead.
      builder.groups(leaders, options.minSize(), options.maxSize());
      if (dense) {
        for (int a = 0; a < leaders; a++) {
          for (int b = a + 1; b < leaders; b++) {
            forbidden.add(a, b);
          }
        }
      } else {
        builder.leaders(leaders);
      }
    } else if (options.minSize() == options.maxSize()) {
      builder.groupsOf(options.minSize());
    } else {
      builder.groupsOf(options.minSize(), options.maxSize());
    }
    builder.forbidAll(forbidden.us(), forbidden.vs());
    for (IdPair pin : pins) {
      builder.pin(compiled.indexOf(pin.first()), compiled.indexOf(pin.second()));
    }
    GroupingInstance instance;
    try {
      instance = builder.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the pins cannot be kept in groups of at most "
              + options.maxSize()
              + " people under the hard rules: "
              + e.getMessage()
              + " (items are people in input order from 0)",
          e);
    }
    long t1 = System.nanoTime();
    control.checkInterrupted(GroupCandidates.PHASE);
    // Reported before the time left is read: a listener may take its time.
    control.progress(SEARCH_PHASE, 0.0);
    // The search stops at the options' time limit or the call's deadline, whichever comes first;
    // from here on a stop returns the best grouping so far instead of throwing.
    Duration limit = options.timeLimit();
    Optional<Long> deadline = control.deadlineNanos();
    if (deadline.isPresent()) {
      long left = Math.max(0L, deadline.get() - System.nanoTime());
      if (left < limit.toNanos()) {
        limit = Duration.ofNanos(left);
      }
    }
    GroupingOptions kernelOptions = GroupingOptions.DEFAULTS.withSeed(seed).withTimeLimit(limit);
    GroupingResult result = Groupings.solve(instance, kernelOptions);
    control.progress(SEARCH_PHASE, 1.0);
    long t2 = System.nanoTime();
    // Explanations take microseconds per group: left out once the deadline has passed, so that
    // a stopped call returns promptly.
    boolean explain = !control.deadlinePassed();

    List<int[]> kept = new ArrayList<>();
    List<Integer> unplaced = new ArrayList<>();
    int undersized = 0;
    for (int[] group : result.groups()) {
      int[] members = group.clone();
      Arrays.sort(members);
      members =
          dropRuleBreakers(
              members,
              // In cohorts two mentors never share a group: the cohort rule as a pair rule.
              (a, b) -> b >= leaders && allowed(rules, userRules, compiled, a, b),
              satOut,
              unplaced);
      if (members.length == 1 || (leaders > 0 && members.length > 0 && members[0] >= leaders)) {
        // A lone member, or a cohort whose mentor a rule took out: nobody leads it, dissolved.
        for (int x : members) {
          unplaced.add(x);
        }
        continue;
      }
      if (members.length == 0) {
        continue;
      }
      if (members.length < options.minSize()) {
        undersized++;
      }
      kept.add(members);
    }
    kept.sort((a, b) -> Integer.compare(a[0], b[0]));
    int[] groupOf = new int[n];
    Arrays.fill(groupOf, -1);
    List<Grouping.Group> groups = new ArrayList<>(kept.size());
    double objective = 0.0;
    int repeats = 0;
    for (int g = 0; g < kept.size(); g++) {
      int[] members = kept.get(g);
      double relevance = 0.0;
      double diversity = 0.0;
      int groupRepeats = 0;
      for (int i = 0; i < members.length; i++) {
        groupOf[members[i]] = g;
        for (int j = i + 1; j < members.length; j++) {
          int a = members[i];
          int b = members[j];
          relevance += relevance(scoring, leaders, a, b);
          diversity += distance.of(a, b);
          objective += instance.value(a, b);
          if (recent.contains(key(a, b, n))) {
            groupRepeats++;
          }
        }
      }
      repeats += groupRepeats;
      groups.add(
          new Grouping.Group(
              g,
              ids(compiled, members),
              relevance,
              diversity,
              explain ? brings(compiled, members) : Map.of(),
              explain ? crosses(compiled, members, options.distanceWeights()) : Map.of(),
              groupRepeats));
    }
    int pinsBroken = 0;
    for (IdPair pin : pins) {
      int a = groupOf[compiled.indexOf(pin.first())];
      if (a < 0 || a != groupOf[compiled.indexOf(pin.second())]) {
        pinsBroken++;
      }
    }
    unplaced.sort(Integer::compare);
    int satOutCount = 0;
    for (boolean s : satOut) {
      satOutCount += s ? 1 : 0;
    }
    Map<String, Double> diagnostics = new LinkedHashMap<>();
    diagnostics.put("dense", dense ? 1.0 : 0.0);
    diagnostics.put("prepare_ms", (tPrepared - t0) / 1e6);
    diagnostics.put("build_ms", (t1 - tPrepared) / 1e6);
    diagnostics.put("solve_ms", (t2 - t1) / 1e6);
    diagnostics.put("explain_ms", (System.nanoTime() - t2) / 1e6);
    diagnostics.put("explanations_omitted", explain ? 0.0 : 1.0);
    diagnostics.put("pair_values", (double) pairValues);
    diagnostics.put("iterations", (double) result.iterations());
    diagnostics.put("forbidden_pairs", (double) instance.forbiddenCount());
    diagnostics.put("relevance_scale", scale);
    diagnostics.put("kernel_objective", result.objective());
    diagnostics.put("sat_out", (double) satOutCount);
    diagnostics.put("pins_broken", (double) pinsBroken);
    diagnostics.put("undersized_groups", (double) undersized);
    List<String> unplacedIds = new ArrayList<>(unplaced.size());
    for (int x : unplaced) {
      unplacedIds.add(compiled.id(x));
    }
    return new Grouping(
        groups,
        unplacedIds,
        objective,
        result.upperBound(),
        result.status().name().toLowerCase(Locale.ROOT),
        repeats,
        diagnostics);
  }

  /**
   * For each mentee, {@value #MENTEE_PAIRS} other mentees drawn uniformly (seeded), each pair
   * valued exactly as the dense instance values it ({@code λ·(relevance + soft terms) + (1 −
   * λ)·S·d}, the better direction of relevance) and kept when the hard rules allow it and it is
   * worth more than nothing; each pair once. O(n · {@value #MENTEE_PAIRS} · (skills + attributes)).
   */
  static PairList menteePairs(
      CompiledProblem compiled,
      CompiledScoring scoring,
      CompiledRules rules,
      BoundaryDistance distance,
      int leaders,
      double lambda,
      double scale,
      long seed) {
    int n = compiled.size();
    int mentees = n - leaders;
    PairList out = new PairList();
    if (mentees < 2) {
      return out;
    }
    java.util.SplittableRandom rng = new java.util.SplittableRandom(seed ^ 0x6d656e7465657321L);
    LongHashSet seen = new LongHashSet(Math.max(16, mentees * MENTEE_PAIRS));
    for (int x = leaders; x < n; x++) {
      for (int d = 0; d < MENTEE_PAIRS; d++) {
        int y = leaders + rng.nextInt(mentees);
        if (y == x) {
          continue;
        }
        int a = Math.min(x, y);
        int b = Math.max(x, y);
        if (!seen.add(key(a, b, n)) || !rules.allowsIgnoringScore(a, b)) {
          continue;
        }
        double relevance = relevance(scoring, leaders, a, b);
        double w = relevance + rules.softTerms(a, b, relevance);
        double v = lambda * w + (1 - lambda) * scale * distance.of(a, b);
        if (v > 0) {
          out.add(a, b, v);
        }
      }
    }
    return out;
  }

  /**
   * The relevance of a pair inside a group: the problem's own (in a pool the better direction; a
   * mentor and a mentee, the mentor's directed score) and, for two people of the same side of a
   * two-sided problem (mentees of one cohort), the better direction.
   *
   * @param leaders the number of left-side people (0 in a pool); {@code a < b}
   */
  static double relevance(CompiledScoring scoring, int leaders, int a, int b) {
    if (leaders == 0 || a < leaders) {
      return scoring.relevance(a, b);
    }
    return Math.max(scoring.relevance(a, b), scoring.relevance(b, a));
  }

  /**
   * Checks that {@code problem} can form cohorts of {@code options}: two-sided, and mentors ×
   * smallest ≤ mentees ≤ mentors × largest. Returns the mentors.
   */
  private static int checkCohorts(MatchingProblem problem, GroupOptions options) {
    if (problem.isPool()) {
      throw new IllegalArgumentException(
          "cohorts need a two-sided problem (mentors on the left, mentees on the right) but the"
              + " problem is one pool of "
              + problem.size()
              + " people");
    }
    int mentors = problem.left().size();
    int mentees = problem.right().size();
    long least = (long) mentors * (options.minSize() - 1);
    long most = (long) mentors * (options.maxSize() - 1);
    if (mentors == 0 || mentees < least || mentees > most) {
      throw new IllegalArgumentException(
          "cohorts of one mentor with "
              + (options.minSize() - 1)
              + " to "
              + (options.maxSize() - 1)
              + " mentees need between "
              + least
              + " and "
              + most
              + " mentees for "
              + mentors
              + " mentors but there were "
              + mentees);
    }
    return mentors;
  }

  /**
   * Takes out of {@code members} (sorted), one at a time, the member in most pairs the rules
   * refuse, until none is left; among equals a member who did not sit out the last round, then the
   * later in input order. The removed go to {@code unplaced}.
   */
  static int[] dropRuleBreakers(
      int[] members, PairTest allowed, boolean[] satOut, List<Integer> unplaced) {
    int size = members.length;
    int[] m = members.clone();
    while (true) {
      int worst = -1;
      int worstCount = 0;
      for (int i = 0; i < size; i++) {
        int count = 0;
        for (int j = 0; j < size; j++) {
          if (i != j && !allowed.test(Math.min(m[i], m[j]), Math.max(m[i], m[j]))) {
            count++;
          }
        }
        if (count == 0) {
          continue;
        }
        boolean better =
            worst < 0
                || count > worstCount
                || (count == worstCount && satOut[m[worst]] && !satOut[m[i]])
                || (count == worstCount && satOut[m[worst]] == satOut[m[i]]);
        if (better) {
          worst = i;
          worstCount = count;
        }
      }
      if (worst < 0) {
        return Arrays.copyOf(m, size);
      }
      unplaced.add(m[worst]);
      System.arraycopy(m, worst + 1, m, worst, size - worst - 1);
      size--;
    }
  }

  /** A representative of each person's pinned component (pins closed transitively). */
  private static int[] pinnedComponents(CompiledProblem compiled, List<IdPair> pins) {
    int[] parent = new int[compiled.size()];
    for (int x = 0; x < parent.length; x++) {
      parent[x] = x;
    }
    for (IdPair pin : pins) {
      int a = root(parent, compiled.indexOf(pin.first()));
      int b = root(parent, compiled.indexOf(pin.second()));
      parent[Math.max(a, b)] = Math.min(a, b);
    }
    for (int x = 0; x < parent.length; x++) {
      parent[x] = root(parent, x);
    }
    return parent;
  }

  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Whether two people may share a group. */
  interface PairTest {
    boolean test(int a, int b);
  }

  /** The user rules ({@code Constraints.rule}) of the problem. */
  private static List<Constraint.CustomRule> userRules(CompiledProblem compiled) {
    List<Constraint.CustomRule> out = new ArrayList<>();
    for (Constraint c : compiled.problem().constraints()) {
      if (c instanceof Constraint.CustomRule rule) {
        out.add(rule);
      }
    }
    return out;
  }

  /**
   * Whether the hard rules let {@code a} and {@code b} ({@code a < b}) share a group: every rule
   * but the minimum score, user rules included.
   */
  private static boolean allowed(
      CompiledRules rules,
      List<Constraint.CustomRule> userRules,
      CompiledProblem compiled,
      int a,
      int b) {
    if (!rules.allowsIgnoringScore(a, b)) {
      return false;
    }
    for (Constraint.CustomRule rule : userRules) {
      if (!rule.allows(compiled.participant(a), compiled.participant(b), 0.0)) {
        return false;
      }
    }
    return true;
  }

  /** Everyone absent from the last round of a non-empty history. */
  private static boolean[] satOut(CompiledProblem compiled, History history) {
    boolean[] out = new boolean[compiled.size()];
    if (history == null || history.size() == 0) {
      return out;
    }
    Arrays.fill(out, true);
    for (IdPair pair : history.rounds().get(history.size() - 1)) {
      int a = compiled.indexOf(pair.first());
      int b = compiled.indexOf(pair.second());
      if (a >= 0) {
        out[a] = false;
      }
      if (b >= 0) {
        out[b] = false;
      }
    }
    return out;
  }

  /** The forbidden pairs of a large problem's hard rules, enumerated. */
  private static void expandRules(CompiledProblem compiled, PairList forbidden) {
    int n = compiled.size();
    for (Constraint.PairRule rule : compiled.problem().hardRules()) {
      if (rule instanceof Constraint.DifferentValue d) {
        int[] codes = compiled.attributeCodes(d.attribute());
        int classes = compiled.attributeValues(d.attribute()).length;
        int[] start = new int[classes + 1];
        for (int c : codes) {
          if (c >= 0) {
            start[c + 1]++;
          }
        }
        long pairs = 0;
        for (int c = 0; c < classes; c++) {
          pairs += (long) start[c + 1] * (start[c + 1] - 1) / 2;
          start[c + 1] += start[c];
        }
        if (pairs + forbidden.size() > MAX_FORBIDDEN) {
          throw new IllegalArgumentException(
              "the rule '"
                  + rule.name()
                  + "' forbids "
                  + pairs
                  + " pairs, more than groups of "
                  + n
                  + " people can hold ("
                  + MAX_FORBIDDEN
                  + ")");
        }
        int[] members = new int[start[classes]];
        int[] fill = Arrays.copyOf(start, classes);
        for (int x = 0; x < n; x++) {
          if (codes[x] >= 0) {
            members[fill[codes[x]]++] = x;
          }
        }
        for (int c = 0; c < classes; c++) {
          for (int i = start[c]; i < start[c + 1]; i++) {
            for (int j = i + 1; j < start[c + 1]; j++) {
              forbidden.add(members[i], members[j]);
            }
          }
        }
      } else if (rule instanceof Constraint.ForbiddenPairs f) {
        for (IdPair pair : f.pairs()) {
          forbidden.add(compiled.indexOf(pair.first()), compiled.indexOf(pair.second()));
        }
      } else if (rule instanceof Constraint.NotPairedWithin w) {
        List<List<IdPair>> rounds = w.history().rounds();
        for (int r = Math.max(0, rounds.size() - w.rounds()); r < rounds.size(); r++) {
          for (IdPair pair : rounds.get(r)) {
            int a = compiled.indexOf(pair.first());
            int b = compiled.indexOf(pair.second());
            if (a >= 0 && b >= 0 && a != b) {
              forbidden.add(a, b);
            }
          }
        }
      } else if (rule instanceof Constraint.CustomRule custom) {
        throw new IllegalArgumentException(
            "the rule '"
                + custom.name()
                + "' applies to groups of up to "
                + Groupings.DENSE_LIMIT
                + " people but there were "
                + n
                + " (a user rule cannot be listed pair by pair at this size)");
      } else if (rule instanceof Constraint.SameValue s) {
        throw new IllegalArgumentException(
            "the rule '"
                + s.name()
                + "' applies to groups of up to "
                + Groupings.DENSE_LIMIT
                + " people but there were "
                + n
                + " (group each value's people separately)");
      }
      // Minimum-score rules do not apply to groups.
    }
  }

  private static long key(int a, int b, int n) {
    return (long) Math.min(a, b) * n + Math.max(a, b);
  }

  private static List<String> ids(CompiledProblem compiled, int[] members) {
    List<String> out = new ArrayList<>(members.length);
    for (int x : members) {
      out.add(compiled.id(x));
    }
    return out;
  }

  /**
   * For each member, up to three skills it offers that another member seeks, most wanted first
   * (level offered × the highest level sought), then by name. Read from the compiled skill rows
   * (skill ids are in name order), so a group costs O(s² k) array reads and no string lookups.
   */
  static Map<String, List<String>> brings(CompiledProblem compiled, int[] members) {
    SkillMatrix offers = compiled.offers();
    SkillMatrix seeks = compiled.seeks();
    Map<String, List<String>> out = new LinkedHashMap<>();
    int[] top = new int[3];
    double[] topAmount = new double[3];
    for (int x : members) {
      int found = 0;
      for (int k = offers.start(x); k < offers.end(x); k++) {
        int skill = offers.skill(k);
        double wanted = 0.0;
        for (int y : members) {
          if (y != x) {
            wanted = Math.max(wanted, levelOf(seeks, y, skill));
          }
        }
        if (!(wanted > 0)) {
          continue;
        }
        double amount = wanted * offers.level(k);
        // Entries come in skill (name) order, so among equal amounts the earlier stays ahead.
        int at = Math.min(found, 3);
        while (at > 0 && topAmount[at - 1] < amount) {
          at--;
        }
        if (at >= 3) {
          continue;
        }
        for (int i = Math.min(found, 2); i > at; i--) {
          top[i] = top[i - 1];
          topAmount[i] = topAmount[i - 1];
        }
        top[at] = skill;
        topAmount[at] = amount;
        found++;
      }
      if (found == 0) {
        continue;
      }
      List<String> names = new ArrayList<>(Math.min(3, found));
      for (int i = 0; i < Math.min(3, found); i++) {
        names.add(compiled.skillName(top[i]));
      }
      out.put(compiled.id(x), names);
    }
    return out;
  }

  /** The level at which {@code y}'s row of {@code m} holds {@code skill} (rows sorted by skill). */
  private static double levelOf(SkillMatrix m, int y, int skill) {
    for (int k = m.start(y); k < m.end(y); k++) {
      int s = m.skill(k);
      if (s == skill) {
        return m.level(k);
      }
      if (s > skill) {
        break;
      }
    }
    return 0.0;
  }

  /** For each distance attribute on which the members differ, the values present, sorted. */
  static Map<String, List<String>> crosses(
      CompiledProblem compiled, int[] members, Map<String, Double> distanceWeights) {
    Map<String, List<String>> out = new TreeMap<>();
    for (Map.Entry<String, Double> e : distanceWeights.entrySet()) {
      if (e.getValue() <= 0 || !compiled.hasAttribute(e.getKey())) {
        continue;
      }
      int[] codes = compiled.attributeCodes(e.getKey());
      if (!differ(codes, members)) {
        continue;
      }
      String[] values = compiled.attributeValues(e.getKey());
      TreeSet<String> present = new TreeSet<>();
      for (int x : members) {
        if (codes[x] >= 0) {
          present.add(values[codes[x]]);
        }
      }
      if (present.size() > 1) {
        out.put(e.getKey(), ordered(e.getKey(), present));
      }
    }
    return out;
  }

  /** Whether the members hold more than one value (an unknown value counts as none). */
  private static boolean differ(int[] codes, int[] members) {
    int first = -1;
    for (int x : members) {
      if (codes[x] >= 0) {
        if (first < 0) {
          first = codes[x];
        } else if (codes[x] != first) {
          return true;
        }
      }
    }
    return false;
  }

  /** Seniority by level, numbers (tenure) by value, anything else by name. */
  private static List<String> ordered(String attribute, TreeSet<String> values) {
    List<String> out = new ArrayList<>(values);
    if (attribute.equals("seniority")) {
      out.sort(
          Comparator.comparingInt(
              (String v) -> {
                int level =
                    DiversityOptions.SENIORITY_ORDER.indexOf(v.trim().toLowerCase(Locale.ROOT));
                return level < 0 ? Integer.MAX_VALUE : level;
              }));
      return out;
    }
    double[] numbers = new double[out.size()];
    for (int i = 0; i < numbers.length; i++) {
      try {
        numbers[i] = Double.parseDouble(out.get(i).trim());
      } catch (NumberFormatException notANumber) {
        return out;
      }
    }
    out.sort(Comparator.comparingDouble((String v) -> Double.parseDouble(v.trim())));
    return out;
  }

  /** A growing list of int pairs, each with a value (0 unless given). */
  static final class PairList {
    private int[] us = new int[16];
    private int[] vs = new int[16];
    private double[] values = new double[16];
    private int size;

    void add(int u, int v) {
      add(u, v, 0.0);
    }

    void add(int u, int v, double value) {
      if (size == us.length) {
        us = Arrays.copyOf(us, 2 * size);
        vs = Arrays.copyOf(vs, 2 * size);
        values = Arrays.copyOf(values, 2 * size);
      }
      us[size] = u;
      vs[size] = v;
      values[size] = value;
      size++;
    }

    double[] values() {
      return Arrays.copyOf(values, size);
    }

    int size() {
      return size;
    }

    int[] us() {
      return Arrays.copyOf(us, size);
    }

    int[] vs() {
      return Arrays.copyOf(vs, size);
    }
  }
}
