/**
 * Stable matching kernels on raw ranked lists: two-sided (stable marriage, hospitals/residents,
 * many-to-many) and one pool (stable roommates), with an independent checker.
 *
 * <p><b>Raw instances.</b> {@link io.peermatch.core.kernel.stable.StableMarriageInstance} takes
 * {@code int[][] leftPrefs} and {@code int[][] rightPrefs} (each side numbered from 0; lists best
 * first), optional capacities and optional ties as rank rows ({@code leftRanks[l][k]}: equal ranks
 * tie) or tie groups ({@code builderFromTieGroups}: a list of groups of equally ranked agents, the
 * nested notation of SMTI/HRT). {@link io.peermatch.core.kernel.stable.StableRoommatesInstance}
 * takes {@code int[][] prefs}, with optional ranks or tie groups likewise. {@link
 * io.peermatch.core.kernel.stable.Stability} names the three stability notions with ties. A pair is
 * acceptable only if both agents list each other; one-sided entries are dropped. Bad input fails
 * with an {@link java.lang.IllegalArgumentException} naming the agent, position and value. Inside,
 * lists are CSR arrays ({@code start[x] .. start[x+1]} into one {@code int[]}).
 *
 * <p><b>Kernels.</b>
 *
 * <ul>
 *   <li>{@link io.peermatch.core.kernel.stable.GaleShapleyStableMatching}: deferred acceptance,
 *       either side proposing, capacities, ties (seeded tie-breaking, weakly stable result).
 *   <li>{@link io.peermatch.core.kernel.stable.SuperStableMatching}: Irving's SUPER (ties,
 *       one-to-one); {@link io.peermatch.core.kernel.stable.SuperStableHospitalsResidents}: its
 *       hospitals/residents form (Irving, Manlove and Scott 2000).
 *   <li>{@link io.peermatch.core.kernel.stable.StronglyStableMatching}: Irving's STRONG (ties,
 *       one-to-one, incomplete lists).
 *   <li>{@link io.peermatch.core.kernel.stable.KiralyMaximumStableMatching}: a weakly stable
 *       matching of at least 2/3 of the maximum size (Király 2013; SMTI and HRT).
 *   <li>{@link io.peermatch.core.kernel.stable.IrvingStableRoommates}: Irving 1985 with incomplete
 *       lists; NO_STABLE_MATCHING with a documented best effort.
 *   <li>{@link io.peermatch.core.kernel.stable.StableMatchingLattice}: rotations, rotation poset,
 *       lazy enumeration; {@link io.peermatch.core.kernel.stable.EgalitarianStableMatching}, {@link
 *       io.peermatch.core.kernel.stable.MinimumRegretStableMatching}, {@link
 *       io.peermatch.core.kernel.stable.SexEqualStableMatching} on top of it.
 *   <li>{@link io.peermatch.core.kernel.stable.StabilityChecker}: feasibility, blocking pairs
 *       (weak, strong and super, for both kinds of instance), rank statistics; shares no code with
 *       the kernels.
 * </ul>
 *
 * <p><b>Results.</b> {@link io.peermatch.core.kernel.stable.StableMarriageMatching} holds each
 * agent's partners as a CSR sorted by id (and mate arrays for one-to-one); {@link
 * io.peermatch.core.kernel.stable.StableRoommatesMatching} holds a status and mates. Ranks in
 * metrics are 1-based competition ranks in the cleaned lists.
 *
 * <p><b>Strategies on matching problems.</b> The strategies {@code gale-shapley} (mentees propose
 * by default), {@code egalitarian-stable}, {@code minimum-regret-stable}, {@code balanced-stable}
 * (two-sided) and {@code stable-roommates} (one pool) of {@link io.peermatch.core.Strategy} derive
 * each person's ranked list from the candidate graph (each side's own view of a pair) and run the
 * kernels above on those lists, so that capacities, hard rules, pinned pairs and explanations are
 * handled as for every other strategy. The same kernels are found by strategy name for raw
 * instances through {@link io.peermatch.core.Strategy#marriageKernel()} and {@link
 * io.peermatch.core.Strategy#roommatesKernel()}.
 */
package io.peermatch.core.kernel.stable;
