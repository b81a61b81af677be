package de.kommsync.spi;

import org.jspecify.annotations.Nullable;

/**
 * What the CRM reported after an update. A write's response is not the stored state (EspoCRM echoes
 * the request's arrays), so this carries only the record's new version.
 *
 * @param version the record's version after the update when the CRM has optimistic concurrency,
 *     else null
 */
public record UpdateReceipt(@Nullable Long version) {}
