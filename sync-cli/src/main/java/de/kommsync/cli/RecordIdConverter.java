package de.kommsync.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks an EspoCRM record id on the command line ({@code --entity-id}): 1 to 64 letters, digits,
 * {@code _} or {@code -}, the ids the EspoCRM adapter accepts (EspoCRM's own are 17 characters). A
 * malformed id is a usage error (exit code 2) before any call is made; the message does not repeat
 * the value.
 */
final class RecordIdConverter implements ITypeConverter<String> {

  private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  @Override
  public String convert(String value) {
    if (!RECORD_ID.matcher(value).matches()) {
      throw new TypeConversionException(
          "an EspoCRM record id holds 1 to 64 letters, digits, _ or - (such as 68e3e7eab49f09adb)");
    }
    return value;
  }
}
