package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.MalformedResponseException;
import org.junit.jupiter.api.Test;

class EspoCrmClientReplyTest {

  private static final String PAGE =
      "<html><head><title>Sign in</title></head><body>helpdesk@kanzlei.example</body></html>";

  @Test
  void refusesAnHtmlPageOnASuccessWithoutQuotingIt() {
    EspoCrmClient.Reply reply =
        new EspoCrmClient.Reply(200, PAGE.getBytes(UTF_8), "text/html; charset=UTF-8");

    assertThatThrownBy(() -> reply.json("read of CBeteiligte record abc"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("read of CBeteiligte record abc: the answer is an HTML or XML page, not JSON");
  }

  @Test
  void readsJsonThatTheServerLabelledPlainText() {
    EspoCrmClient.Reply reply =
        new EspoCrmClient.Reply(200, "{\"id\":\"abc\"}".getBytes(UTF_8), "text/plain");

    assertThat(reply.json("read of CBeteiligte record abc").path("id").asText()).isEqualTo("abc");
  }

  @Test
  void readsJsonWithoutAContentType() {
    EspoCrmClient.Reply reply = new EspoCrmClient.Reply(200, "[]".getBytes(UTF_8), null);

    assertThat(reply.json("list").isArray()).isTrue();
  }
}
