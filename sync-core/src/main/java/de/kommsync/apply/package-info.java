/**
 * The executor (SPEC section 9): reads both sides in parallel, plans, applies the plan in
 * crash-safe order within the call budget, verifies, writes the sync status and returns the run's
 * result.
 */
@NullMarked
package de.kommsync.apply;

import org.jspecify.annotations.NullMarked;
