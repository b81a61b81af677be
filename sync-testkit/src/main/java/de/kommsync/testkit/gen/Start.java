package de.kommsync.testkit.gen;

import de.kommsync.model.Channel;
import de.kommsync.model.PhoneType;
import java.util.List;
import java.util.Objects;

/**
 * The state a history starts from: a party's entries, the CRM record's values and the setup of the
 * two systems (optimistic concurrency, clocks).
 *
 * @param entries the party's entries in server order
 * @param crmValues the CRM record's values in stored order
 * @param primaryPick which e-mail and which phone is primary (modulo the list sizes)
 * @param optimisticConcurrency whether the CRM checks versions
 * @param crmClockSkewSeconds how far the CRM's clock is ahead of the host's (negative: behind)
 * @param dstStart whether the history starts an hour before a daylight-saving switch in Berlin
 */
public record Start(
    List<StartEntry> entries,
    List<StartValue> crmValues,
    int primaryPick,
    boolean optimisticConcurrency,
    long crmClockSkewSeconds,
    boolean dstStart) {

  /** Checks the arguments and copies the lists. */
  public Start {
    entries = List.copyOf(entries);
    crmValues = List.copyOf(crmValues);
  }

  /**
   * One entry: a value of the pool, a kind fitting it, a remark; or a blank entry, possibly a slot
   * marked by the earlier implementation.
   *
   * @param valueIndex the value (pool index)
   * @param kindPick which fitting kind
   * @param remarkIndex the remark text (index into {@link RemarkTexts})
   * @param blankSlot whether the entry is a blank slot instead
   */
  public record StartEntry(int valueIndex, int kindPick, int remarkIndex, boolean blankSlot) {}

  /**
   * One CRM value.
   *
   * @param channel the list
   * @param valueIndex the value (index into the CRM-writable values of the channel)
   * @param type the phone type (ignored for e-mail)
   * @param optOut the opt-out flag
   * @param invalid the invalid flag
   */
  public record StartValue(
      Channel channel, int valueIndex, PhoneType type, boolean optOut, boolean invalid) {

    /** Checks the arguments. */
    public StartValue {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(type, "type");
    }
  }
}
