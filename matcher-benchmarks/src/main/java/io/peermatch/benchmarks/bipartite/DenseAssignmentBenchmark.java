package io.peermatch.benchmarks.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.bipartite.ExactBipartiteMatching;
import io.peermatch.core.kernel.bipartite.JonkerVolgenantAssignment;
import io.peermatch.jgrapht.JGraphTAdapter;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Dense maximum-weight assignment on an {@code n x n} matrix of uniform random integers: in {@code
 * [0, 10^6)} ({@code weights=MILLION}) or in {@code [1, 1000 n)} ({@code weights=THOUSAND_N}, the
 * family scipy's {@code linear_sum_assignment} is compared on). Our Jonker–Volgenant on the matrix,
 * the exact kernel as {@code peermatch solve} runs it (a complete {@code CandidateGraph}, the
 * kernel chosen by shape, the certificate), and JGraphT's Kuhn–Munkres (which needs about 20 s at
 * {@code n = 1000} and grows as {@code n^3}, so run it at 500 and 1000 only).
 *
 * <pre>
 * mvn -B -q -o -pl matcher-benchmarks -am package -DskipTests
 * java -Xmx4g -jar matcher-benchmarks/target/benchmarks.jar DenseAssignmentBenchmark \
 *     -p solver=JONKER_VOLGENANT,EXACT_GRAPH -f 1 -wi 1 -i 3
 * java -Xmx4g -jar matcher-benchmarks/target/benchmarks.jar DenseAssignmentBenchmark \
 *     -p solver=JGRAPHT_KUHN_MUNKRES -p n=1000 -f 1 -wi 0 -i 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DenseAssignmentBenchmark {

  /** The solvers compared. */
  public enum Solver {
    JONKER_VOLGENANT {
      @Override
      Instance create(double[] w, int n) {
        return () -> JonkerVolgenantAssignment.maximizeWeight(w, n, n).objective();
      }
    },
    /** What {@code solve --problem assignment --strategy max-weight} runs on a complete graph. */
    EXACT_GRAPH {
      @Override
      Instance create(double[] w, int n) {
        CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(n, n);
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            b.addEdge(i, n + j, w[i * n + j]);
          }
        }
        CandidateGraph g = b.build();
        return () -> ExactBipartiteMatching.solve(g).weight();
      }
    },
    JGRAPHT_KUHN_MUNKRES {
      @Override
      Instance create(double[] w, int n) {
        // Kuhn-Munkres minimises over a perfect matching: negate the weights.
        CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(n, n);
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            b.addEdge(i, n + j, -w[i * n + j]);
          }
        }
        CandidateGraph g = b.build();
        Graph<Integer, DefaultWeightedEdge> graph = JGraphTAdapter.toGraph(g);
        return () ->
            -new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(
                    graph, JGraphTAdapter.leftSide(g), JGraphTAdapter.rightSide(g))
                .getMatching()
                .getWeight();
      }
    };

    abstract Instance create(double[] weights, int n);
  }

  /** One prepared instance: solving returns the objective. */
  interface Instance {
    double solve();
  }

  /** The weight families. */
  public enum Weights {
    /** Uniform integers in {@code [0, 10^6)}. */
    MILLION,
    /** Uniform integers in {@code [1, 1000 n)}, as in the comparison with scipy. */
    THOUSAND_N
  }

  @Param({"500", "1000", "2000", "4000"})
  public int n;

  @Param({"MILLION", "THOUSAND_N"})
  public Weights weights;

  @Param public Solver solver;

  private Instance instance;

  @Setup(org.openjdk.jmh.annotations.Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261129L + n);
    double[] w = new double[n * n];
    for (int k = 0; k < w.length; k++) {
      w[k] =
          weights == Weights.MILLION
              ? random.nextInt(1_000_000)
              : 1 + random.nextLong(1000L * n - 1);
    }
    instance = solver.create(w, n);
  }

  @Benchmark
  public void solve(Blackhole blackhole) {
    blackhole.consume(instance.solve());
  }
}
