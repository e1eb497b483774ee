/**
 * The candidate generator (exact or top-K over an inverted skill index) and the prepared problem
 * every strategy runs on. Not exported.
 */
package io.peermatch.core.internal.candidates;
