package io.peermatch.benchmarks.synthetic;

import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link SyntheticOrganisation#generate(int, long)} takes for a whole company, one
 * generation per measurement (single shot: the result is as large as the heap allows).
 *
 * <pre>
 * mvn -B -o -pl matcher-benchmarks -am package -DskipTests
 * java -jar matcher-benchmarks/target/benchmarks.jar SyntheticOrganisationBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
public class SyntheticOrganisationBenchmark {

  @Param({"10000", "100000", "1000000"})
  int employees;

  private long seed;

  /** A new seed per call, so no run can reuse another's work. */
  @Benchmark
  public Organisation generate() {
    return SyntheticOrganisation.generate(employees, ++seed);
  }
}
