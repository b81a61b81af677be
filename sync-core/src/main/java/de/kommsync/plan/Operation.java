package de.kommsync.plan;

/**
 * One write of a plan: the CRM update, or a write to a party-system entry. A small closed set; the
 * executor applies them in plan order and knows nothing of variants.
 */
public sealed interface Operation permits CrmWrite, CreateEntry, UpdateEntry {}
