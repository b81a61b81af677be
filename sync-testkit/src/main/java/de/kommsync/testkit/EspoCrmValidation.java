package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.testkit.EspoCrmStore.StoredRecord;
import java.util.Optional;

/**
 * Field validation of one write in the EspoCRM simulation, field {@code emailAddress} first, then
 * {@code phoneNumber}; within a field the items' validity first, then the item count (the order of
 * EspoCRM's validation list is not documented; this is an inference). A failure is returned as
 * {@code field:type}, for example {@code phoneNumber:valid}.
 */
final class EspoCrmValidation {

  private final EspoCrmSimulation simulation;
  private final StoredRecord record;

  EspoCrmValidation(EspoCrmSimulation simulation, StoredRecord record) {
    this.simulation = simulation;
    this.record = record;
  }

  Optional<String> validate(ObjectNode input) {
    Optional<String> email = validateEmails(input);
    return email.isPresent() ? email : validatePhones(input);
  }

  private Optional<String> validateEmails(ObjectNode input) {
    JsonNode data = input.get("emailAddressData");
    if (data != null) {
      if (!data.isArray()) {
        return Optional.of("emailAddress:valid");
      }
      for (JsonNode item : data) {
        JsonNode value = item.path("emailAddress");
        if (value.isNull() || value.isMissingNode() || value.asText().isEmpty()) {
          continue; // research §3 "Empty values": an empty e-mail item is skipped
        }
        // research §8 item 6: items are validated before trimming, so spaces give 400
        if (!value.isTextual() || !EspoCrmValueRules.isValidEmail(value.textValue())) {
          return Optional.of("emailAddress:emailAddress");
        }
      }
      // research §3 "Limits" and §8: maxCount counts the raw array, duplicates included
      return data.size() > simulation.emailMaxCount()
          ? Optional.of("emailAddress:maxCount")
          : Optional.empty();
    }
    JsonNode scalar = input.get("emailAddress");
    if (scalar != null && !scalar.isNull()) {
      // research §3 "E-mail rules": the scalar is trimmed before validation
      String trimmed = EspoCrmValueRules.phpTrim(scalar.asText());
      if (!trimmed.isEmpty() && !EspoCrmValueRules.isValidEmail(trimmed)) {
        return Optional.of("emailAddress:emailAddress");
      }
    }
    return Optional.empty();
  }

  private Optional<String> validatePhones(ObjectNode input) {
    JsonNode data = input.get("phoneNumberData");
    JsonNode scalar = input.get("phoneNumber");
    if (data != null) {
      if (!data.isArray()) {
        return Optional.of("phoneNumber:valid");
      }
      for (JsonNode item : data) {
        Optional<String> failure = validatePhoneItem(item);
        if (failure.isPresent()) {
          return failure;
        }
      }
      if (data.size() > simulation.phoneMaxCount()) {
        return Optional.of("phoneNumber:maxCount");
      }
      if (scalar == null) {
        return validateStoredPrimary();
      }
      return Optional.empty();
    }
    if (scalar != null && !scalar.isNull() && !scalar.asText().isBlank()) {
      return phoneValue(scalar.asText());
    }
    return Optional.empty();
  }

  private Optional<String> validatePhoneItem(JsonNode item) {
    JsonNode value = item.path("phoneNumber");
    if (!value.isTextual()) {
      return Optional.of("phoneNumber:valid");
    }
    Optional<String> failure = phoneValue(value.textValue());
    if (failure.isPresent()) {
      return failure;
    }
    JsonNode type = item.get("type");
    // research §3 "Phone type": a type outside the type list fails; a missing one is the default
    if (type != null
        && !type.isNull()
        && (!type.isTextual() || !simulation.typeList().contains(type.textValue()))) {
      return Optional.of("phoneNumber:valid");
    }
    return Optional.empty();
  }

  private Optional<String> phoneValue(String raw) {
    String sanitized =
        EspoCrmValueRules.sanitizePhone(
            raw, simulation.phoneNumberInternational(), simulation.phoneNumberExtensions());
    return EspoCrmValueRules.phoneFailure(sanitized, simulation.phoneNumberInternational())
        .map(type -> "phoneNumber:" + type);
  }

  /**
   * research §3 "Scalar vs arrays" and §8 item 5: an array sent without the scalar re-validates the
   * stored primary, so a legacy number the current mode refuses fails the whole update.
   */
  private Optional<String> validateStoredPrimary() {
    Optional<String> primary = EspoCrmStore.primaryKey(record.phones);
    if (primary.isEmpty()) {
      return Optional.empty();
    }
    return EspoCrmValueRules.phoneFailure(primary.get(), simulation.phoneNumberInternational())
        .map(type -> "phoneNumber:valid");
  }
}
