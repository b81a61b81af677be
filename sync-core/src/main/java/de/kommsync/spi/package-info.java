/**
 * What adapters implement: the party system ({@link de.kommsync.spi.PartySystem}), the CRM ({@link
 * de.kommsync.spi.Crm}) and the lock ({@link de.kommsync.spi.PartyLock}). See the README, "Writing
 * your own adapter", and run the testkit's contract tests against an implementation.
 */
@NullMarked
package de.kommsync.spi;

import org.jspecify.annotations.NullMarked;
