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
 *
 * <p>{@code --batch DIR|FILE.jsonl} solves many instances in one JVM, so that a study of thousands
 * of small instances pays for one start of the JVM and its compiler, and prints one JSON line per
 * instance, in order, each with an {@code input} field naming it. A directory: every regular file
 * in it whose name does not start with a dot, sorted by name, with {@code --problem}, {@code
 * --strategy} and {@code --proposer}. A JSON Lines file: each non-blank line an object with {@code
 * input} (a path, relative to the file's directory) and optionally {@code problem}, {@code
 * strategy} and {@code proposer}, which default to the options. An instance that fails prints
 * {@code status: "error"} with the message and the batch goes on; the exit code is then 2.
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
      paramLabel = "KIND",
      description =
          "assignment, general, marriage, roommates or grouping (required, except in a JSON Lines"
              + " batch whose every line names its problem).")
  String problem;

  @Option(
      names = "--strategy",
      paramLabel = "NAME",
      description =
          "Strategy; required except for grouping, whose methods are "
              + GroupingSolver.METHODS_TEXT
              + " (default: auto, the strongest within its default budget).")
  String strategy;

  @Option(names = "--input", paramLabel = "FILE", description = "The instance.")
  Path input;

  @Option(
      names = "--batch",
      paramLabel = "DIR|FILE.jsonl",
      description =
          "Many instances in one JVM: every file of a directory, or one JSON object per line"
              + " ({\"input\": ..., and optionally problem, strategy, proposer}); prints one JSON"
              + " line each.")
  Path batch;

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

  /** The keys a line of a JSON Lines batch may have. */
  static final List<String> JOB_KEYS = List.of("input", "problem", "strategy", "proposer");

  /** Strict, as every other JSON reader of the command: no key twice, nothing after the object. */
  private final ObjectMapper mapper =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  @Override
  public Integer call() throws Exception {
    if (batch != null) {
      if (input != null) {
        throw new IllegalArgumentException("--input and --batch exclude each other; give one");
      }
      return solveBatch();
    }
    if (input == null) {
      throw new IllegalArgumentException("solve needs --input FILE or --batch DIR|FILE.jsonl");
    }
    if (problem == null) {
      throw new IllegalArgumentException("solve needs --problem KIND; kinds are: " + kinds());
    }
    requireUsed(List.of(new Job(problem, strategy, false, input.toString())), true);
    ObjectNode root = mapper.createObjectNode();
    solveOne(problem, strategy, proposer, input, root);
    spec.commandLine().getOut().println(mapper.writeValueAsString(root));
    return 0;
  }

  private static String kinds() {
    return String.join(", ", KINDS);
  }

  private boolean proposerGiven() {
    return PeerMatchCommand.given(spec, "--proposer");
  }

  /** One instance to solve: its problem, strategy and proposer as they apply to it. */
  private record Job(String problem, String strategy, boolean proposerGiven, String input) {
    boolean grouping() {
      return "grouping".equals(problem);
    }

    boolean galeShapley() {
      return "marriage".equals(problem) && Strategy.GALE_SHAPLEY.label().equals(strategy);
    }
  }

  /**
   * Refuses the options that no instance would use: {@code --size}, {@code --time-limit} and {@code
   * --seed} apply to grouping, {@code --proposer} to gale-shapley on a marriage problem. In a batch
   * an option is refused when no instance of the batch uses it.
   */
  private void requireUsed(List<Job> jobs, boolean single) {
    String which =
        single ? "not to " + jobs.get(0).problem() : "and no instance of the batch is one";
    boolean anyGrouping = jobs.stream().anyMatch(Job::grouping);
    for (String option : List.of("--size", "--time-limit", "--seed")) {
      if (PeerMatchCommand.given(spec, option) && !anyGrouping) {
        throw new IllegalArgumentException(
            option + " applies to --problem grouping only, " + which);
      }
    }
    if (proposerGiven() && jobs.stream().noneMatch(Job::galeShapley)) {
      throw new IllegalArgumentException(
          "--proposer applies to gale-shapley on --problem marriage only, "
              + (single
                  ? "not to " + (strategy == null ? "" : strategy + " on ") + problem
                  : "and no instance of the batch is one"));
    }
  }

  /** Solves one instance into {@code root}. */
  private void solveOne(
      String problem, String strategy, String proposer, Path input, ObjectNode root)
      throws Exception {
    if (problem.equals("grouping")) {
      GroupingSolver.solve(
          input,
          strategy == null ? "auto" : strategy,
          size == null ? "4" : size,
          timeLimit,
          seed,
          root);
      return;
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
      case ASSIGNMENT -> solveGraph(chosen.assignmentKernel(), true, strategy, input, root);
      case GENERAL -> solveGraph(chosen.generalKernel(), false, strategy, input, root);
      case MARRIAGE -> StableSolver.marriage(input, chosen, proposer.equals("left"), root);
      case ROOMMATES -> StableSolver.roommates(input, chosen, root);
    }
  }

  /** One JSON line per instance of the batch; 0 if all were solved, 2 if any failed. */
  private int solveBatch() throws Exception {
    List<ObjectNode> jobs = new java.util.ArrayList<>();
    Path base;
    if (java.nio.file.Files.isDirectory(batch)) {
      base = batch;
      try (var files = java.nio.file.Files.list(batch)) {
        files
            .filter(java.nio.file.Files::isRegularFile)
            .map(f -> f.getFileName().toString())
            .filter(name -> !name.startsWith("."))
            .sorted()
            .forEach(name -> jobs.add(mapper.createObjectNode().put("input", name)));
      }
    } else if (java.nio.file.Files.isRegularFile(batch)) {
      base = batch.toAbsolutePath().getParent();
      // UTF-8 only, the size limit, errors with the line: as every other input file.
      List<String> lines = InputText.readString(batch).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
          continue;
        }
        String where = batch + " line " + (i + 1);
        com.fasterxml.jackson.databind.JsonNode node;
        try {
          node = mapper.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalArgumentException(
              where + ": not a JSON object: " + Texts.shorten(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject() || !node.path("input").isTextual()) {
          throw new IllegalArgumentException(
              where + ": each line needs an object with a string \"input\"");
        }
        for (var fields = node.fieldNames(); fields.hasNext(); ) {
          String key = fields.next();
          if (!JOB_KEYS.contains(key)) {
            throw new IllegalArgumentException(
                where
                    + ": unknown key '"
                    + Texts.shorten(key)
                    + "'; the keys are: "
                    + String.join(", ", JOB_KEYS));
          }
          if (!node.get(key).isTextual()) {
            throw new IllegalArgumentException(
                where
                    + ": '"
                    + key
                    + "' must be a string but was "
                    + Texts.shorten(node.get(key).toString()));
          }
        }
        jobs.add((ObjectNode) node);
      }
      if (!jobs.isEmpty()) {
        for (String key : List.of("problem", "strategy", "proposer")) {
          if (PeerMatchCommand.given(spec, "--" + key)
              && jobs.stream().allMatch(job -> job.has(key))) {
            throw new IllegalArgumentException(
                "--"
                    + key
                    + " is given, but every line of "
                    + batch
                    + " sets its own '"
                    + key
                    + "'; it would be ignored");
          }
        }
      }
    } else {
      throw new IllegalArgumentException(
          "--batch must be a directory or a JSON Lines file but " + batch + " is neither");
    }
    List<Job> resolved = new java.util.ArrayList<>();
    for (ObjectNode job : jobs) {
      String kind = job.path("problem").asText(problem);
      if (kind == null) {
        throw new IllegalArgumentException(
            batch
                + ": instance '"
                + Texts.shorten(job.get("input").asText())
                + "' names no problem; give --problem KIND or a \"problem\" on its line");
      }
      resolved.add(
          new Job(
              kind,
              job.path("strategy").asText(strategy),
              job.has("proposer"),
              job.get("input").asText()));
    }
    requireUsed(resolved, false);
    for (Job job : resolved) {
      if (job.proposerGiven() && !job.galeShapley()) {
        throw new IllegalArgumentException(
            batch
                + ": instance '"
                + Texts.shorten(job.input())
                + "' sets a proposer, but only gale-shapley on a marriage problem has one");
      }
    }
    java.io.PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    for (ObjectNode job : jobs) {
      String name = job.get("input").asText();
      ObjectNode root = mapper.createObjectNode();
      root.put("input", name);
      try {
        solveOne(
            job.path("problem").asText(problem),
            job.path("strategy").asText(strategy),
            job.path("proposer").asText(proposer),
            base.resolve(name),
            root);
      } catch (Exception e) {
        failed++;
        root.removeAll();
        root.put("input", name);
        root.put("status", "error");
        root.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
      }
      out.println(mapper.writeValueAsString(root));
      out.flush();
    }
    if (failed > 0) {
      // Exit code 2 comes with its one line on standard error, as for any other bad input.
      spec.commandLine()
          .getErr()
          .println(
              "peermatch: "
                  + batch
                  + ": "
                  + failed
                  + " of "
                  + jobs.size()
                  + " instances failed (status \"error\" in their lines)");
      return PeerMatchCommand.BAD_INPUT;
    }
    return 0;
  }

  private void solveGraph(
      GraphKernel kernel, boolean bipartite, String strategy, Path input, ObjectNode root)
      throws Exception {
    EdgeListCsv.Instance instance = EdgeListCsv.read(input, bipartite);
    CandidateGraph graph = instance.graph();
    long start = System.nanoTime();
    KernelResult result = kernel.solve(graph);
    double millis = (System.nanoTime() - start) / 1e6;
    int[] edges = result.edges().clone();
    Arrays.sort(edges);
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
  }
}
