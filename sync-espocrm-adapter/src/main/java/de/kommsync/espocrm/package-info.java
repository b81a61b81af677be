/**
 * The EspoCRM adapter: {@link de.kommsync.espocrm.HttpEspoCrm} implements the CRM role over
 * EspoCRM's REST API; its configuration ({@link de.kommsync.espocrm.EspoCrmConfig}), connection
 * ({@link de.kommsync.espocrm.EspoCrmConnection}) and the mapping between EspoCRM's JSON and the
 * core's CRM role ({@link de.kommsync.espocrm.EspoCrmJson}); {@link
 * de.kommsync.espocrm.EspoCrmWebhooks} reads webhook deliveries.
 */
@NullMarked
package de.kommsync.espocrm;

import org.jspecify.annotations.NullMarked;
