package io.peermatch.benchmarks;

import io.peermatch.api.Constraints;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.Evaluation;
import io.peermatch.core.EvaluationOptions;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.Strategy;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/** Seeded synthetic organisations turned into the problems the benchmarks run on. */
public final class Organisations {

  /** The seed of every benchmark organisation. */
  public static final long SEED = 1;

  private Organisations() {}

  /** Mentors with mentees (by role), complementarity, never the same team. */
  public static MatchingProblem mentoring(int employees) {
    Organisation org = SyntheticOrganisation.generate(employees, SEED);
    return mentoring(org.people());
  }

  /** Mentors with mentees (by role) among {@code people}. */
  public static MatchingProblem mentoring(List<Participant> people) {
    List<Participant> mentors = new ArrayList<>();
    List<Participant> mentees = new ArrayList<>();
    for (Participant p : people) {
      if ("mentor".equals(p.attributes().get("role"))) {
        mentors.add(p);
      } else {
        mentees.add(p);
      }
    }
    return MatchingProblem.twoSided(mentors, mentees)
        .constraint(Constraints.differentValue("team"))
        .seed(SEED)
        .build();
  }

  /**
   * Everyone in one pool with capacity 1 (one peer each), mutual exchange, never the same team: the
   * shape every one-pool strategy accepts.
   */
  public static MatchingProblem peersOfCapacityOne(int employees) {
    Organisation org = SyntheticOrganisation.generate(employees, SEED);
    List<Participant> people = new ArrayList<>(org.people().size());
    for (Participant p : org.people()) {
      people.add(new Participant(p.id(), p.attributes(), p.offers(), p.seeks(), 1));
    }
    return MatchingProblem.pool(people)
        .constraint(Constraints.differentValue("team"))
        .seed(SEED)
        .build();
  }

  /**
   * One whole run as an application makes it: compile and build the candidate graph, match with
   * {@code strategy}, evaluate every metric; the results go to the blackhole.
   */
  public static void endToEnd(MatchingProblem problem, Strategy strategy, Blackhole bh) {
    PreparedProblem prepared = PeerMatch.prepare(problem);
    Matching matching = prepared.match(strategy);
    bh.consume(matching);
    bh.consume(Evaluation.evaluate(prepared, matching, EvaluationOptions.DEFAULTS));
  }

  /** Everyone in one pool, mutual exchange, never the same team. */
  public static MatchingProblem peers(int employees) {
    Organisation org = SyntheticOrganisation.generate(employees, SEED);
    return MatchingProblem.pool(org.people())
        .constraint(Constraints.differentValue("team"))
        .seed(SEED)
        .build();
  }
}
