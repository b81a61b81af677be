package de.kommsync.cli;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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

  static {
    DIRECTIONS.put("both", Direction.BOTH);
    DIRECTIONS.put("to-espocrm", Direction.TO_CRM);
    DIRECTIONS.put("to-advoware", Direction.TO_PARTY_SYSTEM);
    POLICIES.put("espocrm-wins", ConflictPolicy.CRM_WINS);
    POLICIES.put("advoware-wins", ConflictPolicy.PARTY_SYSTEM_WINS);
    POLICIES.put("keep-both", ConflictPolicy.KEEP_BOTH);
  }

  private Choices() {}

  private static <T> T lookUp(Map<String, T> words, String value) {
    for (Map.Entry<String, T> word : words.entrySet()) {
      if (word.getKey().equalsIgnoreCase(value.strip())) {
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
      return lookUp(DIRECTIONS, value);
    }
  }

  /** Converts {@code espocrm-wins}, {@code advoware-wins}, {@code keep-both}. */
  static final class PolicyConverter implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
      return lookUp(POLICIES, value);
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
}
