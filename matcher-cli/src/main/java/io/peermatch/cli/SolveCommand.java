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

  static final List<String> KINDS = List.of("assignment", "general", "marriage", "roommates");

  @Spec CommandSpec spec;

  @Option(
      names = "--problem",
      required = true,
      paramLabel = "KIND",
      description = "assignment, general, marriage or roommates.")
  String problem;

  @Option(names = "--strategy", required = true, paramLabel = "NAME", description = "Strategy.")
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

  @Override
  public Integer call() throws Exception {
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
