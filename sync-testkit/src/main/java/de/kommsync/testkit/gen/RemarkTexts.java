package de.kommsync.testkit.gen;

import java.util.List;

/**
 * User remark texts the generators put into entries: empty, plain, with umlauts, a leading space,
 * line breaks, brackets, an emoji, text that looks like a broken marker, and one long enough that a
 * marker no longer fits before it.
 */
public final class RemarkTexts {

  private static final List<String> ALL =
      List.of(
          "",
          "",
          "Zentrale",
          "Frau Müller – nur vormittags",
          " führendes Leerzeichen",
          "Zeile 1\nZeile 2",
          "Rückruf erbeten \uD83D\uDCDE",
          "Text]mit]Klammern",
          "[ESPOCRM:kaputt:1] alte Notiz",
          "ESPOCRM-SLOT:3 ohne Klammer",
          "Sekretariat, Durchwahl -12",
          "Lang: " + "Bitte nur nach Rücksprache mit der Kanzlei anrufen. ".repeat(4));

  private RemarkTexts() {}

  /** Returns every text, in a fixed order. */
  public static List<String> all() {
    return ALL;
  }

  /** Returns the text at an index taken modulo the number of texts. */
  public static String at(int index) {
    return ALL.get(Math.floorMod(index, ALL.size()));
  }
}
