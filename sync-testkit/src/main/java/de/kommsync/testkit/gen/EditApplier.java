package de.kommsync.testkit.gen;

import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.marker.ParsedRemark;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.testkit.InMemoryAdvoware;
import de.kommsync.testkit.InMemoryEspoCrm;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Applies {@link Edit}s to the fakes as the users of both products would make them. */
final class EditApplier {

  private static final List<Integer> PHONE_KINDS = List.of(1, 2, 3, 6, 7, 9, 10);
  private static final List<Integer> EMAIL_KINDS = List.of(4, 8, 11, 12);

  private final InMemoryAdvoware party;
  private final InMemoryEspoCrm crm;
  private final String partyId;
  private final String recordId;

  EditApplier(InMemoryAdvoware party, InMemoryEspoCrm crm, String partyId, String recordId) {
    this.party = party;
    this.crm = crm;
    this.partyId = partyId;
    this.recordId = recordId;
  }

  static SampleValue value(int index) {
    List<SampleValue> all = SampleValues.all();
    return all.get(Math.floorMod(index, all.size()));
  }

  /** Returns a kind that fits the value's shape, as a user would choose it. */
  static int kindFor(SampleValue value, int pick) {
    if (value.text().startsWith("DE.BRAK")) {
      return 12;
    }
    if (value.text().startsWith("www.")) {
      return 5;
    }
    List<Integer> kinds = value.channel() == Channel.EMAIL ? EMAIL_KINDS : PHONE_KINDS;
    if (value.key() == null) {
      kinds = value.channel() == Channel.EMAIL ? List.of(4, 8) : List.of(1, 10);
    }
    return kinds.get(Math.floorMod(pick, kinds.size()));
  }

  boolean apply(Edit edit) {
    if (edit instanceof Edit.AddEntry e) {
      SampleValue v = value(e.valueIndex());
      String remark = RemarkTexts.at(e.remarkIndex());
      party.addEntry(partyId, kind(kindFor(v, e.kindPick())), v.text(), nullIfEmpty(remark));
      return true;
    }
    if (edit instanceof Edit.ChangeEntry e) {
      return entry(e.pick(), PartyEntryFilter.FILLED)
          .map(x -> party.setValue(partyId, x.id(), value(e.valueIndex()).text()))
          .orElse(false);
    }
    if (edit instanceof Edit.ReformEntry e) {
      return entry(e.pick(), PartyEntryFilter.FILLED)
          .map(x -> reform(x, e.formPick()))
          .orElse(false);
    }
    if (edit instanceof Edit.BlankEntry e) {
      return entry(e.pick(), PartyEntryFilter.FILLED)
          .map(x -> party.setValue(partyId, x.id(), ""))
          .orElse(false);
    }
    if (edit instanceof Edit.RemoveEntry e) {
      return entry(e.pick(), PartyEntryFilter.ANY)
          .map(x -> party.removeEntry(partyId, x.id()))
          .orElse(false);
    }
    if (edit instanceof Edit.EditRemark e) {
      return entry(e.pick(), PartyEntryFilter.ANY)
          .map(x -> editRemark(x, RemarkTexts.at(e.remarkIndex())))
          .orElse(false);
    }
    if (edit instanceof Edit.DamageMarker e) {
      return entry(e.pick(), PartyEntryFilter.MARKED).map(x -> damage(x, e.mode())).orElse(false);
    }
    if (edit instanceof Edit.CopyRemark e) {
      return copyRemark(e);
    }
    if (edit instanceof Edit.FillSlot e) {
      return entry(e.pick(), PartyEntryFilter.BLANK)
          .map(x -> party.setValue(partyId, x.id(), fitting(x, value(e.valueIndex())).text()))
          .orElse(false);
    }
    if (edit instanceof Edit.DuplicateEntry e) {
      return entry(e.pick(), PartyEntryFilter.FILLED).map(x -> duplicate(x, e)).orElse(false);
    }
    return applyCrm(edit);
  }

  private boolean applyCrm(Edit edit) {
    try {
      if (edit instanceof Edit.CrmAdd e) {
        SampleValue v = crmValue(e.channel(), e.valueIndex());
        if (e.channel() == Channel.EMAIL) {
          crm.addEmail(recordId, v.text());
        } else {
          crm.addPhone(recordId, v.text(), e.type());
        }
        return true;
      }
      if (edit instanceof Edit.CrmChange e) {
        return crmItem(e.pick(), v -> true)
            .map(
                v ->
                    crm.changeValue(
                        recordId, v.value(), crmValue(v.channel(), e.valueIndex()).text()))
            .orElse(false);
      }
      if (edit instanceof Edit.CrmRemove e) {
        return crmItem(e.pick(), v -> true)
            .map(v -> crm.removeValue(recordId, v.value()))
            .orElse(false);
      }
      if (edit instanceof Edit.CrmType e) {
        return crmItem(e.pick(), v -> v.channel() == Channel.PHONE)
            .map(v -> crm.changePhoneType(recordId, v.value(), e.type()))
            .orElse(false);
      }
      if (edit instanceof Edit.CrmFlags e) {
        return crmItem(e.pick(), v -> true)
            .map(v -> crm.setFlags(recordId, v.value(), e.optOut(), e.invalid()))
            .orElse(false);
      }
      if (edit instanceof Edit.CrmPrimary e) {
        return crmItem(e.pick(), v -> true)
            .map(v -> crm.makePrimary(recordId, v.value()))
            .orElse(false);
      }
      if (edit instanceof Edit.BothChange e) {
        return bothChange(e);
      }
      throw new IllegalArgumentException("unknown edit " + edit.getClass().getSimpleName());
    } catch (IllegalArgumentException refused) {
      if (refused.getMessage() != null && refused.getMessage().startsWith("unknown edit")) {
        throw refused;
      }
      return false;
    }
  }

  private enum PartyEntryFilter {
    ANY,
    FILLED,
    BLANK,
    MARKED
  }

  private Optional<PartyEntry> entry(int pick, PartyEntryFilter filter) {
    List<PartyEntry> candidates = new ArrayList<>();
    for (PartyEntry entry : party.party(partyId).entries()) {
      boolean ok =
          switch (filter) {
            case ANY -> true;
            case FILLED -> !entry.isBlank();
            case BLANK -> entry.isBlank();
            case MARKED -> entry.remarkOrEmpty().startsWith(MarkerCodec.PREFIX);
          };
      if (ok) {
        candidates.add(entry);
      }
    }
    return candidates.isEmpty()
        ? Optional.empty()
        : Optional.of(candidates.get(Math.floorMod(pick, candidates.size())));
  }

  private Optional<CrmValue> crmItem(int pick, Predicate<CrmValue> filter) {
    CrmRecord record = crm.record(recordId);
    List<CrmValue> all = new ArrayList<>(record.emails());
    all.addAll(record.phones());
    List<CrmValue> candidates = all.stream().filter(filter).toList();
    return candidates.isEmpty()
        ? Optional.empty()
        : Optional.of(candidates.get(Math.floorMod(pick, candidates.size())));
  }

  private static SampleValue crmValue(Channel channel, int index) {
    List<SampleValue> pool = SampleValues.crmWritable(channel);
    return pool.get(Math.floorMod(index, pool.size()));
  }

  private boolean reform(PartyEntry entry, int formPick) {
    Optional<SampleValue> known =
        SampleValues.all().stream().filter(v -> v.text().equals(entry.value())).findFirst();
    if (known.isEmpty()) {
      return false;
    }
    List<SampleValue> forms = SampleValues.sameKey(known.get());
    return party.setValue(
        partyId, entry.id(), forms.get(Math.floorMod(formPick, forms.size())).text());
  }

  private boolean duplicate(PartyEntry entry, Edit.DuplicateEntry e) {
    Optional<SampleValue> known =
        SampleValues.all().stream().filter(v -> v.text().equals(entry.value())).findFirst();
    SampleValue base =
        known.orElseGet(() -> new SampleValue(entry.valueOrEmpty(), channelOf(entry), null, false));
    List<SampleValue> forms = SampleValues.sameKey(base);
    SampleValue form = forms.get(Math.floorMod(e.formPick(), forms.size()));
    party.addEntry(partyId, kind(kindFor(form, e.kindPick())), form.text(), null);
    return true;
  }

  private static Channel channelOf(PartyEntry entry) {
    return entry.valueOrEmpty().contains("@") ? Channel.EMAIL : Channel.PHONE;
  }

  /** A value fitting the slot's kind: a user types a phone into a phone entry. */
  private SampleValue fitting(PartyEntry slot, SampleValue wanted) {
    Kind kind =
        party.entry(partyId, slot.id()).flatMap(x -> Kind.ofCode(x.kindCode())).orElse(null);
    if (kind == null || kind.channel().isEmpty() || kind.channel().get() == wanted.channel()) {
      return wanted;
    }
    List<SampleValue> pool = SampleValues.crmWritable(kind.channel().get());
    return pool.get(Math.floorMod(wanted.text().hashCode(), pool.size()));
  }

  private boolean editRemark(PartyEntry entry, String text) {
    ParsedRemark parsed = MarkerCodec.parse(entry.remark());
    String remark = MarkerCodec.render(parsed.marker(), text);
    return party.setRemark(partyId, entry.id(), nullIfEmpty(remark));
  }

  private boolean damage(PartyEntry entry, int mode) {
    String remark = entry.remarkOrEmpty();
    int close = remark.indexOf(']');
    String damaged =
        switch (mode) {
          case 0 ->
              close < 0 ? remark + "x" : remark.substring(0, close) + remark.substring(close + 1);
          case 1 -> close < 0 ? remark : replaceKind(remark, close, "5");
          case 2 -> close < 0 ? remark : replaceKind(remark, close, "13");
          case 3 -> "[ESPOCRM:!" + remark.substring("[ESPOCRM".length());
          case 4 -> "Notiz " + remark;
          case 5 -> "[espocrm" + remark.substring("[ESPOCRM".length());
          default ->
              "[ESPOCRM:"
                  + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe})
                  + ":1]"
                  + (close < 0 ? "" : remark.substring(close + 1));
        };
    return party.setRemark(partyId, entry.id(), damaged);
  }

  private static String replaceKind(String remark, int close, String kind) {
    int colon = remark.lastIndexOf(':', close);
    return colon < 0 ? remark : remark.substring(0, colon + 1) + kind + remark.substring(close);
  }

  private boolean copyRemark(Edit.CopyRemark e) {
    Optional<PartyEntry> from = entry(e.fromPick(), PartyEntryFilter.MARKED);
    Optional<PartyEntry> to = entry(e.toPick(), PartyEntryFilter.ANY);
    if (from.isEmpty() || to.isEmpty() || from.get().id() == to.get().id()) {
      return false;
    }
    return party.setRemark(partyId, to.get().id(), from.get().remark());
  }

  private boolean bothChange(Edit.BothChange e) {
    Optional<PartyEntry> marked =
        entry(e.pick(), PartyEntryFilter.MARKED)
            .filter(x -> MarkerCodec.parse(x.remark()).marker() instanceof Marker.Value);
    if (marked.isEmpty()) {
      return false;
    }
    Marker.Value marker = (Marker.Value) MarkerCodec.parse(marked.get().remark()).marker();
    Optional<String> key = keyOrEmpty(marker.syncedValue());
    party.setValue(partyId, marked.get().id(), value(e.valueIndex()).text());
    if (key.isEmpty()) {
      return true;
    }
    Optional<CrmValue> held = crmItem(0, v -> keyOrEmpty(v.value()).equals(key));
    held.ifPresent(
        v -> crm.changeValue(recordId, v.value(), crmValue(v.channel(), e.crmValueIndex()).text()));
    return true;
  }

  private static Optional<String> keyOrEmpty(String text) {
    try {
      return SampleValues.keyOf(text);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static Kind kind(int code) {
    return Kind.ofCode(code).orElseThrow();
  }

  private static @Nullable String nullIfEmpty(String text) {
    return text.isEmpty() ? null : text;
  }
}
