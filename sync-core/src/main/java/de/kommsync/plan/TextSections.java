package de.kommsync.plan;

import de.kommsync.Direction;
import de.kommsync.model.CrmValue;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The sections of {@link PlanRenderer#toText}. */
final class TextSections {

  /** The longest value or remark shown in full; a longer one is cut. */
  static final int MAX_SHOWN = 200;

  private TextSections() {}

  static void operations(StringBuilder out, String title, List<Operation> operations) {
    header(out, title, operations.size());
    for (Operation operation : operations) {
      if (operation instanceof CrmWrite write) {
        crmWrite(out, write);
      } else if (operation instanceof CreateEntry create) {
        out.append("  #")
            .append(create.ref())
            .append(" stage ")
            .append(create.stage())
            .append(" create entry, kind ")
            .append(create.kind().code());
        entry(out, create.value(), create.remark(), create.online(), create.variant());
      } else if (operation instanceof UpdateEntry update) {
        out.append("  #")
            .append(update.ref())
            .append(" stage ")
            .append(update.stage())
            .append(" update entry ")
            .append(update.entryId())
            .append(", kind ")
            .append(update.kind().code());
        entry(out, update.value(), update.remark(), update.online(), update.variant());
      }
    }
  }

  private static void crmWrite(StringBuilder out, CrmWrite write) {
    out.append("  CRM update\n");
    list(out, "e-mails", write.emails());
    list(out, "phones", write.phones());
    for (ValueChange change : write.changes()) {
      out.append("    ")
          .append(change.change())
          .append(' ')
          .append(change.channel())
          .append(' ')
          .append(quote(change.oldValue()))
          .append(" -> ")
          .append(quote(change.newValue()))
          .append(" (")
          .append(change.variant())
          .append(")\n");
    }
  }

  private static void entry(
      StringBuilder out, String value, String remark, boolean online, Variant variant) {
    out.append(": value ")
        .append(quote(value))
        .append(", remark ")
        .append(quote(remark))
        .append(", online ")
        .append(online)
        .append(" (")
        .append(variant)
        .append(")\n");
  }

  private static void list(StringBuilder out, String name, @Nullable List<CrmValue> values) {
    if (values == null) {
      return;
    }
    out.append("    ").append(name).append(":");
    if (values.isEmpty()) {
      out.append(" (empty)");
    }
    for (CrmValue value : values) {
      out.append(' ').append(quote(value.value()));
      if (value.type() != null) {
        out.append(' ').append(value.type());
      }
      out.append(value.primary() ? " primary" : "")
          .append(value.optOut() ? " opt-out" : "")
          .append(value.invalid() ? " invalid" : "")
          .append(';');
    }
    out.append('\n');
  }

  static void skipped(StringBuilder out, List<Skip> skipped) {
    header(out, "Skipped", skipped.size());
    for (Skip skip : skipped) {
      out.append("  ")
          .append(skip.side() == Skip.Side.CRM ? "CRM value" : "entry " + skip.entryId())
          .append(' ')
          .append(quote(skip.value()))
          .append(": ")
          .append(skip.reason())
          .append('\n');
    }
  }

  static void conflicts(StringBuilder out, Plan plan) {
    header(out, "Conflicts", plan.conflicts().size());
    for (Conflict conflict : plan.conflicts()) {
      out.append("  entry ")
          .append(conflict.entryId())
          .append(": synced ")
          .append(quote(conflict.syncedValue()))
          .append(", party system ")
          .append(quote(conflict.partySystemValue()))
          .append(", CRM ")
          .append(quote(conflict.crmValue()))
          .append("; ")
          .append(conflict.policy());
      if (!conflict.overwritten().isEmpty()) {
        boolean deferred = deferred(plan, conflict);
        out.append(deferred ? ", will overwrite " : ", overwrites ")
            .append(quote(conflict.overwritten()))
            .append(deferred ? " (deferred)" : "");
      }
      out.append('\n');
    }
  }

  /**
   * Returns whether the plan's direction deferred the write that resolves a conflict: the direction
   * is not both ways and the plan defers an operation for the conflict's entry, or, when the CRM
   * value is the one overwritten, defers a CRM write that replaces or removes that value.
   */
  static boolean deferred(Plan plan, Conflict conflict) {
    if (plan.direction() == Direction.BOTH) {
      return false;
    }
    for (Operation operation : plan.deferred()) {
      if (operation instanceof UpdateEntry update && update.entryId() == conflict.entryId()) {
        return true;
      }
      if (operation instanceof CrmWrite write
          && !conflict.overwritten().isEmpty()
          && conflict.overwritten().equals(conflict.crmValue())
          && write.changes().stream()
              .anyMatch(change -> conflict.crmValue().equals(change.oldValue()))) {
        return true;
      }
    }
    return false;
  }

  static void notices(StringBuilder out, List<Notice> notices) {
    header(out, "Notices", notices.size());
    for (Notice notice : notices) {
      out.append("  ")
          .append(notice.entryId() < 0 ? "CRM" : "entry " + notice.entryId())
          .append(": ")
          .append(notice.kind())
          .append(", ")
          .append(escape(notice.detail()))
          .append('\n');
    }
  }

  private static void header(StringBuilder out, String title, int size) {
    out.append(title).append(size == 0 ? ": none\n" : " (" + size + "):\n");
  }

  /**
   * Quotes a value or remark for one line of text: control characters and line or paragraph
   * separators escaped, so no input can start a line of its own, and a text longer than {@link
   * #MAX_SHOWN} characters cut, with its full length after the closing quote.
   */
  static String quote(@Nullable String text) {
    if (text == null) {
      return "-";
    }
    if (text.length() <= MAX_SHOWN) {
      return '"' + escape(text) + '"';
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
    return '"' + escape(text.substring(0, end)) + "\"...(" + text.length() + " chars)";
  }

  /** Escapes a text for one line: backslash, quote and every character that is not printable. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (unprintable(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean unprintable(char c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
