/**
 * Classification, the pure planner of SPEC section 6, the plan and its operations, and their text
 * and JSON rendering.
 */
@NullMarked
package de.kommsync.plan;

import org.jspecify.annotations.NullMarked;
