package de.kommsync.doubles;

/** The SPI calls the recording doubles log. */
public enum CallKind {
  READ_PARTY,
  CREATE_ENTRY,
  UPDATE_ENTRY,
  READ_RECORD,
  UPDATE_RECORD
}
