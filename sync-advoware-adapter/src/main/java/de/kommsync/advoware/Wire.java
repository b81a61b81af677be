package de.kommsync.advoware;

import de.kommsync.RemoteCallException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * Sends one HTTP request and maps transport failures to {@link RemoteCallException}s that say
 * whether the request may have reached the server. Thread-safe.
 */
final class Wire {

  private final HttpClient client;

  Wire(HttpClient client) {
    this.client = client;
  }

  /**
   * Sends a request once.
   *
   * @param request the request
   * @param kind how the call may be repeated
   * @param what what is called, with ids only, for messages
   * @return the response with its body
   * @throws RemoteCallException when no answer arrived
   */
  HttpResponse<byte[]> send(HttpRequest request, CallKind kind, String what) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw notSent(what, "could not connect", e);
    } catch (HttpTimeoutException e) {
      throw maybeSent(kind, what, "timed out", e);
    } catch (IOException e) {
      throw maybeSent(kind, what, "lost the connection", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteCallException(what + " was interrupted", 0, false, kind.write(), null, e);
    }
  }

  private static RemoteCallException notSent(String what, String failure, Exception cause) {
    return new RemoteCallException(what + " " + failure, 0, true, false, null, cause);
  }

  private static RemoteCallException maybeSent(
      CallKind kind, String what, String failure, Exception cause) {
    return new RemoteCallException(
        what + " " + failure, 0, kind.repeatable(), kind.write(), null, cause);
  }
}
