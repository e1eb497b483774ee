package io.peermatch.core.kernel.stable;

/**
 * Tie groups to ranked lists: the usual SMTI/SRTI notation, where a list is a sequence of groups of
 * equally ranked entries, best first ({@code ["x", ["y", "z"], "w"]} in JSON), becomes a flat list
 * and a rank per position (the group's index).
 */
final class TieGroups {

  private TieGroups() {}

  /**
   * {@code {prefs, ranks}} from {@code groups[x]} = x's groups best first.
   *
   * @throws IllegalArgumentException naming the agent and group when a list or group is null or a
   *     group is empty
   */
  static int[][][] flatten(int[][][] groups, String agent) {
    if (groups == null) {
      throw new IllegalArgumentException("tie groups must not be null");
    }
    int[][] prefs = new int[groups.length][];
    int[][] ranks = new int[groups.length][];
    for (int x = 0; x < groups.length; x++) {
      int[][] g = groups[x];
      if (g == null) {
        throw new IllegalArgumentException("tie groups must not be null for " + agent + " " + x);
      }
      int length = 0;
      for (int i = 0; i < g.length; i++) {
        if (g[i] == null || g[i].length == 0) {
          throw new IllegalArgumentException(
              "tie group " + i + " of " + agent + " " + x + " must not be empty");
        }
        length += g[i].length;
      }
      prefs[x] = new int[length];
      ranks[x] = new int[length];
      int k = 0;
      for (int i = 0; i < g.length; i++) {
        for (int y : g[i]) {
          prefs[x][k] = y;
          ranks[x][k++] = i;
        }
      }
    }
    return new int[][][] {prefs, ranks};
  }
}
