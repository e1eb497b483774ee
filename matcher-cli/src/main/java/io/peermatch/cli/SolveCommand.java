package io.peermatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peermatch.core.Strategy;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.GraphKernel;
import io.peermatch.core.kernel.InstanceKind;
import io.peermatch.core.kernel.KernelResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peermatch solve}: one raw instance in, one JSON object out ({@code status}, {@code pairs},
 * {@code objective}, {@code solve_ms}). Marriage and roommates instances go to {@link
 * StableSolver}, whose javadoc lists their fields; {@code --proposer} matters to gale-shapley only.
 */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description = "Solves a raw instance and prints one JSON object.")
final class SolveCommand implements Callable<Integer> {

  static final List<String> KINDS =
      List.of("assignment", "general", "marriage", "roommates", "grouping");

  @Spec CommandSpec spec;

  @Option(
      names = "--problem",
      required = true,
      paramLabel = "KIND",
      description = "assignment, general, marriage, roommates or grouping.")
  String problem;

  @Option(
      names = "--strategy",
      paramLabel = "NAME",
      description =
          "Strategy; required except for grouping, whose methods are "
              + GroupingSolver.METHODS_TEXT
              + " (default: auto, the strongest within its default budget).")
  String strategy;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The instance.")
  Path input;

  @Option(
      names = "--proposer",
      defaultValue = "left",
      paramLabel = "SIDE",
      description =
          "left or right: who proposes in a marriage problem (default: ${DEFAULT-VALUE}).")
  String proposer;

  @Option(
      names = "--size",
      paramLabel = "S|MIN-MAX",
      description = "grouping: the group size S or range MIN-MAX (default: 4).")
  String size;

  @Option(
      names = "--time-limit",
      paramLabel = "SECONDS",
      description = "grouping: a wall-clock limit for the search (default: none).")
  Double timeLimit;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "SEED",
      description = "grouping: the seed of the search (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (problem.equals("grouping")) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      GroupingSolver.solve(
          input,
          strategy == null ? "auto" : strategy,
          size == null ? "4" : size,
          timeLimit,
          seed,
          root);
      spec.commandLine().getOut().println(mapper.writeValueAsString(root));
      return 0;
    }
    if (size != null || timeLimit != null) {
      throw new IllegalArgumentException(
          (size != null ? "--size" : "--time-limit")
              + " applies to --problem grouping only, not to "
              + problem);
    }
    if (strategy == null) {
      throw new IllegalArgumentException("--strategy is required for --problem " + problem);
    }
    if (!proposer.equals("left") && !proposer.equals("right")) {
      throw new IllegalArgumentException(
          "--proposer must be left or right but was '" + proposer + "'");
    }
    InstanceKind kind =
        switch (problem) {
          case "assignment" -> InstanceKind.ASSIGNMENT;
          case "general" -> InstanceKind.GENERAL;
          case "marriage" -> InstanceKind.MARRIAGE;
          case "roommates" -> InstanceKind.ROOMMATES;
          default ->
              throw new IllegalArgumentException(
                  "unknown problem kind '" + problem + "'; kinds are: " + String.join(", ", KINDS));
        };
    Strategy chosen = Strategy.of(strategy, kind);
    switch (kind) {
      case ASSIGNMENT -> solveGraph(chosen.assignmentKernel(), true);
      case GENERAL -> solveGraph(chosen.generalKernel(), false);
      case MARRIAGE -> printStable(chosen, true);
      case ROOMMATES -> printStable(chosen, false);
    }
    return 0;
  }

  private void printStable(Strategy chosen, boolean marriage) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    if (marriage) {
      StableSolver.marriage(input, chosen, proposer.equals("left"), root);
    } else {
      StableSolver.roommates(input, chosen, root);
    }
    spec.commandLine().getOut().println(mapper.writeValueAsString(root));
  }

  private void solveGraph(GraphKernel kernel, boolean bipartite) throws Exception {
    EdgeListCsv.Instance instance = EdgeListCsv.read(input, bipartite);
    CandidateGraph graph = instance.graph();
    long start = System.nanoTime();
    KernelResult result = kernel.solve(graph);
    double millis = (System.nanoTime() - start) / 1e6;
    int[] edges = result.edges().clone();
    Arrays.sort(edges);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("status", result.status().label());
    ArrayNode pairs = root.putArray("pairs");
    double objective = 0.0;
    for (int e : edges) {
      ArrayNode pair = pairs.addArray();
      pair.add(instance.ids().get(graph.u(e)));
      pair.add(instance.ids().get(graph.v(e)));
      objective += graph.weight(e);
    }
    root.put("objective", objective);
    root.put("solve_ms", Math.round(millis * 1000.0) / 1000.0);
    root.put("strategy", strategy);
    root.put("iterations", result.iterations());
    for (var e : result.values().entrySet()) {
      root.put(e.getKey(), e.getValue());
    }
    spec.commandLine().getOut().println(mapper.writeValueAsString(root));
  }
}
