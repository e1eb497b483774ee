package io.peermatch.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who is to be matched, how pairs are scored, and which rules hold: the input of every {@link
 * MatchingStrategy}.
 *
 * <p>Two shapes:
 *
 * <ul>
 *   <li>{@linkplain #twoSided(List, List) two-sided}: every pair has one participant from the left
 *       side (for example mentors) and one from the right (mentees); capacities on either side;
 *   <li>{@linkplain #pool(List) one pool}: anyone may pair with anyone else (peer learning, coffee
 *       introductions).
 * </ul>
 *
 * <pre>{@code
 * MatchingProblem problem = MatchingProblem.twoSided(mentors, mentees)
 *     .scoring(Scoring.complementarity())
 *     .constraint(Constraints.differentValue("team"))
 *     .build();
 * }</pre>
 *
 * <p>Everything is validated when the problem is built, so that every bad input fails here with a
 * message naming the rule, the id and the value: duplicate ids (across both sides), unknown ids in
 * pinned or forbidden pairs or in a history, a participant paired with itself, pinned pairs that
 * cross no sides, break a hard rule or exceed a capacity. An empty problem is valid: its matching
 * is empty. Immutable and thread-safe.
 */
public final class MatchingProblem {

  /** The shape of a problem. */
  public enum Kind {
    /** Pairs join a left participant to a right participant. */
    TWO_SIDED,
    /** Anyone may pair with anyone else. */
    POOL
  }

  private final Kind kind;
  private final List<Participant> left;
  private final List<Participant> right;
  private final Scoring scoring;
  private final List<Constraint> constraints;
  private final long seed;
  private final boolean trios;

  private MatchingProblem(Builder b) {
    this.kind = b.kind;
    this.left = List.copyOf(b.left);
    this.right = List.copyOf(b.right);
    this.scoring = b.scoring;
    this.constraints = List.copyOf(b.constraints);
    this.seed = b.seed;
    this.trios = b.trios;
    validate();
  }

  /**
   * Starts a two-sided problem. By convention the left side offers (mentors) and the right side
   * seeks (mentees): {@link Scoring#complementarity()} scores left offers against right seeks.
   */
  public static Builder twoSided(List<Participant> left, List<Participant> right) {
    return new Builder(Kind.TWO_SIDED, left, right);
  }

  /** Starts a one-pool problem. */
  public static Builder pool(List<Participant> participants) {
    return new Builder(Kind.POOL, participants, List.of());
  }

  /** The shape. */
  public Kind kind() {
    return kind;
  }

  /** Whether this is a one-pool problem. */
  public boolean isPool() {
    return kind == Kind.POOL;
  }

  /** The left side of a two-sided problem, or every participant of a pool. */
  public List<Participant> left() {
    return left;
  }

  /** The right side of a two-sided problem; empty for a pool. */
  public List<Participant> right() {
    return right;
  }

  /** Every participant: the left side, then the right side. */
  public List<Participant> participants() {
    if (right.isEmpty()) {
      return left;
    }
    List<Participant> all = new ArrayList<>(left.size() + right.size());
    all.addAll(left);
    all.addAll(right);
    return List.copyOf(all);
  }

  /** The number of participants. */
  public int size() {
    return left.size() + right.size();
  }

  /** How pairs are scored. */
  public Scoring scoring() {
    return scoring;
  }

  /** The constraints, in the order given. */
  public List<Constraint> constraints() {
    return constraints;
  }

  /** The seed for every random choice a strategy makes (tie-breaking, sampling). */
  public long seed() {
    return seed;
  }

  /**
   * Whether people left without a partner in a pool may join a pair as a third (coffee groups of
   * three when the count is odd).
   */
  public boolean allowsTrios() {
    return trios;
  }

  /** The hard rules among the constraints. */
  public List<Constraint.PairRule> hardRules() {
    List<Constraint.PairRule> rules = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c instanceof Constraint.PairRule rule) {
        rules.add(rule);
      }
    }
    return rules;
  }

  /** The soft preferences among the constraints. */
  public List<Constraint.Preference> preferences() {
    List<Constraint.Preference> prefs = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c instanceof Constraint.Preference p) {
        prefs.add(p);
      }
    }
    return prefs;
  }

  /** The user-defined soft bonuses among the constraints. */
  public List<Constraint.CustomBonus> bonuses() {
    List<Constraint.CustomBonus> out = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c instanceof Constraint.CustomBonus b) {
        out.add(b);
      }
    }
    return out;
  }

  /** Every pinned pair, in the order given; two-sided pairs are (left id, right id). */
  public List<IdPair> pinnedPairs() {
    List<IdPair> pairs = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c instanceof Constraint.PinnedPairs p) {
        pairs.addAll(p.pairs());
      }
    }
    return pairs;
  }

  /**
   * The relevance of the pair under {@link #scoring()}: the directed score in a two-sided problem
   * ({@code first} on the left), the better direction in a pool.
   */
  public double relevance(Participant first, Participant second) {
    double s = scoring.score(first, second);
    if (kind == Kind.POOL) {
      s = Math.max(s, scoring.score(second, first));
    }
    return s;
  }

  /** Whether the pair passes every hard rule (in a pool, in either orientation). */
  public boolean allows(Participant first, Participant second) {
    double score = relevance(first, second);
    for (Constraint c : constraints) {
      if (c instanceof Constraint.PairRule rule && !rule.allows(first, second, score)) {
        return false;
      }
    }
    return true;
  }

  private void validate() {
    Map<String, Participant> byId = new HashMap<>();
    Set<String> leftIds = new HashSet<>();
    for (Participant p : left) {
      Objects.requireNonNull(p, "participant");
      if (byId.put(p.id(), p) != null) {
        throw new IllegalArgumentException("duplicate participant id '" + p.id() + "'");
      }
      leftIds.add(p.id());
    }
    for (Participant p : right) {
      Objects.requireNonNull(p, "participant");
      if (byId.put(p.id(), p) != null) {
        throw new IllegalArgumentException(
            "duplicate participant id '"
                + p.id()
                + "'"
                + (leftIds.contains(p.id()) ? " (on both sides)" : ""));
      }
    }
    for (Constraint c : constraints) {
      if (c instanceof Constraint.PairRule rule) {
        validateRule(byId, rule);
      } else if (c instanceof Constraint.Preference p) {
        validateRule(byId, p.rule());
      }
    }
    validatePinned(byId, leftIds);
    if (trios) {
      if (kind != Kind.POOL) {
        throw new IllegalStateException("trios are only for one-pool problems, not two-sided ones");
      }
      for (Participant p : left) {
        if (p.capacity() != 1) {
          throw new IllegalStateException(
              "trios need every capacity to be 1 but participant "
                  + p.id()
                  + " has capacity "
                  + p.capacity());
        }
      }
    }
  }

  private void validatePinned(Map<String, Participant> byId, Set<String> leftIds) {
    Map<String, Integer> pinnedCount = new HashMap<>();
    Set<IdPair> seen = new HashSet<>();
    for (IdPair pair : pinnedPairs()) {
      requireKnown(byId, pair, "pinned pair");
      if (pair.first().equals(pair.second())) {
        throw new IllegalArgumentException(
            "pinned pair " + pair + " pairs participant " + pair.first() + " with itself");
      }
      Participant first = byId.get(pair.first());
      Participant second = byId.get(pair.second());
      if (kind == Kind.TWO_SIDED) {
        boolean firstLeft = leftIds.contains(first.id());
        boolean secondLeft = leftIds.contains(second.id());
        if (firstLeft == secondLeft) {
          throw new IllegalArgumentException(
              "pinned pair "
                  + pair
                  + " must join the left and the right side but both are on the "
                  + (firstLeft ? "left" : "right"));
        }
        if (!firstLeft) {
          Participant t = first;
          first = second;
          second = t;
        }
      }
      if (!seen.add(pair.unordered())) {
        throw new IllegalArgumentException("pinned pair " + pair + " is listed twice");
      }
      double score = relevance(first, second);
      for (Constraint.PairRule rule : hardRules()) {
        if (!rule.allows(first, second, score)) {
          throw new IllegalStateException(
              "pinned pair " + pair + " breaks the hard constraint '" + rule.name() + "'");
        }
      }
      for (Participant p : List.of(first, second)) {
        int count = pinnedCount.merge(p.id(), 1, Integer::sum);
        if (count > p.capacity()) {
          throw new IllegalStateException(
              "pinned pairs exceed the capacity "
                  + p.capacity()
                  + " of participant "
                  + p.id()
                  + " ("
                  + count
                  + " pinned)");
        }
      }
    }
  }

  private static void validateRule(Map<String, Participant> byId, Constraint.PairRule rule) {
    if (rule instanceof Constraint.ForbiddenPairs f) {
      for (IdPair pair : f.pairs()) {
        requireKnown(byId, pair, "forbidden pair");
      }
    } else if (rule instanceof Constraint.NotPairedWithin n) {
      requireKnown(byId, n.history());
    }
  }

  private static void requireKnown(Map<String, Participant> byId, History history) {
    List<List<IdPair>> rounds = history.rounds();
    for (int r = 0; r < rounds.size(); r++) {
      for (IdPair pair : rounds.get(r)) {
        requireKnown(byId, pair, "history round " + (r + 1));
      }
    }
  }

  private static void requireKnown(Map<String, Participant> byId, IdPair pair, String where) {
    for (String id : List.of(pair.first(), pair.second())) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException(
            where + " " + pair + " names unknown participant '" + id + "'");
      }
    }
  }

  @Override
  public String toString() {
    return "MatchingProblem["
        + kind
        + ", "
        + (kind == Kind.POOL ? left.size() + " in pool" : left.size() + " x " + right.size())
        + ", scoring="
        + scoring.name()
        + ", "
        + constraints.size()
        + " constraints, seed="
        + seed
        + "]";
  }

  /** A builder of {@link MatchingProblem}; not thread-safe. */
  public static final class Builder {
    private final Kind kind;
    private final List<Participant> left;
    private final List<Participant> right;
    private Scoring scoring = Scoring.complementarity();
    private final List<Constraint> constraints = new ArrayList<>();
    private long seed;
    private boolean trios;

    private Builder(Kind kind, List<Participant> left, List<Participant> right) {
      this.kind = kind;
      this.left = List.copyOf(Objects.requireNonNull(left, "participants"));
      this.right = List.copyOf(Objects.requireNonNull(right, "participants"));
    }

    /**
     * Sets the scoring; the default is {@link Scoring#complementarity()} for two-sided problems and
     * {@link Scoring#mutualExchange()} for pools.
     */
    public Builder scoring(Scoring scoring) {
      this.scoring = Objects.requireNonNull(scoring, "scoring");
      scoringSet = true;
      return this;
    }

    private boolean scoringSet;

    /** Adds a constraint. */
    public Builder constraint(Constraint constraint) {
      constraints.add(Objects.requireNonNull(constraint, "constraint"));
      return this;
    }

    /** Adds constraints. */
    public Builder constraints(List<? extends Constraint> constraints) {
      for (Constraint c : constraints) {
        constraint(c);
      }
      return this;
    }

    /** Sets the seed for tie-breaking and sampling (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Lets people left without a partner join a pair as a third, where they add most: coffee groups
     * of three when the count is odd. Every two people of a trio form an allowed candidate pair.
     * Only for pools whose capacities are all 1.
     */
    public Builder allowTrios() {
      this.trios = true;
      return this;
    }

    /**
     * Builds and validates the problem.
     *
     * @throws IllegalArgumentException for a bad value (duplicate or unknown id, self-pair)
     * @throws IllegalStateException for conflicting settings (a pinned pair that breaks a hard rule
     *     or a capacity)
     */
    public MatchingProblem build() {
      if (!scoringSet && kind == Kind.POOL) {
        scoring = Scoring.mutualExchange();
      }
      return new MatchingProblem(this);
    }
  }
}
