/**
 * Every strategy, one class per algorithm, on the template {@link GraphStrategy} (pinned pairs,
 * residual graph, kernel, assembly of the public {@code Matching}). Found through {@link
 * io.peermatch.core.Strategy}. Not exported.
 */
package io.peermatch.core.internal.strategy;
