/**
 * Control of a solve inside the engine: chunked parallel loops that stop together on an interrupt
 * or a deadline and leave no thread behind ({@link io.peermatch.core.internal.control.Parallel}),
 * and the progress filter that keeps each phase's fractions monotone ({@link
 * io.peermatch.core.internal.control.MonotoneProgress}). Not exported.
 */
package io.peermatch.core.internal.control;
