/**
 * Test support for users and for the library's own tests: product simulations, in-memory fakes,
 * fake HTTP servers on loopback, and the SPI contract tests an adapter can run.
 */
@NullMarked
package de.kommsync.testkit;

import org.jspecify.annotations.NullMarked;
