/**
 * The compiled problem: participants as int indices, attributes as int codes, skills as CSR rows,
 * rules and scoring compiled for the hot paths. Not exported.
 */
package io.peermatch.core.internal.problem;
