package io.peermatch.benchmarks.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.general.BlossomMaximumWeightMatching;
import io.peermatch.core.kernel.general.GeneralGraphGenerators;
import io.peermatch.core.kernel.general.SuitorMatching;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.GreedyWeightedMatching;
import org.jgrapht.alg.matching.PathGrowingWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Maximum-weight matching in one pool: our kernels beside JGraphT's on seeded random sparse graphs
 * of two families: about ten candidate partners per person with weights uniform in [0, 1) ({@code
 * family=RANDOM_10}), or each person drawing ten random partners, about twenty edges per person,
 * with integer weights uniform in [1, 10^6] ({@code family=DRAW_10}, the family LEMON's {@code
 * MaxWeightedMatching} is compared on). Each invocation solves the whole instance once (single-shot
 * time); the matching weight goes to the result so that nothing is optimised away.
 *
 * <p>Run: {@code mvn -B -q -o -pl matcher-benchmarks -am package -DskipTests && java -Xmx6g -jar
 * matcher-benchmarks/target/benchmarks.jar GeneralMatchingBenchmark -f 1 -wi 1 -i 3}. JGraphT's
 * Kolmogorov at 100,000 takes minutes per invocation; restrict with {@code -p size=10000}. For a
 * million people, see {@link GeneralMatchingLargeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeneralMatchingBenchmark {

  /** The algorithms compared. */
  public enum Algorithm {
    BLOSSOM {
      @Override
      double solve(GeneralMatchingBenchmark s) {
        return BlossomMaximumWeightMatching.solve(s.graph).weight();
      }
    },
    BLOSSOM_GAP_1PCT {
      @Override
      double solve(GeneralMatchingBenchmark s) {
        return BlossomMaximumWeightMatching.solve(s.graph, 0.01).weight();
      }
    },
    SUITOR {
      @Override
      double solve(GeneralMatchingBenchmark s) {
        return SuitorMatching.solve(s.graph).weight();
      }
    },
    SUITOR_IMPROVED {
      @Override
      double solve(GeneralMatchingBenchmark s) {
        return SuitorMatching.solveImproved(s.graph).weight();
      }
    },
    /** The improved suitor with its certified bound, as the {@code suitor} strategy runs it. */
    SUITOR_IMPROVED_WITH_BOUND {
      @Override
      double solve(GeneralMatchingBenchmark s) {
        return SuitorMatching.solveImprovedWithBound(s.graph).weight();
      }
    },
    JGRAPHT_KOLMOGOROV {
      @Override
      double solve(GeneralMatchingBenchmark s) {
        return new KolmogorovWeightedMatching<>(s.jgrapht, ObjectiveSense.MAXIMIZE)
            .getMatching()
            .getWeight();
      }
    },
    JGRAPHT_GREEDY {
      @Override
      double solve(GeneralMatchingBenchmark s) {
        return new GreedyWeightedMatching<>(s.jgrapht, false).getMatching().getWeight();
      }
    },
    JGRAPHT_PATH_GROWING {
      @Override
      double solve(GeneralMatchingBenchmark s) {
        return new PathGrowingWeightedMatching<>(s.jgrapht).getMatching().getWeight();
      }
    };

    abstract double solve(GeneralMatchingBenchmark state);

    boolean needsJGraphT() {
      return name().startsWith("JGRAPHT");
    }
  }

  @Param({"10000", "100000"})
  public int size;

  @Param public Algorithm algorithm;

  /** The graph families of the class comment. */
  public enum Family {
    RANDOM_10,
    DRAW_10
  }

  @Param({"RANDOM_10", "DRAW_10"})
  public Family family;

  CandidateGraph graph;
  Graph<Integer, DefaultWeightedEdge> jgrapht;

  @Setup
  public void setUp() {
    graph =
        family == Family.RANDOM_10
            ? GeneralGraphGenerators.randomSparse(size, 10, 42)
            : drawPartners(size, 10, 42);
    if (algorithm.needsJGraphT()) {
      jgrapht = toJGraphT(graph);
    }
  }

  @Benchmark
  public double solve() {
    return algorithm.solve(this);
  }

  /**
   * Prints, once per trial, how close the kernel came to the blossom optimum on this instance (and
   * for the approximations, the ratio their own bound certifies), so that quality sits beside time
   * in the benchmark output.
   */
  @TearDown
  public void reportQuality() {
    if (algorithm == Algorithm.BLOSSOM || algorithm.needsJGraphT()) {
      return;
    }
    System.out.println(GeneralMatchingLargeBenchmark.qualityLine(algorithm.name(), size, graph));
  }

  /** Each vertex draws {@code draws} random partners; weights uniform integers in [1, 10^6]. */
  static CandidateGraph drawPartners(int n, int draws, long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed + n);
    io.peermatch.core.graph.CandidateGraphBuilder b =
        io.peermatch.core.graph.CandidateGraphBuilder.general(n);
    for (int u = 0; u < n; u++) {
      for (int k = 0; k < draws; k++) {
        int v = random.nextInt(n);
        if (v != u) {
          b.addEdge(Math.min(u, v), Math.max(u, v), 1 + random.nextInt(1_000_000));
        }
      }
    }
    return b.build();
  }

  static Graph<Integer, DefaultWeightedEdge> toJGraphT(CandidateGraph g) {
    Graph<Integer, DefaultWeightedEdge> j =
        new SimpleWeightedGraph<>(
            SupplierUtil.createIntegerSupplier(g.vertexCount()),
            SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
    for (int v = 0; v < g.vertexCount(); v++) {
      j.addVertex(v);
    }
    for (int e = 0; e < g.edgeCount(); e++) {
      j.setEdgeWeight(j.addEdge(g.u(e), g.v(e)), g.weight(e));
    }
    return j;
  }
}
