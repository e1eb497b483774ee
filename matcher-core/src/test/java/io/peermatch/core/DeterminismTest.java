package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Constraints;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStrategy;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The README's guarantees of determinism and thread safety: the same problem gives the same pairs
 * whatever the number of threads, and one strategy object shared by eight threads gives each of
 * them the same pairs as a single call.
 */
class DeterminismTest {

  private static final Organisation ORG = SyntheticOrganisation.generate(400, 7);

  private static MatchingProblem problem(boolean pool) {
    MatchingProblem.Builder b =
        pool
            ? MatchingProblem.pool(ORG.people())
            : MatchingProblem.twoSided(ORG.mentors(), ORG.mentees());
    return b.constraint(Constraints.differentValue("team")).seed(3).build();
  }

  private static List<String> pairs(Matching m) {
    List<String> out = new ArrayList<>();
    m.pairs().forEach(p -> out.add(p.first() + "|" + p.second() + "|" + p.weight()));
    return out;
  }

  private static boolean supports(Strategy s, MatchingProblem p) {
    try {
      PeerMatch.strategy(s, MatchOptions.DEFAULTS.withThreads(1)).match(p);
      return true;
    } catch (IllegalArgumentException unsupported) {
      return false;
    }
  }

  @Test
  void everyStrategy_sameResultWhateverTheThreadCount() {
    for (boolean pool : new boolean[] {false, true}) {
      MatchingProblem p = problem(pool);
      for (Strategy s : Strategy.values()) {
        if (!supports(s, p)) {
          continue;
        }
        Matching one = PeerMatch.match(p, s, MatchOptions.DEFAULTS.withThreads(1));
        Matching four = PeerMatch.match(p, s, MatchOptions.DEFAULTS.withThreads(4));
        assertThat(pairs(four)).as("%s, pool %s", s, pool).isEqualTo(pairs(one));
        assertThat(four.objective()).isEqualTo(one.objective());
      }
    }
  }

  @Test
  void oneStrategyObject_sharedByEightThreads_givesEveryoneTheSameResult() throws Exception {
    MatchingProblem p = problem(false);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Strategy s : Strategy.values()) {
        if (!supports(s, p)) {
          continue;
        }
        MatchingStrategy shared = PeerMatch.strategy(s, MatchOptions.DEFAULTS.withThreads(1));
        List<String> expected = pairs(shared.match(p));
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          runs.add(pool.submit(() -> pairs(shared.match(p))));
        }
        for (Future<List<String>> run : runs) {
          assertThat(run.get()).as(s.label()).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
