package io.peermatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the example program on the example organisation, as {@code mvn -B verify} promises. */
class IntranetExampleTest {

  @Test
  void intranetExample_matchesExplainsSuggestsAndPlansRounds() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    IntranetExample.run(
        IntranetExample.readPeople(Path.of("org.csv")),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("match: 61 mentors, 139 mentees")
        .contains("explain: ")
        .contains("(first teaches)")
        .contains("suggest: for marco.lopez@example.com:")
        .contains("rounds: week 1: 100 pairs")
        .contains("rounds: week 2: 100 pairs");
    assertThat(out.lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(5);
  }

  @Test
  void main_readsTheFileItIsGiven() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      IntranetExample.main(new String[] {"org.csv"});
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("match: ");
  }
}
