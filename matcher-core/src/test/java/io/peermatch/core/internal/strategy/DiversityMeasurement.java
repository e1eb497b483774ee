package io.peermatch.core.internal.strategy;

import io.peermatch.api.Constraints;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.DiversityOptions;
import io.peermatch.core.Evaluation;
import io.peermatch.core.EvaluationOptions;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.Metrics;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.Strategy;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;

/**
 * Measures the "done when" on a synthetic organisation: {@code java ...
 * DiversityMeasurement 20000 1 [lambda] [spread] [floor]}. Not a test.
 */
public final class DiversityMeasurement {

  private DiversityMeasurement() {}

  public static void main(String[] args) {
    int people = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    DiversityOptions options = DiversityOptions.DEFAULTS;
    if (args.length > 2) {
      options = options.withLambda(Double.parseDouble(args[2]));
    }
    if (args.length > 3) {
      options = options.withSpread(Double.parseDouble(args[3]));
    }
    if (args.length > 4) {
      options = options.withFloor(Double.parseDouble(args[4]));
    }
    long t0 = System.nanoTime();
    Organisation org = SyntheticOrganisation.generate(people, seed);
    boolean pool = System.getProperty("pool") != null;
    MatchingProblem problem =
        (pool
                ? MatchingProblem.pool(org.people())
                : MatchingProblem.twoSided(org.mentors(), org.mentees()))
            .constraint(Constraints.differentValue("team"))
            .build();
    PreparedProblem prepared = PeerMatch.prepare(problem);
    long t1 = System.nanoTime();
    Matching reference = prepared.match(Strategy.MAX_WEIGHT);
    long t2 = System.nanoTime();
    Matching diverse =
        prepared.match(Strategy.DIVERSITY_SEEKING, MatchOptions.DEFAULTS.withDiversity(options));
    long t3 = System.nanoTime();
    EvaluationOptions eo = EvaluationOptions.DEFAULTS.withReference(reference);
    Metrics mw = Evaluation.evaluate(prepared, reference, eo);
    Metrics dv = Evaluation.evaluate(prepared, diverse, eo);
    System.out.printf(
        "people %d edges %d prepare %.1f s max-weight %.1f s diversity %.1f s%n",
        people,
        prepared.candidateGraph().edgeCount(),
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9);
    for (String k :
        new String[] {
          "size",
          "relevance_total",
          "price_of_diversity",
          "cross_department_rate",
          "department_pair_entropy",
          "cross_location_rate",
          "cross_seniority_rate",
          "ei_index_department"
        }) {
      System.out.printf("%-26s max-weight %12.4f  diversity %12.4f%n", k, mw.get(k), dv.get(k));
    }
    System.out.println(diverse.diagnostics());
  }
}
