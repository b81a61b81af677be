package de.kommsync.testkit.gen;

import de.kommsync.model.Channel;
import de.kommsync.model.PhoneType;
import java.util.Objects;

/**
 * One edit a user makes on one side between two runs. Which entry or value an edit touches is a
 * pick: a number taken modulo the number of candidates when the edit is applied, so an edit stays
 * meaningful whatever the state (and shrinks well). Value indexes pick from {@link SampleValues}.
 */
public sealed interface Edit {

  /** A user adds an entry in the party system: value, a kind fitting its shape, a remark. */
  record AddEntry(int valueIndex, int kindPick, int remarkIndex) implements Edit {}

  /** A user changes an entry's value to another value of the pool. */
  record ChangeEntry(int pick, int valueIndex) implements Edit {}

  /** A user writes an entry's value in another form of the same key (no real change). */
  record ReformEntry(int pick, int formPick) implements Edit {}

  /** A user deletes an entry's value by blanking it. */
  record BlankEntry(int pick) implements Edit {}

  /** A user removes an entry altogether (only the client can). */
  record RemoveEntry(int pick) implements Edit {}

  /** A user replaces the text of a remark after the marker, keeping the marker. */
  record EditRemark(int pick, int remarkIndex) implements Edit {}

  /**
   * A user damages a marker by hand: {@code mode} 0 drops the closing bracket, 1 sets kind 5, 2
   * sets kind 13, 3 corrupts the Base64, 4 puts text before the marker, 5 lower-cases the tag, 6
   * encodes bytes that are not UTF-8.
   */
  record DamageMarker(int pick, int mode) implements Edit {}

  /** A user copies one entry's remark, marker included, onto another entry. */
  record CopyRemark(int fromPick, int toPick) implements Edit {}

  /** A user types a value into a blank entry (a slot). */
  record FillSlot(int pick, int valueIndex) implements Edit {}

  /** A user adds a second entry with the value of an existing one, maybe in another form. */
  record DuplicateEntry(int pick, int formPick, int kindPick) implements Edit {}

  /** A person adds a value in the CRM. */
  record CrmAdd(Channel channel, int valueIndex, PhoneType type) implements Edit {
    /** Checks the arguments. */
    public CrmAdd {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(type, "type");
    }
  }

  /** A person changes a CRM value to another value of the same channel. */
  record CrmChange(int pick, int valueIndex) implements Edit {}

  /** A person removes a CRM value. */
  record CrmRemove(int pick) implements Edit {}

  /** A person changes a CRM phone's type. */
  record CrmType(int pick, PhoneType type) implements Edit {
    /** Checks the arguments. */
    public CrmType {
      Objects.requireNonNull(type, "type");
    }
  }

  /** A person sets a CRM value's opt-out and invalid flags. */
  record CrmFlags(int pick, boolean optOut, boolean invalid) implements Edit {}

  /** A person makes a CRM value the primary of its list. */
  record CrmPrimary(int pick) implements Edit {}

  /** The same marked entry is changed on both sides: the entry and its CRM value. */
  record BothChange(int pick, int valueIndex, int crmValueIndex) implements Edit {}
}
