/**
 * Retrying remote calls on transient faults: a {@link de.kommsync.retry.RetryPolicy} (exponential
 * back-off with jitter that honours a server's {@code Retry-After} hint) shared by the adapters,
 * and {@link de.kommsync.retry.RetryAfter} to read such a hint. Nothing here knows HTTP types.
 */
@NullMarked
package de.kommsync.retry;

import org.jspecify.annotations.NullMarked;
