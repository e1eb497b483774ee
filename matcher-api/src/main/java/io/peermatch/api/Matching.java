package io.peermatch.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a {@link MatchingStrategy}: the pairs (each with its score and explanation), who
 * stayed unmatched, the objective, the status and diagnostics. Immutable and thread-safe.
 *
 * @param status {@link MatchingStatus#OK} unless the strategy reports otherwise
 * @param pairs the pairs; a participant with capacity above 1 may appear in several
 * @param unmatched ids of participants with no partner at all, in problem order
 * @param objective the value the strategy optimised: the sum of pair weights
 * @param diagnostics timings and figures of the run
 * @param trios groups of three (a pair and a joiner) when the problem allows trios; a joiner is not
 *     listed as unmatched
 */
public record Matching(
    MatchingStatus status,
    List<MatchedPair> pairs,
    List<String> unmatched,
    double objective,
    Diagnostics diagnostics,
    List<Trio> trios) {

  /** Copies the lists. */
  public Matching {
    Objects.requireNonNull(status, "status");
    pairs = List.copyOf(pairs);
    unmatched = List.copyOf(unmatched);
    Objects.requireNonNull(diagnostics, "diagnostics");
    trios = List.copyOf(trios);
  }

  /** A matching without trios. */
  public Matching(
      MatchingStatus status,
      List<MatchedPair> pairs,
      List<String> unmatched,
      double objective,
      Diagnostics diagnostics) {
    this(status, pairs, unmatched, objective, diagnostics, List.of());
  }

  /** The number of pairs. */
  public int size() {
    return pairs.size();
  }

  /** The sum of pair scores (relevance without soft terms). */
  public double relevanceTotal() {
    double sum = 0.0;
    for (MatchedPair p : pairs) {
      sum += p.score();
    }
    return sum;
  }

  /** The partners of {@code id}, in pair order. */
  public List<String> partnersOf(String id) {
    return pairs.stream().filter(p -> p.ids().contains(id)).map(p -> p.partnerOf(id)).toList();
  }

  /** The pair of a one-to-one participant, if matched. */
  public Optional<MatchedPair> pairOf(String id) {
    for (MatchedPair p : pairs) {
      if (p.first().equals(id) || p.second().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** How many partners each matched participant has. */
  public Map<String, Integer> degrees() {
    Map<String, Integer> degrees = new HashMap<>();
    for (MatchedPair p : pairs) {
      degrees.merge(p.first(), 1, Integer::sum);
      degrees.merge(p.second(), 1, Integer::sum);
    }
    return degrees;
  }
}
