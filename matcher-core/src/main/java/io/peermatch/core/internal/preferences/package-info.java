/**
 * The own-view preferences: the one order ({@link OwnViewOrder}) behind the stable strategies'
 * ranked lists ({@link ScorePreferences}) and the own-view stability metrics ({@link
 * OwnViewStability}). Not exported.
 */
package io.peermatch.core.internal.preferences;
