package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.testlogging.KnownSecrets;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Keeps the log audit's list of fixed test credentials in step with both fake servers. */
class KnownSecretsCoverFakeCredentialsTest {

  private static final List<String> SECRET_WORDS =
      List.of("KEY", "SECRET", "PASSWORD", "TOKEN", "SIGNATURE", "USER");

  @Test
  void listsEveryCredentialConstantOfTheFakeServers() throws IllegalAccessException {
    List<String> credentials = credentialConstants(FakeEspoCrmServer.class);

    assertThat(credentials).isNotEmpty();
    assertThat(KnownSecrets.fixed()).containsAll(credentials);
  }

  @Test
  void listsTheAdvowareFakesPasswordAndApiKeyAsTextAndDecoded() {
    FakeAdvowareServer.Credentials credentials = FakeAdvowareServer.TEST_CREDENTIALS;
    String decodedKey =
        new String(Base64.getDecoder().decode(credentials.apiKey()), StandardCharsets.UTF_8);

    List<String> fixed = KnownSecrets.fixed();

    assertThat(fixed).contains(credentials.password(), credentials.apiKey(), decodedKey);
  }

  private static List<String> credentialConstants(Class<?> type) throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : type.getFields()) {
      String name = field.getName().toUpperCase(Locale.ROOT);
      boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
      if (constant && SECRET_WORDS.stream().anyMatch(name::contains)) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }
}
