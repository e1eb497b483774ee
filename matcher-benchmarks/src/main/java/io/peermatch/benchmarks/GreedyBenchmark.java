package io.peermatch.benchmarks;

import io.peermatch.core.PeerMatch;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.general.GreedyMatching;
import io.peermatch.jgrapht.JGraphTAdapter;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.GreedyWeightedMatching;
import org.jgrapht.alg.matching.PathGrowingWeightedMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Greedy matching on the candidate graph of a seeded synthetic organisation (one pool), ours beside
 * JGraphT's greedy and path-growing matchings on the very same graph.
 *
 * <pre>
 * java -jar matcher-benchmarks/target/benchmarks.jar GreedyBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class GreedyBenchmark {

  /** The implementations compared. */
  public enum Solver {
    /** {@link GreedyMatching}: radix sort and one scan, on primitive arrays. */
    PEERMATCH_GREEDY {
      @Override
      Object solve(GreedyBenchmark b) {
        return GreedyMatching.solve(b.graph);
      }
    },
    /** JGraphT's {@code GreedyWeightedMatching} (sorts edge objects). */
    JGRAPHT_GREEDY {
      @Override
      Object solve(GreedyBenchmark b) {
        return new GreedyWeightedMatching<>(b.jgraphtGraph, false).getMatching();
      }
    },
    /** JGraphT's {@code PathGrowingWeightedMatching} (a linear-time 1/2-approximation). */
    JGRAPHT_PATH_GROWING {
      @Override
      Object solve(GreedyBenchmark b) {
        return new PathGrowingWeightedMatching<>(b.jgraphtGraph).getMatching();
      }
    };

    abstract Object solve(GreedyBenchmark b);
  }

  @Param({"10000", "100000"})
  public int employees;

  @Param public Solver solver;

  CandidateGraph graph;
  Graph<Integer, DefaultWeightedEdge> jgraphtGraph;

  @Setup(Level.Trial)
  public void setUp() {
    graph = PeerMatch.prepare(Organisations.peers(employees)).candidateGraph();
    if (solver != Solver.PEERMATCH_GREEDY) {
      jgraphtGraph = JGraphTAdapter.toGraph(graph);
    }
  }

  @Benchmark
  public Object match() {
    return solver.solve(this);
  }
}
