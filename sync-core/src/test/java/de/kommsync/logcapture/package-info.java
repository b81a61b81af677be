/** A test SLF4J provider that captures log events (with their MDC) and forwards them. */
@NullMarked
package de.kommsync.logcapture;

import org.jspecify.annotations.NullMarked;
