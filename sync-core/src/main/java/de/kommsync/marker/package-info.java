/** The marker grammar of SPEC section 4: total parsing and rendering of remarks. */
@NullMarked
package de.kommsync.marker;

import org.jspecify.annotations.NullMarked;
