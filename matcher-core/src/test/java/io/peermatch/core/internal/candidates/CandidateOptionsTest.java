package io.peermatch.core.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.core.graph.CandidateGraphBuilder;
import org.junit.jupiter.api.Test;

class CandidateOptionsTest {

  @Test
  void badValues_rejectedNamingTheValue() {
    assertThatThrownBy(() -> CandidateOptions.DEFAULTS.withK(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates per participant must be at least 1 but was 0");
    assertThatThrownBy(() -> CandidateOptions.DEFAULTS.withExactPairLimit(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> CandidateOptions.DEFAULTS.withPostingLimit(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2");
    assertThatThrownBy(() -> CandidateOptions.DEFAULTS.withThreads(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
  }

  @Test
  void effectiveValues_followTheDocumentedDefaults() {
    // 32·k·sqrt(1e6/n), clamped to [32·k, 512·k]: k = 16 gives 512 at a million people,
    // 32·16·sqrt(50) = 3620 at 20,000, and the cap 8192 at 1,000.
    assertThat(CandidateOptions.DEFAULTS.effectivePostingLimit(1_000_000)).isEqualTo(512);
    assertThat(CandidateOptions.DEFAULTS.effectivePostingLimit(20_000)).isEqualTo(3620);
    assertThat(CandidateOptions.DEFAULTS.effectivePostingLimit(1_000)).isEqualTo(8192);
    assertThat(CandidateOptions.DEFAULTS.effectivePostingLimit(100_000_000)).isEqualTo(512);
    assertThat(CandidateOptions.DEFAULTS.withK(32).effectivePostingLimit(1_000_000))
        .isEqualTo(1024);
    assertThat(CandidateOptions.DEFAULTS.withPostingLimit(7).effectivePostingLimit(20_000))
        .isEqualTo(7);
    assertThat(CandidateOptions.DEFAULTS.withThreads(3).effectiveThreads()).isEqualTo(3);
    assertThat(CandidateOptions.DEFAULTS.effectiveThreads()).isPositive();
  }

  @Test
  void bipartite_negativeRight_messageNamesTheValue() {
    assertThatThrownBy(() -> CandidateGraphBuilder.bipartite(2, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
  }
}
