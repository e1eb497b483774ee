package io.peermatch.core.kernel.bipartite;

/**
 * The result of {@link JonkerVolgenantAssignment}: an assignment of a dense {@code rows x columns}
 * matrix, the potentials that prove it optimal, and the objective.
 *
 * <p>{@link #assignment()} is what the potentials certify: every vertex of the smaller side has a
 * partner. {@link #rowToColumn()} is what the caller asked for: the same, except that in the mode
 * where anyone may stay unmatched the pairs of weight {@code <= 0} are dropped (-1). Potentials are
 * in the sense of the objective: when maximising, {@code rowPotential[i] + columnPotential[j] >=
 * w[i][j]}; when minimising, {@code <=}. Immutable: the accessors return copies.
 */
public final class DenseAssignment {

  private final int[] assignment;
  private final int[] rowToColumn;
  private final double[] rowPotentials;
  private final double[] columnPotentials;
  private final double objective;

  DenseAssignment(
      int[] assignment,
      int[] rowToColumn,
      double[] rowPotentials,
      double[] columnPotentials,
      double objective) {
    this.assignment = assignment;
    this.rowToColumn = rowToColumn;
    this.rowPotentials = rowPotentials;
    this.columnPotentials = columnPotentials;
    this.objective = objective;
  }

  /** The partner column of each row, or -1 (unmatched). */
  public int[] rowToColumn() {
    return rowToColumn.clone();
  }

  /** The partner row of each column, or -1 (unmatched). */
  public int[] columnToRow(int columns) {
    int[] result = new int[columns];
    java.util.Arrays.fill(result, -1);
    for (int i = 0; i < rowToColumn.length; i++) {
      if (rowToColumn[i] >= 0) {
        result[rowToColumn[i]] = i;
      }
    }
    return result;
  }

  /** The full assignment of the smaller side that the potentials certify (-1 for the rest). */
  public int[] assignment() {
    return assignment.clone();
  }

  /** The row potentials, in the sense of the objective. */
  public double[] rowPotentials() {
    return rowPotentials.clone();
  }

  /** The column potentials, in the sense of the objective. */
  public double[] columnPotentials() {
    return columnPotentials.clone();
  }

  /** The total weight (or cost) of {@link #rowToColumn()}. */
  public double objective() {
    return objective;
  }

  @Override
  public String toString() {
    return "assignment of " + rowToColumn.length + " rows with objective " + objective;
  }
}
