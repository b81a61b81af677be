/**
 * The EspoCRM adapter: {@link de.kommsync.espocrm.HttpEspoCrm} implements the CRM role over
 * EspoCRM's REST API, {@link de.kommsync.espocrm.EspoCrmWebhooks} reads its webhook deliveries.
 */
@NullMarked
package de.kommsync.espocrm;

import org.jspecify.annotations.NullMarked;
