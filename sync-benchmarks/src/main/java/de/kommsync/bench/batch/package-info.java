/**
 * Batch benchmarks: throughput of many parties at bounded concurrency against the latency-bound
 * limit, and the heap a batch needs as the number of parties grows.
 */
@NullMarked
package de.kommsync.bench.batch;

import org.jspecify.annotations.NullMarked;
