package de.kommsync.testkit.gen;

import de.kommsync.model.Channel;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One written form of a value in the generators' pool, with its canonical key written down by hand
 * (not computed by the library), so a test can judge the library by an independent table.
 *
 * @param text the value as a user writes it
 * @param channel the channel its shape belongs to
 * @param key the canonical key (E.164 for phones; for e-mails NFC, lower case, punycode domain), or
 *     null when the value cannot be synced (no possible number, an address the CRM refuses, a beA
 *     id, a URL)
 * @param crmWritable whether a person can type this form into the CRM as it stands
 */
public record SampleValue(String text, Channel channel, @Nullable String key, boolean crmWritable) {

  /** Checks the arguments. */
  public SampleValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(channel, "channel");
  }

  /** Returns the key, when the value can be synced. */
  public Optional<String> keyIfSyncable() {
    return Optional.ofNullable(key);
  }
}
