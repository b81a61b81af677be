/**
 * The party lifecycle around a sync run (SPEC section 11): sync status and the retry schedule, the
 * lock, the run of one party under it with an optional master-data step, the change comparison, the
 * scheduler with its round-robin revisit, and the batch runner with bounded concurrency and
 * request-rate limits. Framework-free.
 */
@NullMarked
package de.kommsync.lifecycle;

import org.jspecify.annotations.NullMarked;
