/**
 * For researchers: groups of 3 to 8, the maximally diverse grouping problem (MDGP) on raw pair
 * values, and the social golfer problem (rounds of groups without a repeat).
 *
 * <p>{@link io.peermatch.core.kernel.grouping.GroupingInstance} holds n items, a symmetric value
 * for every pair (dense or sparse), a number of groups with a size range, and forbidden and pinned
 * pairs; {@link io.peermatch.core.kernel.grouping.Groupings} is the entry point (solve, next round
 * given a history, schedule); every {@link io.peermatch.core.kernel.grouping.GroupingResult}
 * reports its objective, a proven upper bound, the gap and a status. One class per algorithm:
 * {@link io.peermatch.core.kernel.grouping.BranchAndBoundGrouping} (exact), {@link
 * io.peermatch.core.kernel.grouping.GreedyGroupingConstruction}, {@link
 * io.peermatch.core.kernel.grouping.IteratedMaximaSearchGrouping} (dense), {@link
 * io.peermatch.core.kernel.grouping.SparseLocalSearchGrouping} (a million items), {@link
 * io.peermatch.core.kernel.grouping.GroupingUpperBound}, {@link
 * io.peermatch.core.kernel.grouping.CyclicSocialGolferDesign} and {@link
 * io.peermatch.core.kernel.grouping.SocialGolferTabuSearch}. People, skills and rules are the
 * facade's business: {@code io.peermatch.core.PeerMatch#groups}.
 */
package io.peermatch.core.kernel.grouping;
