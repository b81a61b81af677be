package de.kommsync.cli;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.model.PhoneType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The product words of the command line and the core enums they stand for: {@code to-espocrm} is
 * {@link Direction#TO_CRM}, {@code espocrm-wins} is {@link ConflictPolicy#CRM_WINS}, and so on.
 */
final class Choices {

  private static final Map<String, Direction> DIRECTIONS = new LinkedHashMap<>();
  private static final Map<String, ConflictPolicy> POLICIES = new LinkedHashMap<>();
  private static final Map<String, PhoneType> PHONE_TYPES = new LinkedHashMap<>();

  static {
    DIRECTIONS.put("both", Direction.BOTH);
    DIRECTIONS.put("to-espocrm", Direction.TO_CRM);
    DIRECTIONS.put("to-advoware", Direction.TO_PARTY_SYSTEM);
    POLICIES.put("espocrm-wins", ConflictPolicy.CRM_WINS);
    POLICIES.put("advoware-wins", ConflictPolicy.PARTY_SYSTEM_WINS);
    POLICIES.put("keep-both", ConflictPolicy.KEEP_BOTH);
    PHONE_TYPES.put("Mobile", PhoneType.MOBILE);
    PHONE_TYPES.put("Office", PhoneType.BUSINESS);
    PHONE_TYPES.put("Home", PhoneType.HOME);
    PHONE_TYPES.put("Fax", PhoneType.FAX);
    PHONE_TYPES.put("Other", PhoneType.OTHER);
  }

  private Choices() {}

  private static <T> T lookUp(Map<String, T> words, String value, boolean ignoreCase) {
    for (Map.Entry<String, T> word : words.entrySet()) {
      boolean same =
          ignoreCase ? word.getKey().equalsIgnoreCase(value.trim()) : word.getKey().equals(value);
      if (same) {
        return word.getValue();
      }
    }
    throw new TypeConversionException(
        "expected one of " + String.join(", ", words.keySet()) + " but was '" + value + "'");
  }

  /** Converts {@code both}, {@code to-espocrm}, {@code to-advoware}. */
  static final class DirectionConverter implements ITypeConverter<Direction> {
    @Override
    public Direction convert(String value) {
      return lookUp(DIRECTIONS, value.toLowerCase(Locale.ROOT), true);
    }
  }

  /** Converts {@code espocrm-wins}, {@code advoware-wins}, {@code keep-both}. */
  static final class PolicyConverter implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
      return lookUp(POLICIES, value.toLowerCase(Locale.ROOT), true);
    }
  }

  /** Converts the EspoCRM phone type names {@code Mobile, Office, Home, Fax, Other}. */
  static final class PhoneTypeConverter implements ITypeConverter<PhoneType> {
    @Override
    public PhoneType convert(String value) {
      return lookUp(PHONE_TYPES, value.trim(), true);
    }
  }

  /** Lists the direction words, for the help. */
  static final class DirectionWords implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return new ArrayList<>(DIRECTIONS.keySet()).iterator();
    }
  }

  /** Lists the conflict policy words, for the help. */
  static final class PolicyWords implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return new ArrayList<>(POLICIES.keySet()).iterator();
    }
  }

  /** Lists the EspoCRM phone type names, for the help. */
  static final class PhoneTypeWords implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return new ArrayList<>(PHONE_TYPES.keySet()).iterator();
    }
  }
}
