/**
 * Engine: groups of people. {@link io.peermatch.core.internal.groups.GroupPlanner} turns a prepared
 * problem into a raw {@link io.peermatch.core.kernel.grouping.GroupingInstance} (pair values
 * blending relevance and boundary distance, hard rules as forbidden pairs, pins), solves it, and
 * turns the result back into people, with the members its rules exclude taken out and one
 * explanation per group. Not exported.
 */
package io.peermatch.core.internal.groups;
