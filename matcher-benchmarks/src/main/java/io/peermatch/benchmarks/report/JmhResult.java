package io.peermatch.benchmarks.report;

import java.util.Map;

/**
 * One row of a JMH JSON result file: a benchmark method at one combination of parameters.
 *
 * @param benchmark the fully qualified benchmark method, as JMH writes it
 * @param mode JMH's short mode name ({@code ss}, {@code avgt}, {@code thrpt}, {@code sample})
 * @param params the {@code @Param} values in the file's order
 * @param score the primary score converted to milliseconds per operation, or for throughput to
 *     operations per second
 * @param error JMH's 99.9% confidence half-width in the same unit as {@code score}; NaN when JMH
 *     gives none (a single measurement)
 * @param throughput whether {@code score} is operations per second rather than time per operation
 * @param allocBytesPerOp {@code gc.alloc.rate.norm} in bytes per operation; NaN without {@code
 *     -prof gc}
 * @param jmhVersion the JMH version that wrote the result
 */
record JmhResult(
    String benchmark,
    String mode,
    Map<String, String> params,
    double score,
    double error,
    boolean throughput,
    double allocBytesPerOp,
    String jmhVersion) {

  /** The class's simple name and the method, e.g. {@code EndToEndBenchmark.run}. */
  String shortName() {
    int method = benchmark.lastIndexOf('.');
    int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
    return benchmark.substring(type + 1);
  }

  /** Time per operation in milliseconds, whatever the mode. */
  double millisPerOp() {
    return throughput ? 1000.0 / score : score;
  }
}
