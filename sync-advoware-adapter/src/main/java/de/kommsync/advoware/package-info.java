/**
 * The Advoware adapter: the mapping between Advoware's JSON and the core's party-system role
 * ({@link de.kommsync.advoware.AdvowareJson}).
 */
@NullMarked
package de.kommsync.advoware;

import org.jspecify.annotations.NullMarked;
