package io.peermatch.benchmarks.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.bipartite.AuctionBipartiteMatching;
import io.peermatch.core.kernel.bipartite.SuccessiveShortestPathBipartiteMatching;
import io.peermatch.jgrapht.JGraphTAdapter;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sparse maximum-weight bipartite matching: {@code perSide} vertices on each side, each left vertex
 * with {@code degree} uniformly random candidates on the right (duplicates merged), capacities 1,
 * weights in one of two families: uniform random integers in {@code [1, 10^6]} ({@code
 * family=UNIFORM}), or {@code 10^9 + } a uniform integer in {@code [0, 1000)} with the diagonal
 * pair {@code (i, i)} added to every left vertex ({@code family=OFFSET_DIAGONAL}: every maximum-
 * weight matching is perfect, the family scipy's {@code min_weight_full_bipartite_matching} is
 * compared on). Ours (exact, and the auction at epsilon 1, which is approximate with a proven gap)
 * against JGraphT's MaximumWeightBipartiteMatching (only at 10,000 per side).
 *
 * <pre>
 * mvn -B -q -o -pl matcher-benchmarks -am package -DskipTests
 * java -Xmx4g -jar matcher-benchmarks/target/benchmarks.jar SparseMatchingBenchmark \
 *     -p perSide=10000,100000 -p degree=32 -p solver=SUCCESSIVE_SHORTEST_PATH,AUCTION -f 1 -wi 1 -i 3
 * java -Xmx4g -jar matcher-benchmarks/target/benchmarks.jar SparseMatchingBenchmark \
 *     -p perSide=10000 -p degree=32 -p solver=JGRAPHT -f 1 -wi 0 -i 1
 * java -Xmx4g -jar matcher-benchmarks/target/benchmarks.jar SparseMatchingBenchmark \
 *     -p perSide=1000000 -p degree=16 -p solver=SUCCESSIVE_SHORTEST_PATH,AUCTION -f 1 -wi 0 -i 1
 * java -Xmx4g -jar matcher-benchmarks/target/benchmarks.jar SparseMatchingBenchmark \
 *     -p perSide=100000 -p degree=32 -p family=OFFSET_DIAGONAL -p solver=SUCCESSIVE_SHORTEST_PATH
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SparseMatchingBenchmark {

  /** The solvers compared. */
  public enum Solver {
    SUCCESSIVE_SHORTEST_PATH {
      @Override
      Instance create(CandidateGraph g) {
        return () -> SuccessiveShortestPathBipartiteMatching.solve(g).weight();
      }
    },
    AUCTION {
      @Override
      Instance create(CandidateGraph g) {
        return () -> AuctionBipartiteMatching.solve(g, 1.0).weight();
      }
    },
    JGRAPHT {
      @Override
      Instance create(CandidateGraph g) {
        Graph<Integer, DefaultWeightedEdge> graph = JGraphTAdapter.toGraph(g);
        return () ->
            new MaximumWeightBipartiteMatching<>(
                    graph, JGraphTAdapter.leftSide(g), JGraphTAdapter.rightSide(g))
                .getMatching()
                .getWeight();
      }
    };

    abstract Instance create(CandidateGraph g);
  }

  /** One prepared instance: solving returns the matching's weight. */
  interface Instance {
    double solve();
  }

  // The two targets are 100,000 per side with 32 candidates and 1,000,000 with 16; the
  // other combinations come with the cross product and cost little.
  @Param({"10000", "100000", "1000000"})
  public int perSide;

  @Param({"16", "32"})
  public int degree;

  @Param({"SUCCESSIVE_SHORTEST_PATH", "AUCTION"})
  public Solver solver;

  /** The weight families of the class comment. */
  public enum Family {
    UNIFORM,
    OFFSET_DIAGONAL
  }

  @Param({"UNIFORM", "OFFSET_DIAGONAL"})
  public Family family;

  private Instance instance;

  @Setup(Level.Trial)
  public void setUp() {
    instance =
        solver.create(
            family == Family.UNIFORM
                ? graph(perSide, degree, 20261129L)
                : offsetDiagonal(perSide, degree, 20261129L));
  }

  /** The {@code OFFSET_DIAGONAL} family of the class comment. */
  static CandidateGraph offsetDiagonal(int perSide, int degree, long seed) {
    SplittableRandom random = new SplittableRandom(seed + perSide);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(perSide, perSide);
    for (int u = 0; u < perSide; u++) {
      for (int k = 0; k <= degree; k++) {
        int v = k == degree ? u : random.nextInt(perSide);
        b.addEdge(u, perSide + v, 1_000_000_000L + random.nextInt(1000));
      }
    }
    return b.build();
  }

  /** The seeded instance described in the class comment. */
  static CandidateGraph graph(int perSide, int degree, long seed) {
    SplittableRandom random = new SplittableRandom(seed + perSide);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(perSide, perSide);
    for (int u = 0; u < perSide; u++) {
      for (int k = 0; k < degree; k++) {
        b.addEdge(u, perSide + random.nextInt(perSide), 1 + random.nextInt(1_000_000));
      }
    }
    return b.build();
  }

  @Benchmark
  public void solve(Blackhole blackhole) {
    blackhole.consume(instance.solve());
  }
}
