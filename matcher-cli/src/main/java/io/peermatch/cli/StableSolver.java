package io.peermatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peermatch.api.MatchingStatus;
import io.peermatch.core.Strategy;
import io.peermatch.core.kernel.MarriageResult;
import io.peermatch.core.kernel.stable.StabilityChecker;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableMarriageMatching;
import io.peermatch.core.kernel.stable.StableRoommatesInstance;
import io.peermatch.core.kernel.stable.StableRoommatesMatching;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code peermatch solve --problem marriage|roommates}: runs a strategy's stable matching kernel
 * (from the registry, through {@link Strategy}) on a ranked-list instance read by {@link
 * StableInstanceJson} and fills the JSON answer.
 *
 * <p>Fields: {@code status} ({@code ok}, or {@code no-stable-matching} for roommates without a
 * stable matching, with Irving's best effort as the pairs); {@code pairs} ([left, right] for
 * marriage; [smaller id, larger id] for roommates; sorted by first then second id); {@code
 * objective}, the egalitarian cost (for stable kinds the objective is the sum of both partners'
 * 1-based ranks over every pair); {@code solve_ms}; {@code strategy}; {@code iterations} (proposals
 * for gale-shapley, rotations for the lattice strategies, runs for roommates); and from {@link
 * StabilityChecker} on the instance: {@code blocking_pairs}, {@code egalitarian_cost}, {@code
 * rank_mean}, {@code rank_max} (ranks are positions in the lists after one-sided entries are
 * dropped). Marriage adds {@code left_cost}, {@code right_cost}; gale-shapley adds {@code
 * proposer}; balanced-stable adds {@code sex_equality_cost} and {@code exact}; roommates adds
 * {@code set_aside} (ids the best effort set aside).
 */
final class StableSolver {

  private StableSolver() {}

  static void marriage(Path input, Strategy strategy, boolean leftProposes, ObjectNode root) {
    StableInstanceJson.Instance json = StableInstanceJson.read(input, true);
    StableMarriageInstance in =
        withFile(
            input,
            () ->
                StableMarriageInstance.builder(json.leftPrefs(), json.rightPrefs())
                    .leftCapacities(json.leftCapacity())
                    .rightCapacities(json.rightCapacity())
                    .build());
    long start = System.nanoTime();
    MarriageResult result =
        withFile(input, () -> strategy.marriageKernel().solve(in, leftProposes));
    double millis = (System.nanoTime() - start) / 1e6;
    StableMarriageMatching m = result.matching();
    StabilityChecker.MarriageReport report = StabilityChecker.checkMarriage(in, m);
    List<String[]> pairs = new ArrayList<>();
    for (int[] p : m.pairs()) {
      pairs.add(new String[] {json.leftIds().get(p[0]), json.rightIds().get(p[1])});
    }
    put(
        root,
        MatchingStatus.OK,
        pairs,
        report.egalitarianCost(),
        millis,
        strategy.label(),
        result.iterations());
    root.put("blocking_pairs", report.blockingPairs());
    root.put("egalitarian_cost", report.egalitarianCost());
    root.put("rank_mean", report.rankMean());
    root.put("rank_max", report.rankMax());
    root.put("left_cost", report.leftCost());
    root.put("right_cost", report.rightCost());
    Map<String, Double> values = result.values();
    if (values.containsKey("left_proposes")) {
      root.put("proposer", leftProposes ? "left" : "right");
    }
    if (values.containsKey("sex_equality_cost")) {
      root.put("sex_equality_cost", values.get("sex_equality_cost").longValue());
      root.put("exact", values.get("exact") == 1.0);
    }
  }

  static void roommates(Path input, Strategy strategy, ObjectNode root) {
    StableInstanceJson.Instance json = StableInstanceJson.read(input, false);
    StableRoommatesInstance in =
        withFile(input, () -> StableRoommatesInstance.of(json.leftPrefs()));
    long start = System.nanoTime();
    StableRoommatesMatching m = strategy.roommatesKernel().solve(in);
    double millis = (System.nanoTime() - start) / 1e6;
    int[] mate = m.mates();
    StabilityChecker.RoommatesReport report = StabilityChecker.checkRoommates(in, mate);
    List<String> ids = json.leftIds();
    List<String[]> pairs = new ArrayList<>();
    for (int a = 0; a < mate.length; a++) {
      if (mate[a] > a) {
        String x = ids.get(a);
        String y = ids.get(mate[a]);
        pairs.add(x.compareTo(y) <= 0 ? new String[] {x, y} : new String[] {y, x});
      }
    }
    int[] aside = m.setAside();
    put(root, m.status(), pairs, report.cost(), millis, strategy.label(), aside.length + 1L);
    root.put("blocking_pairs", report.blockingPairs());
    root.put("egalitarian_cost", report.cost());
    root.put("rank_mean", report.rankMean());
    root.put("rank_max", report.rankMax());
    ArrayNode setAside = root.putArray("set_aside");
    for (int a : aside) {
      setAside.add(ids.get(a));
    }
  }

  private static void put(
      ObjectNode root,
      MatchingStatus status,
      List<String[]> pairs,
      long cost,
      double millis,
      String strategy,
      long iterations) {
    pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    root.put("status", status.label());
    ArrayNode array = root.putArray("pairs");
    for (String[] p : pairs) {
      array.addArray().add(p[0]).add(p[1]);
    }
    root.put("objective", (double) cost);
    root.put("solve_ms", Math.round(millis * 1000.0) / 1000.0);
    root.put("strategy", strategy);
    root.put("iterations", iterations);
  }

  /** Runs {@code step}, prefixing the file name to any bad-input message. */
  private static <T> T withFile(Path input, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(input + ": " + e.getMessage(), e);
    }
  }
}
