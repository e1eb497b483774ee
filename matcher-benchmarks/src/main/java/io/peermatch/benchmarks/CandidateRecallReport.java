package io.peermatch.benchmarks;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.CandidateSelection;
import io.peermatch.core.Evaluation;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quality of the candidate graphs on seeded synthetic organisations, for the README: for each
 * selection (balanced, the default, and nearest partners), the graph's size and time, recall@K
 * against an exact reference for a sample of people (every possible partner scored), and what
 * {@code max-weight} makes of it (pairs, capacity fill, relevance). With {@code --reference K}, the
 * same for graphs of K candidates per person, whose best {@code max-weight} relevance is the
 * reference the default graph's is compared with.
 *
 * <pre>
 * java -Xmx8g -cp matcher-benchmarks/target/benchmarks.jar io.peermatch.benchmarks.CandidateRecallReport \
 *     100000 --reference 128
 * java -Xmx8g -cp matcher-benchmarks/target/benchmarks.jar io.peermatch.benchmarks.CandidateRecallReport \
 *     1000000 --shape mentoring
 * </pre>
 */
public final class CandidateRecallReport {

  private CandidateRecallReport() {}

  /** Arguments: people counts, {@code --sample N}, {@code --reference K}, {@code --shape S}. */
  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    int sample = 1000;
    int reference = 0;
    List<String> shapes = List.of("mentoring", "pool");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sample" -> sample = Integer.parseInt(args[++i]);
        case "--reference" -> reference = Integer.parseInt(args[++i]);
        case "--shape" -> shapes = List.of(args[++i]);
        default -> sizes.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
      }
    }
    if (sizes.isEmpty()) {
      sizes.add(20_000);
    }
    System.out.println(
        "| shape | people | candidates | edges | time | recall@16 graph | recall@16 search"
            + " | max-weight pairs | capacity fill | relevance_total | of reference |");
    System.out.println("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (int people : sizes) {
      for (String shape : shapes) {
        MatchingProblem problem = ScaleChild.problem(shape, people);
        List<Row> rows = new ArrayList<>();
        for (CandidateSelection selection : CandidateSelection.values()) {
          rows.add(row(problem, MatchOptions.DEFAULTS, selection, sample));
        }
        double best = 0;
        if (reference > 0) {
          for (CandidateSelection selection : CandidateSelection.values()) {
            Row r = row(problem, MatchOptions.DEFAULTS.withCandidates(reference), selection, 0);
            rows.add(r);
            best = Math.max(best, r.relevance);
          }
        }
        for (Row r : rows) {
          System.out.printf(
              Locale.ROOT,
              "| %s | %,d | %s | %,d | %.1f s | %s | %s | %,d | %.2f %% | %.1f | %s |%n",
              shape,
              people,
              r.label,
              r.edges,
              r.seconds,
              r.graphRecall < 0 ? "—" : String.format(Locale.ROOT, "%.4f", r.graphRecall),
              r.searchRecall < 0 ? "—" : String.format(Locale.ROOT, "%.4f", r.searchRecall),
              r.pairs,
              100 * r.fill,
              r.relevance,
              best > 0 ? String.format(Locale.ROOT, "%.2f %%", 100 * r.relevance / best) : "—");
        }
      }
    }
  }

  private record Row(
      String label,
      long edges,
      double seconds,
      double graphRecall,
      double searchRecall,
      long pairs,
      double fill,
      double relevance) {}

  private static Row row(
      MatchingProblem problem, MatchOptions base, CandidateSelection selection, int sample) {
    MatchOptions options = base.withCandidateSelection(selection);
    long start = System.nanoTime();
    PreparedProblem prepared = PeerMatch.prepare(problem, options);
    double seconds = (System.nanoTime() - start) / 1e9;
    double graphRecall = -1;
    double searchRecall = -1;
    if (sample > 0) {
      Evaluation.CandidateRecall recall =
          Evaluation.candidateRecall(prepared, sample, Organisations.SEED);
      graphRecall = recall.graph();
      searchRecall = recall.search();
    }
    Matching matching = prepared.match(Strategy.MAX_WEIGHT);
    long attainable = Evaluation.attainablePairs(problem);
    return new Row(
        "K=" + options.candidates() + " " + selection.name().toLowerCase(Locale.ROOT),
        prepared.candidateGraph().edgeCount(),
        seconds,
        graphRecall,
        searchRecall,
        matching.size(),
        attainable == 0 ? 1.0 : (double) matching.size() / attainable,
        matching.relevanceTotal());
  }
}
