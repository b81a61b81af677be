/** The entry point: the sync engine, its options, the run result and the exceptions. */
@NullMarked
package de.kommsync;

import org.jspecify.annotations.NullMarked;
