package io.peermatch.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.MatchingCancelledException;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.bipartite.AuctionBipartiteMatching;
import io.peermatch.core.kernel.bipartite.SuccessiveShortestPathBipartiteMatching;
import io.peermatch.core.kernel.general.BlossomMaximumWeightMatching;
import io.peermatch.core.kernel.general.GeneralGraphGenerators;
import io.peermatch.core.kernel.general.GeneralMatchingChecker;
import io.peermatch.core.kernel.general.GeneralMatchingResult;
import io.peermatch.core.kernel.general.SuitorMatching;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The raw kernels under a deadline that has passed: the ones with a feasible result at every step
 * return it, marked, with bounds that still hold against the exact optimum; the others throw.
 */
class KernelDeadlineTest {

  private static final SolveControl PASSED =
      SolveControl.none().withDeadlineNanos(System.nanoTime() - 1);

  private static CandidateGraph bipartite(int perSide, int degree, long seed) {
    Random rnd = new Random(seed);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(perSide, perSide);
    for (int u = 0; u < perSide; u++) {
      for (int k = 0; k < degree; k++) {
        b.addEdge(u, perSide + rnd.nextInt(perSide), 1 + rnd.nextInt(1000));
      }
    }
    return b.build();
  }

  @Test
  void auction_returnsTheAssignmentSoFarWithAProvenBound() {
    CandidateGraph g = bipartite(20_000, 8, 1);
    double optimum = SuccessiveShortestPathBipartiteMatching.solve(g).weight();
    AuctionBipartiteMatching.Result r = AuctionBipartiteMatching.solve(g, 1.0, PASSED);
    assertThat(r.deadlineReached()).isTrue();
    assertThat(r.weight()).isLessThanOrEqualTo(optimum);
    assertThat(r.upperBound()).isGreaterThanOrEqualTo(optimum);
    AuctionBipartiteMatching.Result full = AuctionBipartiteMatching.solve(g, 1.0);
    assertThat(full.deadlineReached()).isFalse();
  }

  @Test
  void blossom_returnsTheMatchingSoFarWithAFeasibleDual() {
    CandidateGraph g = GeneralGraphGenerators.randomSparse(20_000, 10, 2);
    double optimum = BlossomMaximumWeightMatching.solve(g).weight();
    // The deadline passes inside the event loop: the first progress report waits for it. Far
    // enough away that the set-up (which throws at a passed deadline) ends before it on a loaded
    // machine; the wait sleeps, so the margin costs no processor time.
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    SolveControl control =
        SolveControl.none()
            .withDeadlineNanos(deadline)
            .withProgress(
                (phase, f) -> {
                  for (long left; (left = deadline - System.nanoTime()) >= 0; ) {
                    LockSupport.parkNanos(left + 1);
                  }
                });
    GeneralMatchingResult r = BlossomMaximumWeightMatching.solve(g, 0.0, control);
    assertThat(r.deadlineReached()).isTrue();
    assertThat(GeneralMatchingChecker.feasibilityViolation(g, r.edges())).isNull();
    assertThat(GeneralMatchingChecker.dualFeasibilityViolation(g, r.certificate(), 1e-9)).isNull();
    assertThat(r.certificate().objective()).isGreaterThanOrEqualTo(optimum);
  }

  @Test
  void suitor_returnsTheMatchingSoFarWithAProvenBound() {
    CandidateGraph g = GeneralGraphGenerators.randomSparse(20_000, 10, 3);
    double optimum = BlossomMaximumWeightMatching.solve(g).weight();
    GeneralMatchingResult r = SuitorMatching.solveImprovedWithBound(g, PASSED);
    assertThat(r.deadlineReached()).isTrue();
    assertThat(GeneralMatchingChecker.feasibilityViolation(g, r.edges())).isNull();
    assertThat(r.upperBound()).isGreaterThanOrEqualTo(optimum);
    // A deadline far off changes nothing.
    GeneralMatchingResult full =
        SuitorMatching.solveImprovedWithBound(
            g, SolveControl.none().withTimeout(Duration.ofHours(1)));
    assertThat(full.deadlineReached()).isFalse();
    assertThat(full.edges()).isEqualTo(SuitorMatching.solveImprovedWithBound(g).edges());
  }

  @Test
  void blossom_deadlineBeforeAnythingIsMatched_throws() {
    CandidateGraph g = GeneralGraphGenerators.randomSparse(200_000, 10, 5);
    assertThatThrownBy(() -> BlossomMaximumWeightMatching.solve(g, 0.0, PASSED))
        .isInstanceOf(MatchingCancelledException.class);
  }

  @Test
  void exactBipartite_throwsTheDeadline() {
    CandidateGraph g = bipartite(5_000, 8, 4);
    assertThatThrownBy(() -> SuccessiveShortestPathBipartiteMatching.solve(g, PASSED))
        .isInstanceOfSatisfying(
            MatchingCancelledException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(MatchingCancelledException.Reason.DEADLINE);
              assertThat(e.getMessage()).startsWith("deadline passed during ");
            });
  }

  @Test
  void progress_slices_mapIntoTheOuterPhase() {
    StringBuilder seen = new StringBuilder();
    SolveControl outer =
        SolveControl.none()
            .withProgress((p, f) -> seen.append(p).append('=').append(f).append(' '));
    outer.within("strategy", 0.5, 1.0).progress("kernel", 0.5);
    outer.within("strategy", 0.5, 1.0).within("ignored", 0.0, 0.5).progress("inner", 1.0);
    assertThat(seen.toString()).isEqualTo("strategy=0.75 strategy=0.75 ");
    assertThatThrownBy(() -> SolveControl.none().withTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must not be negative but was PT-1S");
  }
}
