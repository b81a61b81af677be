/**
 * Helpers of the core that are no API: public only so that other core packages can use them. Do not
 * rely on them; they change without notice.
 */
@NullMarked
package de.kommsync.internal;

import org.jspecify.annotations.NullMarked;
