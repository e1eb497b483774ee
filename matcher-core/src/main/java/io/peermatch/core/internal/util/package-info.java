/** Primitive helpers (sorting, hash sets) for the hot paths. Not exported. */
package io.peermatch.core.internal.util;
