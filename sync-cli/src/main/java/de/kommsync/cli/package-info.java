/**
 * The {@code kommsync} command line: plan and apply a sync on payload files, a demo on fake
 * servers, a sync against real endpoints, and the fake servers on their own.
 */
@NullMarked
package de.kommsync.cli;

import org.jspecify.annotations.NullMarked;
