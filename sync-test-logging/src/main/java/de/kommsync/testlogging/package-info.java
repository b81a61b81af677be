/**
 * The SLF4J provider of the test runs: it keeps every event, checks each at log time for unmasked
 * e-mail addresses, phone numbers and secrets, and a JUnit extension fails the test that logged
 * one.
 */
@NullMarked
package de.kommsync.testlogging;

import org.jspecify.annotations.NullMarked;
