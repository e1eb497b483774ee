/**
 * The engine of {@link io.peermatch.core.Rounds}: exact repeat-free rounds by blossom with pricing.
 * Not exported.
 */
package io.peermatch.core.internal.rounds;
