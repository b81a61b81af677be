package de.kommsync.testkit.gen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hostile inputs: remarks, values and JSON bodies that no well-behaved server sends. */
final class HostileCorpus {

  private HostileCorpus() {}

  static final String HUGE = "A".repeat(1_000_000);

  static List<String> remarks() {
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(" ");
    for (String body :
        List.of(
            "",
            ":",
            "]",
            "::",
            ":]",
            "::]",
            "MDUx:]",
            "MDUxMQ==:0]",
            "MDUxMQ==:5]",
            "MDUxMQ==:13]",
            "MDUxMQ==:-1]",
            "MDUxMQ==:+1]",
            "MDUxMQ==:01]",
            "MDUxMQ==:001]",
            "MDUxMQ==:99999999999999999999]",
            "MDUxMQ==:\u0661]",
            "MDUxMQ==:\uFF11]",
            "MDUxMQ==:1",
            "MDUxMQ==:1]]]",
            "MDUxMQ==:1:2]",
            "MDUxMQ=:1]",
            "MDUxMQ===:1]",
            "MD Ux MQ==:1]",
            "MDUx\nMQ==:1]",
            "!!!!:1]",
            "/w==:1]",
            "wyg=:1]",
            "7aCA:1]",
            "AA==:1]",
            "====:1]",
            "-_-_:1]",
            "MDUxMQ==:1]x",
            "MDUxMQ==:1]\u0000",
            HUGE + ":1]",
            "MDUxMQ==:1] " + HUGE)) {
      out.add("[ESPOCRM:" + body);
    }
    for (String body : List.of("", "]", "0]", "5]", "13]", "1", "1 ]", "\u0661]", "1]x")) {
      out.add("[ESPOCRM-SLOT:" + body);
    }
    out.add("x[ESPOCRM:MDUxMQ==:1]");
    out.add(" [ESPOCRM:MDUxMQ==:1]");
    out.add("[espocrm:MDUxMQ==:1]");
    out.add("[ESPOCRM-FOO:1]");
    out.add("[ESPOCRM]");
    out.add("\u0000\u0001\u0007\u001b[31mrot\u001b[0m");
    out.add("\uD800 einsam");
    out.add("\uDC00\uD800");
    out.add("\u202Eetrats");
    out.add("\uFEFF[ESPOCRM:MDUxMQ==:1]");
    out.add("[ESPOCRM:MDUxMQ==:1]\r\nzweite Zeile");
    out.add("\uD83D\uDCDE".repeat(200));
    out.add(HUGE);
    out.add(new String(new byte[] {(byte) 0xC3, (byte) 0x28, 0x41}, StandardCharsets.UTF_8));
    return out;
  }

  static List<String> values() {
    return List.of(
        "",
        " ",
        "\t\n",
        "+",
        "++49 511 123456",
        "+49",
        "+49" + "1".repeat(5000),
        "0".repeat(100_000),
        "\u0660\u0665\u0661\u0661 \u0661\u0662\u0663\u0664\u0665\u0666",
        "\uFF10\uFF15\uFF11\uFF11 123456",
        "tel:+49511123456",
        "+49 511 123456 ext. 12",
        "+49 511 123456;ext=12",
        "0511/123456\u0000",
        "0511\u202E654321",
        "(((((((((((0511)))))))))))",
        "-- -- --",
        "@",
        "a@",
        "@b.de",
        "a@b@c.de",
        "a@@b.de",
        "x@" + "a".repeat(70) + ".de",
        "a@-b.de",
        "a@b..de",
        "a@.de",
        "a@xn--.de",
        "a@xn--zz.de",
        "a@xn--mller-kva.xn--mller-kva",
        ".a@b.de",
        "a.@b.de",
        "\"quoted\"@b.de",
        "a b@c.de",
        "a@b.de\u0000",
        "a@b.d\u0301e",
        "ß@ß.de",
        "\uD83D\uDCE7@example.com",
        "mailto:a@b.de",
        "<a@b.de>",
        "a@[127.0.0.1]",
        "a@localhost",
        HUGE + "@b.de",
        "a@" + HUGE + ".de",
        HUGE,
        "\uD800@b.de");
  }

  static List<String> crmBodies() {
    List<String> out = new ArrayList<>(commonBodies());
    String id = "\"id\":\"6c0000000000a4711\"";
    for (String field :
        List.of(
            "\"emailAddressData\":\"x\"",
            "\"emailAddressData\":{}",
            "\"emailAddressData\":[null]",
            "\"emailAddressData\":[1]",
            "\"emailAddressData\":[{}]",
            "\"emailAddressData\":[{\"emailAddress\":5}]",
            "\"emailAddressData\":[{\"emailAddress\":null,\"primary\":\"yes\"}]",
            "\"emailAddressData\":[{\"emailAddress\":\"" + HUGE + "\"}]",
            "\"phoneNumberData\":[{\"phoneNumber\":null,\"type\":7}]",
            "\"phoneNumberData\":[{\"phoneNumber\":\"+49511123456\",\"type\":null}]",
            "\"phoneNumberData\":[{\"phoneNumber\":\"+49511123456\",\"type\":\"\u0000\"}]",
            "\"phoneNumberData\":[{\"phoneNumber\":[],\"type\":\"Office\"}]",
            "\"phoneNumberData\":[[[[]]]]",
            "\"syncStatus\":5",
            "\"syncStatus\":\"\u0000\"",
            "\"syncRetryCount\":\"abc\"",
            "\"syncRetryCount\":-5",
            "\"syncRetryCount\":1e400",
            "\"syncRetryCount\":99999999999999999999999",
            "\"syncNextRetry\":\"gestern\"",
            "\"syncNextRetry\":\"2026-13-45 25:61:61\"",
            "\"modifiedAt\":\"garbage\"",
            "\"modifiedAt\":12345",
            "\"advowareLastSync\":{}",
            "\"versionNumber\":\"x\"",
            "\"versionNumber\":1.5",
            "\"versionNumber\":-1",
            "\"betnr\":{\"a\":1}",
            "\"betnr\":\"" + HUGE + "\"",
            "\"kommunikationHash\":[]")) {
      out.add("{" + id + "," + field + "}");
    }
    out.add("{\"id\":null}");
    out.add("{\"id\":5}");
    out.add("{\"id\":\"\"}");
    out.add("{\"id\":\"a\",\"id\":\"b\"}");
    return out;
  }

  static List<String> partyBodies() {
    List<String> out = new ArrayList<>(commonBodies());
    for (String field :
        List.of(
            "\"kommunikation\":{}",
            "\"kommunikation\":\"x\"",
            "\"kommunikation\":[null]",
            "\"kommunikation\":[1]",
            "\"kommunikation\":[{}]",
            "\"kommunikation\":[{\"id\":\"abc\"}]",
            "\"kommunikation\":[{\"id\":1e400}]",
            "\"kommunikation\":[{\"id\":-1,\"tlf\":{}}]",
            "\"kommunikation\":[{\"id\":1,\"tlf\":[\"a\"]}]",
            "\"kommunikation\":[{\"id\":1,\"bemerkung\":5}]",
            "\"kommunikation\":[{\"id\":1,\"kommKz\":99999999999}]",
            "\"kommunikation\":[{\"id\":1,\"kommKz\":\"3\"}]",
            "\"kommunikation\":[{\"id\":1,\"kommKz\":-3}]",
            "\"kommunikation\":[{\"id\":1,\"online\":\"ja\"}]",
            "\"kommunikation\":[{\"id\":1,\"tlf\":\"" + HUGE + "\"}]",
            "\"kommunikation\":[{\"id\":1,\"rowId\":[]}]",
            "\"geaendertAm\":\"gestern\"",
            "\"geaendertAm\":\"2026-03-29T02:30:00\"",
            "\"geaendertAm\":\"2026-10-25T02:30:00+01:00\"",
            "\"geaendertAm\":5",
            "\"rowId\":{}",
            "\"mobil\":[]",
            "\"mobil\":\"" + HUGE + "\"")) {
      out.add("{\"betNr\":4711," + field + "}");
    }
    out.add("{\"betNr\":\"x\"}");
    out.add("{\"betNr\":null}");
    out.add("{\"betNr\":1.5}");
    out.add("{\"betNr\":99999999999999999999999}");
    out.add("{\"betNr\":-1}");
    return out;
  }

  private static List<String> commonBodies() {
    return List.of(
        "",
        " ",
        "null",
        "[]",
        "{}",
        "1",
        "\"x\"",
        "true",
        "{",
        "{\"id\":\"a\"",
        "{'id':'a'}",
        "{\"id\":\"a\",}",
        "\u0000",
        "<html><body>502 Bad Gateway</body></html>",
        "[".repeat(100_000),
        "[".repeat(100_000) + "]".repeat(100_000),
        "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000),
        new String(new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'}, StandardCharsets.ISO_8859_1),
        "{\"x\":\"" + HUGE + "\"}");
  }
}
