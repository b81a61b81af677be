/** Tests of the audit provider, the detector and the extension. */
@NullMarked
package de.kommsync.testlogging;

import org.jspecify.annotations.NullMarked;
