package io.peermatch.core;

import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.strategy.AuctionStrategy;
import io.peermatch.core.internal.strategy.BalancedStableStrategy;
import io.peermatch.core.internal.strategy.DiversitySeekingStrategy;
import io.peermatch.core.internal.strategy.EgalitarianStableStrategy;
import io.peermatch.core.internal.strategy.GaleShapleyStrategy;
import io.peermatch.core.internal.strategy.GraphStrategy;
import io.peermatch.core.internal.strategy.GreedyStrategy;
import io.peermatch.core.internal.strategy.MaxWeightStrategy;
import io.peermatch.core.internal.strategy.MinimumRegretStableStrategy;
import io.peermatch.core.internal.strategy.StableRoommatesStrategy;
import io.peermatch.core.internal.strategy.SuitorStrategy;
import io.peermatch.core.kernel.GraphKernel;
import io.peermatch.core.kernel.InstanceKind;
import io.peermatch.core.kernel.MarriageKernel;
import io.peermatch.core.kernel.RoommatesKernel;
import io.peermatch.core.kernel.stable.IrvingStableRoommates;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The one registry: for every {@link Strategy}, how to build its strategy from {@link
 * MatchOptions}, and its raw kernels by {@link InstanceKind}. The facade, the command line ({@code
 * match}, {@code compare}, {@code solve}) and the benchmarks all find strategies here, through
 * {@link Strategy} and {@link PeerMatch}.
 */
final class StrategyRegistry {

  /**
   * One strategy's implementations.
   *
   * @param factory builds the strategy with the given options
   * @param assignment the kernel for bipartite edge lists, or null
   * @param general the kernel for one-pool edge lists, or null
   * @param marriage the kernel for two-sided ranked lists, or null
   * @param roommates the kernel for one-pool ranked lists, or null
   */
  private record Entry(
      Function<MatchOptions, GraphStrategy> factory,
      GraphKernel assignment,
      GraphKernel general,
      MarriageKernel marriage,
      RoommatesKernel roommates) {}

  private static final Map<Strategy, Entry> ENTRIES = new EnumMap<>(Strategy.class);

  static {
    graph(
        Strategy.GREEDY,
        o -> new GreedyStrategy(c(o)),
        GreedyStrategy::solve,
        GreedyStrategy::solve);
    graph(
        Strategy.MAX_WEIGHT,
        o -> new MaxWeightStrategy(c(o)),
        MaxWeightStrategy::solve,
        MaxWeightStrategy::solve);
    graph(Strategy.SUITOR, o -> new SuitorStrategy(c(o)), null, SuitorStrategy::solve);
    graph(Strategy.AUCTION, o -> new AuctionStrategy(c(o)), AuctionStrategy::solve, null);
    marriage(
        Strategy.GALE_SHAPLEY,
        o -> new GaleShapleyStrategy(c(o), o.proposer() == Side.LEFT),
        GaleShapleyStrategy::solve);
    marriage(
        Strategy.EGALITARIAN_STABLE,
        o -> new EgalitarianStableStrategy(c(o)),
        EgalitarianStableStrategy::solve);
    marriage(
        Strategy.MINIMUM_REGRET_STABLE,
        o -> new MinimumRegretStableStrategy(c(o)),
        MinimumRegretStableStrategy::solve);
    marriage(
        Strategy.BALANCED_STABLE,
        o -> new BalancedStableStrategy(c(o)),
        BalancedStableStrategy::solve);
    ENTRIES.put(
        Strategy.STABLE_ROOMMATES,
        new Entry(
            o -> new StableRoommatesStrategy(c(o)),
            null,
            null,
            null,
            IrvingStableRoommates::solve));
    graph(
        Strategy.DIVERSITY_SEEKING,
        o -> new DiversitySeekingStrategy(c(o), o.diversity(), o.strictDiversity()),
        null,
        null);
  }

  private StrategyRegistry() {}

  private static CandidateOptions c(MatchOptions options) {
    return options.candidateOptions();
  }

  private static void graph(
      Strategy strategy,
      Function<MatchOptions, GraphStrategy> factory,
      GraphKernel assignment,
      GraphKernel general) {
    ENTRIES.put(strategy, new Entry(factory, assignment, general, null, null));
  }

  private static void marriage(
      Strategy strategy, Function<MatchOptions, GraphStrategy> factory, MarriageKernel kernel) {
    ENTRIES.put(strategy, new Entry(factory, null, null, kernel, null));
  }

  /** The strategy {@code strategy} with {@code options}. */
  static GraphStrategy create(Strategy strategy, MatchOptions options) {
    return ENTRIES.get(strategy).factory().apply(options);
  }

  /** Whether {@code strategy} has a raw kernel for {@code kind}. */
  static boolean hasKernel(Strategy strategy, InstanceKind kind) {
    return kernel(strategy, kind) != null;
  }

  /** The raw kernel of {@code strategy} for {@code kind}, or null. */
  static Object kernel(Strategy strategy, InstanceKind kind) {
    Entry entry = ENTRIES.get(strategy);
    return switch (kind) {
      case ASSIGNMENT -> entry.assignment();
      case GENERAL -> entry.general();
      case MARRIAGE -> entry.marriage();
      case ROOMMATES -> entry.roommates();
    };
  }
}
