package io.peermatch.core;

import io.peermatch.api.Explanation;

/**
 * One suggested partner.
 *
 * @param id the partner's id
 * @param score the pair's relevance
 * @param weight the pair's weight (relevance plus soft terms) before diversification
 * @param explanation why this partner
 */
public record Suggestion(String id, double score, double weight, Explanation explanation) {}
