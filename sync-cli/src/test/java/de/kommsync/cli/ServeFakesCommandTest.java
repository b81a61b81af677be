package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.testkit.FakeEspoCrmServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeFakesCommandTest {

  private static final Pattern ESPOCRM_URL = Pattern.compile("espocrm\\.url=(\\S+)");

  /** Starts serve-fakes in the background and waits until it says it is ready. */
  private static Running serve(String... args) throws InterruptedException {
    StringWriter out = new StringWriter();
    CommandLine cli = KommsyncCli.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(args));
    for (int i = 0; i < 200 && !out.toString().contains("Ctrl-C.") && !exit.isDone(); i++) {
      Thread.sleep(50);
    }
    return new Running(out, exit);
  }

  private record Running(StringWriter out, CompletableFuture<Integer> exit) {}

  private static int get(URI uri) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).header("X-Api-Key", FakeEspoCrmServer.API_KEY).GET().build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void servesTheSeededRecordsUntilTheDurationEnds() throws Exception {
    Running running =
        serve(
            "serve-fakes",
            "--port",
            "0",
            "--duration",
            "2",
            "--seed",
            Samples.espocrm().toString());
    Matcher url = ESPOCRM_URL.matcher(running.out().toString());

    assertThat(url.find()).as(running.out().toString()).isTrue();
    assertThat(get(URI.create(url.group(1) + "api/v1/CBeteiligte/68e3e7eab49f09adb")))
        .isEqualTo(200);
    assertThat(running.out().toString())
        .contains("Seeded 0 Advoware parties and 1 EspoCRM records")
        .contains("KOMMSYNC_ADVOWARE_PASSWORD");
    assertThat(running.exit().get()).isZero();
  }

  @Test
  void startsOnlyTheEspoCrmServerWhenAsked() throws Exception {
    Running running = serve("serve-fakes", "--port", "0", "--duration", "1", "--espocrm-only");

    assertThat(running.out().toString())
        .contains("Fake EspoCRM server")
        .doesNotContain("Fake Advoware server");
    assertThat(running.exit().get()).isZero();
  }

  @Test
  void refusesBothOnlyFlags() {
    CliRun run = CliRun.of("serve-fakes", "--advoware-only", "--espocrm-only");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void refusesASeedPathThatIsADirectory() {
    CliRun run = CliRun.of("serve-fakes", "--seed", Samples.espocrm().getParent().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_UNREADABLE);
  }

  @Test
  void refusesADurationBelowOneSecond() {
    CliRun run = CliRun.of("serve-fakes", "--port", "0", "--duration", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--duration must be 1 or more seconds");
  }
}
