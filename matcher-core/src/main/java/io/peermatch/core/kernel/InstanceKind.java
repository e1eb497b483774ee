package io.peermatch.core.kernel;

/**
 * The kinds of raw instance a strategy may have a kernel for: what {@code peermatch solve --problem
 * KIND} reads, and what {@link io.peermatch.core.Strategy#hasKernel(InstanceKind)} asks about.
 */
public enum InstanceKind {
  /** A bipartite weighted graph ({@code left,right,weight}): a {@link GraphKernel}. */
  ASSIGNMENT("assignment"),
  /** One pool, a general weighted graph ({@code u,v,weight}): a {@link GraphKernel}. */
  GENERAL("general"),
  /** Ranked lists on two sides, with capacities: a {@link MarriageKernel}. */
  MARRIAGE("marriage"),
  /** Ranked lists in one pool: a {@link RoommatesKernel}. */
  ROOMMATES("roommates");

  private final String label;

  InstanceKind(String label) {
    this.label = label;
  }

  /** The name used on the command line and in messages, such as {@code "assignment"}. */
  public String label() {
    return label;
  }
}
