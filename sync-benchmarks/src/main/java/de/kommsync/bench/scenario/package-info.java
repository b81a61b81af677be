/**
 * The scenario benchmark: typical runs of one party (nothing changed, one change per side, ten on
 * each side, a first sync, conflicts, a move, a CRM without optimistic concurrency) over the two
 * systems with a fixed latency per request, counting calls and round trips of the engine and of an
 * emulation of the earlier implementation's call pattern, next to the minimal budget of SPEC
 * section 9.
 */
@NullMarked
package de.kommsync.bench.scenario;

import org.jspecify.annotations.NullMarked;
