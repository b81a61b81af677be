/**
 * The EspoCRM adapter: configuration ({@link de.kommsync.espocrm.EspoCrmConfig}) and the mapping
 * between EspoCRM's JSON and the core's CRM role ({@link de.kommsync.espocrm.EspoCrmJson}).
 */
@NullMarked
package de.kommsync.espocrm;

import org.jspecify.annotations.NullMarked;
