package io.peermatch.core.raw;

import io.peermatch.core.internal.strategy.AuctionStrategy;
import io.peermatch.core.internal.strategy.MaxWeightStrategy;
import io.peermatch.core.internal.strategy.SuitorStrategy;
import io.peermatch.core.kernel.GraphKernel;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.general.GreedyMatching;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw-instance kernels by problem kind and stable strategy name: what {@code peermatch solve}
 * runs on an {@code assignment} (bipartite) or {@code general} (one pool) edge list.
 */
public final class GraphKernels {

  /** Kinds of raw weighted instance. */
  public enum Kind {
    /** Bipartite: {@code left,right,weight}. */
    ASSIGNMENT,
    /** One pool: {@code u,v,weight}. */
    GENERAL
  }

  private static final Map<Kind, Map<String, GraphKernel>> KERNELS = new LinkedHashMap<>();

  static {
    for (Kind kind : Kind.values()) {
      KERNELS.put(kind, new LinkedHashMap<>());
    }
    GraphKernel greedy = g -> KernelResult.of(GreedyMatching.solve(g), g.edgeCount());
    KERNELS.get(Kind.ASSIGNMENT).put("greedy", greedy);
    KERNELS.get(Kind.ASSIGNMENT).put(MaxWeightStrategy.NAME, MaxWeightStrategy::solve);
    KERNELS.get(Kind.ASSIGNMENT).put(AuctionStrategy.NAME, AuctionStrategy::solve);
    KERNELS.get(Kind.GENERAL).put("greedy", greedy);
    KERNELS.get(Kind.GENERAL).put(MaxWeightStrategy.NAME, MaxWeightStrategy::solve);
    KERNELS.get(Kind.GENERAL).put(SuitorStrategy.NAME, SuitorStrategy::solve);
  }

  private GraphKernels() {}

  /** The strategy names available for {@code kind}. */
  public static List<String> names(Kind kind) {
    return new ArrayList<>(KERNELS.get(kind).keySet());
  }

  /**
   * The kernel named {@code name} for {@code kind}.
   *
   * @throws IllegalArgumentException naming the strategies that exist for the kind
   */
  public static GraphKernel get(Kind kind, String name) {
    GraphKernel kernel = KERNELS.get(kind).get(name);
    if (kernel == null) {
      throw new IllegalArgumentException(
          "strategy '"
              + name
              + "' is not available for "
              + kind.name().toLowerCase()
              + " problems; strategies are: "
              + String.join(", ", names(kind)));
    }
    return kernel;
  }
}
