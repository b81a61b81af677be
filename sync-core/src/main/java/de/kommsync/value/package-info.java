/** Canonical value keys and the rules of what each side can hold (SPEC section 5). */
@NullMarked
package de.kommsync.value;

import org.jspecify.annotations.NullMarked;
