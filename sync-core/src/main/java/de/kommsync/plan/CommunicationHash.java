package de.kommsync.plan;

import de.kommsync.HashMode;
import de.kommsync.SyncOptions;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The communication hash of SPEC section 10, which lets a scheduler tell cheaply whether a party's
 * entries changed since the last sync. Stateless and thread-safe.
 *
 * <p><b>Content mode</b> (the default): the first 16 lower-case hex characters of the SHA-256 of
 * this UTF-8 text: for each entry that carries a value marker and whose value is sync-relevant, the
 * line {@code key(value) + "\u0000" + remark} (a null remark as empty); the lines sorted by their
 * UTF-8 bytes (unsigned, byte by byte, a prefix first) and joined with {@code "\n"}. A party with
 * no such entry hashes the empty text. Free slots, unmarked and ignored entries do not count. It
 * depends only on values and remarks, so the planner predicts it before the writes.
 *
 * <p><b>Legacy mode</b> (the earlier implementation's): the first 16 lower-case hex characters of
 * the MD5 of the UTF-8 text made of the row ids of all entries (entries without a row id left out),
 * sorted by {@link String#compareTo} (for the ASCII row ids the server issues this is the
 * code-point order the earlier implementation used) and concatenated without separator. Row ids
 * change on every write, so this hash cannot be predicted: it must be computed from a fresh read
 * after the writes.
 */
public final class CommunicationHash {

  private static final HexFormat HEX = HexFormat.of();

  private CommunicationHash() {}

  /**
   * Returns the party's hash in the options' mode.
   *
   * @param party the party as read
   * @param rules the CRM instance's rules (they decide which values are sync-relevant)
   * @param options the options (mode, default region, configured party fields)
   * @return 16 lower-case hex characters
   */
  public static String of(PartySnapshot party, CrmRules rules, SyncOptions options) {
    return options.hashMode() == HashMode.LEGACY_ROW_IDS
        ? legacy(party.entries())
        : content(party, rules, options);
  }

  /**
   * Returns the content hash of a party.
   *
   * @param party the party as read
   * @param rules the CRM instance's rules (they decide which values are sync-relevant)
   * @param options the options (default region, configured party fields)
   * @return 16 lower-case hex characters
   */
  public static String content(PartySnapshot party, CrmRules rules, SyncOptions options) {
    Classifier classifier = new Classifier(party, rules, options);
    return content(classifier.classify(party.entries()));
  }

  /** Returns the content hash of classified entries. */
  static String content(List<ClassifiedEntry> entries) {
    List<String> lines = new ArrayList<>();
    for (ClassifiedEntry entry : entries) {
      if (entry.valueMarker().isPresent() && entry.relevant()) {
        lines.add(entry.key() + "\u0000" + entry.entry().remarkOrEmpty());
      }
    }
    return ofLines(lines);
  }

  /**
   * Returns the content hash of the given lines: sorted by their UTF-8 bytes, joined with {@code
   * "\n"}, SHA-256, the first 16 lower-case hex characters.
   *
   * @param lines the lines, in any order
   * @return 16 lower-case hex characters
   */
  public static String ofLines(List<String> lines) {
    List<byte[]> encoded = new ArrayList<>(lines.size());
    for (String line : lines) {
      encoded.add(line.getBytes(StandardCharsets.UTF_8));
    }
    encoded.sort(Arrays::compareUnsigned);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.size(); i++) {
      if (i > 0) {
        text.write('\n');
      }
      text.writeBytes(encoded.get(i));
    }
    return digest("SHA-256", text.toByteArray());
  }

  /**
   * Returns the legacy hash of the given entries (see the class description).
   *
   * @param entries the party's entries as read
   * @return 16 lower-case hex characters
   */
  public static String legacy(List<PartyEntry> entries) {
    List<String> rowIds = new ArrayList<>();
    for (PartyEntry entry : entries) {
      if (entry.rowId() != null) {
        rowIds.add(entry.rowId());
      }
    }
    rowIds.sort(String::compareTo);
    return digest("MD5", String.join("", rowIds).getBytes(StandardCharsets.UTF_8));
  }

  private static String digest(String algorithm, byte[] text) {
    try {
      byte[] hash = MessageDigest.getInstance(algorithm).digest(text);
      return HEX.formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides " + algorithm, e);
    }
  }
}
