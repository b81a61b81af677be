package de.kommsync.internal;

import de.kommsync.model.PartyEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The earlier implementation's communication hash (SPEC section 10, migration mode): the first 16
 * lower-case hex characters of the MD5 of the entries' row ids, sorted by {@link
 * String#compareTo(String)} and concatenated without separator, encoded as UTF-8. Entries without a
 * row id are left out. Row ids change on every write, so this hash cannot be predicted before the
 * writes: it is computed from a fresh read after them.
 */
public final class LegacyRowIdHash {

  private LegacyRowIdHash() {}

  /**
   * Returns the hash of a party's entries.
   *
   * @param entries the entries as read
   * @return 16 lower-case hex characters
   */
  public static String of(List<PartyEntry> entries) {
    String joined =
        String.join(
            "", entries.stream().map(PartyEntry::rowId).filter(Objects::nonNull).sorted().toList());
    try {
      byte[] digest =
          MessageDigest.getInstance("MD5").digest(joined.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from the JDK", e);
    }
  }
}
