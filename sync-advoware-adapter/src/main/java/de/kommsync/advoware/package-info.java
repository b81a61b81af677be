/**
 * The Advoware adapter: the party-system role over Advoware's REST API ({@link
 * de.kommsync.advoware.HttpAdvoware}, configured by {@link de.kommsync.advoware.AdvowareConfig})
 * and the mapping between Advoware's JSON and the core's types ({@link
 * de.kommsync.advoware.AdvowareJson}).
 */
@NullMarked
package de.kommsync.advoware;

import org.jspecify.annotations.NullMarked;
