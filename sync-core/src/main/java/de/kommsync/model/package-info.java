/**
 * Values: kinds, channels, a party-system entry and snapshot, a CRM value and record with their
 * sync state, and the rules of a CRM instance.
 */
@NullMarked
package de.kommsync.model;

import org.jspecify.annotations.NullMarked;
