/** The party lifecycle around a run: sync status and the retry schedule (SPEC section 11). */
@NullMarked
package de.kommsync.lifecycle;

import org.jspecify.annotations.NullMarked;
