package de.kommsync.bench.scenario;

/**
 * What one measured run did.
 *
 * @param calls the calls made
 * @param roundTrips the round trips (see {@link CallTracker})
 * @param wallNanos the wall-clock time of the run
 */
public record Measurement(int calls, int roundTrips, long wallNanos) {}
