/**
 * A distributed {@link de.kommsync.spi.PartyLock} over ShedLock, for hosts that run the sync on
 * several instances at once.
 */
@NullMarked
package de.kommsync.lock.shedlock;

import org.jspecify.annotations.NullMarked;
