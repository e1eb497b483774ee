package io.peermatch.core.internal.groups;

import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.strategy.DiversitySeekingStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The boundary distance d(u, v) in [0, 1] of {@code diversity-seeking} for any pair of people:
 * {@code Σ_a ω_a·δ_a / Σ_a ω_a}, δ_a = 1 when a categorical attribute differs, the normalised
 * difference of levels or years for {@code seniority} and {@code tenure} (1 when either is
 * unknown). An attribute absent from the problem separates no one.
 */
final class BoundaryDistance {

  /** Every person's attribute codes side by side (one cache line per person, not one per array). */
  private final int[] packed;

  private final int attributes;
  private final double[][] positions;
  private final double[] weight;

  BoundaryDistance(CompiledProblem compiled, Map<String, Double> distanceWeights) {
    double total = 0.0;
    for (double w : distanceWeights.values()) {
      total += w;
    }
    List<int[]> c = new ArrayList<>();
    List<double[]> p = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (Map.Entry<String, Double> e : distanceWeights.entrySet()) {
      if (e.getValue() == 0.0 || !compiled.hasAttribute(e.getKey())) {
        continue;
      }
      c.add(compiled.attributeCodes(e.getKey()));
      p.add(DiversitySeekingStrategy.positions(e.getKey(), compiled.attributeValues(e.getKey())));
      w.add(e.getValue() / total);
    }
    attributes = c.size();
    int n = compiled.size();
    packed = new int[n * attributes];
    for (int k = 0; k < attributes; k++) {
      int[] codes = c.get(k);
      for (int u = 0; u < n; u++) {
        packed[u * attributes + k] = codes[u];
      }
    }
    positions = p.toArray(new double[0][]);
    weight = w.stream().mapToDouble(Double::doubleValue).toArray();
  }

  double of(int u, int v) {
    double d = 0.0;
    int pu = u * attributes;
    int pv = v * attributes;
    for (int k = 0; k < attributes; k++) {
      int a = packed[pu + k];
      int b = packed[pv + k];
      double[] position = positions[k];
      double delta;
      if (position == null) {
        delta = a != b ? 1.0 : 0.0;
      } else if (a < 0 || b < 0 || Double.isNaN(position[a]) || Double.isNaN(position[b])) {
        delta = 1.0;
      } else {
        delta = Math.abs(position[a] - position[b]);
      }
      d += weight[k] * delta;
    }
    return d;
  }
}
