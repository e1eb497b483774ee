package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.core.graph.CandidateGraph;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-made blossom instances of J. van Rantwijk's mwmatching.py test suite (2008), each built
 * to drive one path of the algorithm (S-blossoms, T-blossoms, nested blossoms, relabelling and
 * expansion, the "nasty" T-blossom expansions), with the published optimal mates. Vertices are
 * numbered from 1 as in the source, so vertex 0 is isolated.
 */
class PublishedBlossomInstancesTest {

  static Stream<Arguments> instances() {
    return Stream.of(
        Arguments.of(
            "test20 s-blossom",
            new int[][] {{1, 2, 8}, {1, 3, 9}, {2, 3, 10}, {3, 4, 7}},
            new int[] {-1, 2, 1, 4, 3}),
        Arguments.of(
            "test20 s-blossom augmented",
            new int[][] {{1, 2, 8}, {1, 3, 9}, {2, 3, 10}, {3, 4, 7}, {1, 6, 5}, {4, 5, 6}},
            new int[] {-1, 6, 3, 2, 5, 4, 1}),
        Arguments.of(
            "test21 t-blossom",
            new int[][] {{1, 2, 9}, {1, 3, 8}, {2, 3, 10}, {1, 4, 5}, {4, 5, 4}, {1, 6, 3}},
            new int[] {-1, 6, 3, 2, 5, 4, 1}),
        Arguments.of(
            "test22 s-nest",
            new int[][] {
              {1, 2, 9}, {1, 3, 9}, {2, 3, 10}, {2, 4, 8}, {3, 5, 8}, {4, 5, 10}, {5, 6, 6}
            },
            new int[] {-1, 3, 4, 1, 2, 6, 5}),
        Arguments.of(
            "test23 s-relabel-nest",
            new int[][] {
              {1, 2, 10},
              {1, 7, 10},
              {2, 3, 12},
              {3, 4, 20},
              {3, 5, 20},
              {4, 5, 25},
              {5, 6, 10},
              {6, 7, 10},
              {7, 8, 8}
            },
            new int[] {-1, 2, 1, 4, 3, 6, 5, 8, 7}),
        Arguments.of(
            "test24 s-nest-expand",
            new int[][] {
              {1, 2, 8},
              {1, 3, 8},
              {2, 3, 10},
              {2, 4, 12},
              {3, 5, 12},
              {4, 5, 14},
              {4, 6, 12},
              {5, 7, 12},
              {6, 7, 14},
              {7, 8, 12}
            },
            new int[] {-1, 2, 1, 5, 6, 3, 4, 8, 7}),
        Arguments.of(
            "test25 s-t-expand",
            new int[][] {
              {1, 2, 23},
              {1, 5, 22},
              {1, 6, 15},
              {2, 3, 25},
              {3, 4, 22},
              {4, 5, 25},
              {4, 8, 14},
              {5, 7, 13}
            },
            new int[] {-1, 6, 3, 2, 8, 7, 1, 5, 4}),
        Arguments.of(
            "test26 s-nest-t-expand",
            new int[][] {
              {1, 2, 19},
              {1, 3, 20},
              {1, 8, 8},
              {2, 3, 25},
              {2, 4, 18},
              {3, 5, 18},
              {4, 5, 13},
              {4, 7, 7},
              {5, 6, 7}
            },
            new int[] {-1, 8, 3, 2, 7, 6, 5, 4, 1}),
        Arguments.of(
            "test30 t-nasty-expand",
            new int[][] {
              {1, 2, 45},
              {1, 5, 45},
              {2, 3, 50},
              {3, 4, 45},
              {4, 5, 50},
              {1, 6, 30},
              {3, 9, 35},
              {4, 8, 35},
              {5, 7, 26},
              {9, 10, 5}
            },
            new int[] {-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9}),
        Arguments.of(
            "test31 t-nasty2-expand",
            new int[][] {
              {1, 2, 45},
              {1, 5, 45},
              {2, 3, 50},
              {3, 4, 45},
              {4, 5, 50},
              {1, 6, 30},
              {3, 9, 35},
              {4, 8, 26},
              {5, 7, 40},
              {9, 10, 5}
            },
            new int[] {-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9}),
        Arguments.of(
            "test32 t-expand-leastslack",
            new int[][] {
              {1, 2, 45},
              {1, 5, 45},
              {2, 3, 50},
              {3, 4, 45},
              {4, 5, 50},
              {1, 6, 30},
              {3, 9, 35},
              {4, 8, 28},
              {5, 7, 26},
              {9, 10, 5}
            },
            new int[] {-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9}),
        Arguments.of(
            "test33 nest-t-nasty-expand",
            new int[][] {
              {1, 2, 45},
              {1, 7, 45},
              {2, 3, 50},
              {3, 4, 45},
              {4, 5, 95},
              {4, 6, 94},
              {5, 6, 94},
              {6, 7, 50},
              {1, 8, 30},
              {3, 11, 35},
              {5, 9, 36},
              {7, 10, 26},
              {11, 12, 5}
            },
            new int[] {-1, 8, 3, 2, 6, 9, 4, 10, 1, 5, 7, 12, 11}),
        Arguments.of(
            "test34 nest-relabel-expand",
            new int[][] {
              {1, 2, 40},
              {1, 3, 40},
              {2, 3, 60},
              {2, 4, 55},
              {3, 5, 55},
              {4, 5, 50},
              {1, 8, 15},
              {5, 7, 30},
              {7, 6, 10},
              {8, 10, 10},
              {4, 9, 30}
            },
            new int[] {-1, 2, 1, 5, 9, 3, 7, 6, 10, 4, 8}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instances")
  void solve_publishedInstance_publishedMates(String name, int[][] edges, int[] expectedMate) {
    int n = expectedMate.length;
    int[] u = new int[edges.length];
    int[] v = new int[edges.length];
    double[] w = new double[edges.length];
    for (int i = 0; i < edges.length; i++) {
      u[i] = edges[i][0];
      v[i] = edges[i][1];
      w[i] = edges[i][2];
    }
    CandidateGraph g = CandidateGraph.of(n, -1, u, v, w, null);
    GeneralMatchingResult r = BlossomMaximumWeightMatching.solve(g);
    assertThat(GeneralMatchingChecker.optimalityViolation(g, r.edges(), r.certificate())).isNull();
    assertThat(r.weight()).isCloseTo(BruteForceGeneralMatching.maxWeight(g), within(1e-9));
    assertThat(r.mate()).containsExactly(expectedMate);
  }
}
