package de.kommsync.espocrm;

import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncField;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the adapter sees one EspoCRM instance: the entity that holds the parties, the names of the
 * party-id and sync-state fields (SPEC section 2), the mapping between the neutral phone types and
 * EspoCRM's type names, and optional overrides of what the instance reports about its phone rules.
 * Immutable; build with {@link #builder()}.
 *
 * @param entityName the entity type, default {@code CBeteiligte}
 * @param partyIdField the field that holds the party id, default {@code betnr}
 * @param syncFieldNames the name of every sync-state field; defaults as SPEC section 2
 * @param phoneTypeNames the EspoCRM type name of every neutral phone type; default {@code
 *     BUSINESS=Office, MOBILE=Mobile, HOME=Home, FAX=Fax, OTHER=Other}
 * @param phoneNumberInternational overrides the instance's {@code phoneNumberInternational} setting
 *     when not null
 * @param typeList overrides the phone field's {@code typeList} from the metadata when not null
 */
public record EspoCrmConfig(
    String entityName,
    String partyIdField,
    Map<SyncField, String> syncFieldNames,
    Map<PhoneType, String> phoneTypeNames,
    @Nullable Boolean phoneNumberInternational,
    @Nullable List<String> typeList) {

  /** Checks that every sync field and phone type has a distinct name, and copies the maps. */
  public EspoCrmConfig {
    requireName(entityName, "entityName");
    requireName(partyIdField, "partyIdField");
    syncFieldNames = complete(syncFieldNames, SyncField.class, "syncFieldNames");
    phoneTypeNames = complete(phoneTypeNames, PhoneType.class, "phoneTypeNames");
    if (new HashSet<>(phoneTypeNames.values()).size() != phoneTypeNames.size()) {
      throw new IllegalArgumentException("phoneTypeNames must be distinct");
    }
    typeList = typeList == null ? null : List.copyOf(typeList);
  }

  private static void requireName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  private static <K extends Enum<K>> Map<K, String> complete(
      Map<K, String> names, Class<K> type, String what) {
    EnumMap<K, String> copy = new EnumMap<>(type);
    copy.putAll(names);
    for (K key : type.getEnumConstants()) {
      String name = copy.get(key);
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(what + " lacks a name for " + key);
      }
    }
    return Map.copyOf(copy);
  }

  /** Returns the configuration with every default. */
  public static EspoCrmConfig defaults() {
    return builder().build();
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the attribute name of a sync-state field. */
  public String fieldName(SyncField field) {
    return syncFieldNames.get(field);
  }

  /** Returns the EspoCRM type name of a neutral phone type. */
  public String phoneTypeName(PhoneType type) {
    return phoneTypeNames.get(type);
  }

  /**
   * Returns the neutral phone type of an EspoCRM type name.
   *
   * @param typeName the name as EspoCRM stores it, compared exactly
   * @return the type, or empty for a name the mapping does not know
   */
  public Optional<PhoneType> phoneType(String typeName) {
    for (Map.Entry<PhoneType, String> entry : phoneTypeNames.entrySet()) {
      if (entry.getValue().equals(typeName)) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  /** Builds {@link EspoCrmConfig}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private String entityName = "CBeteiligte";
    private String partyIdField = "betnr";
    private final Map<SyncField, String> syncFieldNames = new EnumMap<>(SyncField.class);
    private final Map<PhoneType, String> phoneTypeNames = new EnumMap<>(PhoneType.class);
    private @Nullable Boolean phoneNumberInternational;
    private @Nullable List<String> typeList;

    private Builder() {
      syncFieldNames.put(SyncField.STATUS, "syncStatus");
      syncFieldNames.put(SyncField.RETRY_COUNT, "syncRetryCount");
      syncFieldNames.put(SyncField.NEXT_RETRY, "syncNextRetry");
      syncFieldNames.put(SyncField.AUTO_RESET_AT, "syncAutoResetAt");
      syncFieldNames.put(SyncField.ERROR_MESSAGE, "syncErrorMessage");
      syncFieldNames.put(SyncField.LAST_SYNC, "advowareLastSync");
      syncFieldNames.put(SyncField.PARTY_ROW_ID, "advowareRowId");
      syncFieldNames.put(SyncField.HASH, "kommunikationHash");
      phoneTypeNames.put(PhoneType.BUSINESS, "Office");
      phoneTypeNames.put(PhoneType.MOBILE, "Mobile");
      phoneTypeNames.put(PhoneType.HOME, "Home");
      phoneTypeNames.put(PhoneType.FAX, "Fax");
      phoneTypeNames.put(PhoneType.OTHER, "Other");
    }

    /** Sets the entity type that holds the parties. */
    public Builder entityName(String value) {
      this.entityName = value;
      return this;
    }

    /** Sets the field that holds the party id. */
    public Builder partyIdField(String value) {
      this.partyIdField = value;
      return this;
    }

    /** Sets the attribute name of one sync-state field. */
    public Builder fieldName(SyncField field, String name) {
      syncFieldNames.put(Objects.requireNonNull(field, "field"), name);
      return this;
    }

    /** Sets the EspoCRM type name of one neutral phone type. */
    public Builder phoneTypeName(PhoneType type, String name) {
      phoneTypeNames.put(Objects.requireNonNull(type, "type"), name);
      return this;
    }

    /** Overrides the instance's international phone setting; null reads it from the instance. */
    public Builder phoneNumberInternational(@Nullable Boolean value) {
      this.phoneNumberInternational = value;
      return this;
    }

    /** Overrides the phone field's type list; null reads it from the instance's metadata. */
    public Builder typeList(@Nullable List<String> value) {
      this.typeList = value;
      return this;
    }

    /** Builds the configuration. */
    public EspoCrmConfig build() {
      return new EspoCrmConfig(
          entityName,
          partyIdField,
          syncFieldNames,
          phoneTypeNames,
          phoneNumberInternational,
          typeList);
    }
  }
}
