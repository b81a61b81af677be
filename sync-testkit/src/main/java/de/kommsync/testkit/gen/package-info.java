/**
 * Generators (QuickTheories) of realistic parties, of user edits on both sides between runs and of
 * whole sync histories, plus a {@link de.kommsync.testkit.gen.Sandbox} that plays a history on the
 * in-memory fakes. Reusable by users who test their own setup.
 */
@NullMarked
package de.kommsync.testkit.gen;

import org.jspecify.annotations.NullMarked;
