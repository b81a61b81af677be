package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.lifecycle.PartyOutcome;
import de.kommsync.lifecycle.PartyRef;
import de.kommsync.marker.Marker;
import de.kommsync.marker.ParsedRemark;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncState;
import de.kommsync.plan.Conflict;
import de.kommsync.plan.CreateEntry;
import de.kommsync.plan.CrmWrite;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Skip;
import de.kommsync.plan.UpdateEntry;
import de.kommsync.plan.ValueChange;
import de.kommsync.plan.Variant;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.EntryWrite;
import de.kommsync.value.CrmForms;
import de.kommsync.value.SkipReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A host that logs a value record with {@code {}} sees no personal data while masking is on. */
class MaskedToStringTest {

  private static final String PHONE = "+49 511 1234567";
  private static final String NATIONAL = "0511/7654321";
  private static final String EMAIL = "max.mustermann@example.de";
  private static final String REMARK = "[ESPOCRM:MDUxMS83NjU0MzIx:1] Zentrale Frau Schulze";
  private static final List<String> SECRETS =
      List.of(
          "1234567", "7654321", "mustermann", "MDUxMS83NjU0MzIx", "Zentrale", "Schulze", "Müller");

  @AfterEach
  void restoreDefault() {
    Masking.setEnabled(true);
  }

  private static CrmValue phone() {
    return new CrmValue(Channel.PHONE, PHONE, PhoneType.OTHER, "Pager", true, false, false);
  }

  private static CrmValue email() {
    return CrmValue.email(EMAIL, true, true, false);
  }

  private static PartyEntry entry() {
    return new PartyEntry(88001, "ROW1", NATIONAL, 0, REMARK, false);
  }

  private static Plan plan() {
    ValueChange change =
        new ValueChange(
            Variant.VAR6_CHANGED_IN_PARTY_SYSTEM,
            Channel.PHONE,
            ValueChange.Change.REPLACED,
            NATIONAL,
            PHONE);
    CrmWrite write = new CrmWrite(List.of(email()), List.of(phone()), List.of(change));
    CreateEntry create =
        new CreateEntry(2, Kind.BUSINESS_EMAIL, EMAIL, REMARK, true, Variant.VAR1_NEW_IN_CRM, 1);
    UpdateEntry update =
        new UpdateEntry(
            3, 88001, Kind.BUSINESS_PHONE, NATIONAL, REMARK, false, Variant.VAR5_CHANGED_IN_CRM, 1);
    Skip skip =
        new Skip(
            Skip.Side.PARTY_SYSTEM,
            88002L,
            Channel.PHONE,
            "Müller 7654321",
            SkipReason.NOT_A_PHONE_NUMBER);
    Conflict conflict =
        new Conflict(
            88001,
            Channel.PHONE,
            NATIONAL,
            PHONE,
            "+49 30 7654321",
            ConflictPolicy.CRM_WINS,
            PHONE);
    return new Plan(
        "104860",
        "68e3e7eab49f09adb",
        Direction.BOTH,
        ConflictPolicy.CRM_WINS,
        false,
        List.of(write, create, update),
        List.of(),
        List.of(skip),
        List.of(conflict),
        List.of(),
        null,
        "00000000000000ff");
  }

  private static RunResult result() {
    Plan plan = plan();
    return new RunResult(
        "104860",
        "68e3e7eab49f09adb",
        RunOutcome.SUCCESS,
        null,
        plan,
        plan.operations(),
        List.of(),
        ApiCalls.NONE,
        null,
        Instant.EPOCH,
        Duration.ZERO);
  }

  private static List<Object> everything() {
    PartySnapshot party =
        new PartySnapshot("104860", "P1", null, Map.of("mobil", NATIONAL), List.of(entry()));
    CrmRecord record =
        new CrmRecord(
            "68e3e7eab49f09adb",
            "104860",
            List.of(email()),
            List.of(phone()),
            SyncState.EMPTY,
            null,
            null);
    return List.of(
        phone(),
        email(),
        entry(),
        party,
        record,
        new EntryWrite(NATIONAL, REMARK, Kind.BUSINESS_PHONE, false),
        new CrmChange(List.of(email()), List.of(phone()), SyncState.EMPTY, Set.of()),
        plan(),
        result(),
        PartyOutcome.of(result()),
        new PartyOutcome(
            new PartyRef("68e3e7eab49f09adb", "104860"),
            PartyOutcome.Disposition.SYNCED,
            "",
            result()),
        new Marker.Value(NATIONAL, Kind.BUSINESS_PHONE),
        new ParsedRemark(new Marker.Value(NATIONAL, Kind.BUSINESS_PHONE), "Frau Schulze", null),
        new CrmForms.Form(PHONE, null));
  }

  @Test
  void printsNoValueRemarkOrMarkerOfAnyRecordWhileMaskingIsOn() {
    List<Object> records = everything();

    for (Object record : records) {
      String printed = record.toString();

      assertThat(printed).as(record.getClass().getSimpleName()).doesNotContain(SECRETS);
    }
  }

  @Test
  void printsMaskedValuesInPlaceOfTheValues() {
    String value = phone().toString();
    String mail = email().toString();
    String party = entry().toString();

    assertThat(value)
        .isEqualTo(
            "CrmValue[channel=PHONE, value=+49 *** **67, type=OTHER, nativeType=Pager,"
                + " primary=true, optOut=false, invalid=false]");
    assertThat(mail).contains("value=m***@e***.de");
    assertThat(party)
        .isEqualTo(
            "PartyEntry[id=88001, rowId=ROW1, value=*** **21, kindCode=0,"
                + " remark=***(50 chars), online=false]");
  }

  @Test
  void printsTheValuesWhenMaskingIsSwitchedOff() {
    Masking.setEnabled(false);

    String printed = plan().toString() + entry() + new EntryWrite("x", REMARK, Kind.MOBILE, false);

    assertThat(printed).contains(PHONE, NATIONAL, EMAIL, REMARK, "Müller 7654321");
  }

  @Test
  void keepsEqualityAndHashOfTheComponents() {
    PartyEntry one = entry();
    PartyEntry other = new PartyEntry(88001, "ROW1", NATIONAL, 0, "another remark", false);

    assertThat(one).isEqualTo(entry()).hasSameHashCodeAs(entry()).isNotEqualTo(other);
    assertThat(plan()).isEqualTo(plan()).hasSameHashCodeAs(plan());
  }
}
