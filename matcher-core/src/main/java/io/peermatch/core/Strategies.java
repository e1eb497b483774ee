package io.peermatch.core;

import io.peermatch.api.MatchingStrategy;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.strategy.AuctionStrategy;
import io.peermatch.core.internal.strategy.BalancedStableStrategy;
import io.peermatch.core.internal.strategy.DiversitySeekingStrategy;
import io.peermatch.core.internal.strategy.EgalitarianStableStrategy;
import io.peermatch.core.internal.strategy.GaleShapleyStrategy;
import io.peermatch.core.internal.strategy.GreedyStrategy;
import io.peermatch.core.internal.strategy.MaxWeightStrategy;
import io.peermatch.core.internal.strategy.MinimumRegretStableStrategy;
import io.peermatch.core.internal.strategy.StableRoommatesStrategy;
import io.peermatch.core.internal.strategy.SuitorStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry of strategies by stable name: the one place a name such as {@code "greedy"} turns
 * into an algorithm. Names never change meaning once published.
 *
 * <pre>{@code
 * Matching matching = Strategies.get("greedy").match(problem);
 * }</pre>
 */
public final class Strategies {

  private static final Map<String, Function<CandidateOptions, MatchingStrategy>> FACTORIES =
      new LinkedHashMap<>();

  static {
    FACTORIES.put(GreedyStrategy.NAME, GreedyStrategy::new);
    FACTORIES.put(MaxWeightStrategy.NAME, MaxWeightStrategy::new);
    FACTORIES.put(SuitorStrategy.NAME, SuitorStrategy::new);
    FACTORIES.put(AuctionStrategy.NAME, AuctionStrategy::new);
    FACTORIES.put(GaleShapleyStrategy.NAME, GaleShapleyStrategy::new);
    FACTORIES.put(EgalitarianStableStrategy.NAME, EgalitarianStableStrategy::new);
    FACTORIES.put(MinimumRegretStableStrategy.NAME, MinimumRegretStableStrategy::new);
    FACTORIES.put(BalancedStableStrategy.NAME, BalancedStableStrategy::new);
    FACTORIES.put(StableRoommatesStrategy.NAME, StableRoommatesStrategy::new);
    FACTORIES.put(DiversitySeekingStrategy.NAME, DiversitySeekingStrategy::new);
  }

  private Strategies() {}

  /** The registered names, in registration order. */
  public static List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(FACTORIES.keySet()));
  }

  /** Whether {@code name} is registered. */
  public static boolean exists(String name) {
    return FACTORIES.containsKey(name);
  }

  /**
   * The strategy named {@code name}, with the default candidate options.
   *
   * @throws IllegalArgumentException naming the strategies that exist, if {@code name} is unknown
   */
  public static MatchingStrategy get(String name) {
    return get(name, CandidateOptions.DEFAULTS);
  }

  /** The strategy named {@code name}, building candidate graphs with {@code options}. */
  public static MatchingStrategy get(String name, CandidateOptions options) {
    Function<CandidateOptions, MatchingStrategy> factory = FACTORIES.get(name);
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown strategy '" + name + "'; strategies are: " + String.join(", ", names()));
    }
    return factory.apply(options);
  }
}
