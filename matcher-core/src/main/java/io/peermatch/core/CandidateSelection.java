package io.peermatch.core;

/**
 * How a large problem chooses its candidate pairs (problems small enough for an exact candidate
 * graph keep every pair that scores above zero, whatever this says).
 */
public enum CandidateSelection {
  /**
   * The default: a degree-bounded graph. Nobody holds more than {@code K · capacity} candidacies,
   * the heaviest first, as in a greedy b-matching, so that the people everyone wants cannot take
   * every candidacy and everyone who could be matched is somebody's candidate. At a million people
   * this lets more than 99 % of the pairs the capacities allow form, where {@link #NEAREST} lets a
   * third form.
   */
  BALANCED,

  /**
   * Each participant's own {@code K} best partners found by its search, and the union over both
   * sides: what a person would pick alone. Popular people collect most candidacies, so on large
   * organisations many people end up without a partner who can take them.
   */
  NEAREST
}
