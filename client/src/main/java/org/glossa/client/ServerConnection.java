package org.glossa.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An authenticated connection to one Glossa server: sends requests with its token and turns every failure into a
 * {@link ClientException} that names the URL and the cause (not reachable, 401 token refused, 403 role too weak,
 * 404 no such memory or termbase, the server's own {@code {"error"}} message otherwise). Thread-safe; one
 * connection serves any number of memories and termbases of its server.
 */
public final class ServerConnection {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final ServerAddress server;
    private final String token;
    private final Credentials credentials;
    private final HttpClient http;

    private ServerConnection(ServerAddress server, String token, Credentials credentials) {
        this.server = server;
        this.token = token;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A connection to {@code server} with its token from {@code credentials}. Nothing is sent yet.
     *
     * @throws ClientException when there is no token for the server
     */
    public static ServerConnection open(ServerAddress server, Credentials credentials) {
        return new ServerConnection(server, credentials.tokenFor(server), credentials);
    }

    /** A connection to {@code server} with the user's {@link Credentials#ofUser() credentials}. */
    public static ServerConnection open(ServerAddress server) {
        return open(server, Credentials.ofUser());
    }

    public ServerAddress server() {
        return server;
    }

    /** A memory of this server, looked up and written in one language pair. */
    public RemoteMemory memory(String name, String sourceLanguage, String targetLanguage) {
        return new RemoteMemory(this, new ServerResource(server, ServerResource.Kind.MEMORY, name), sourceLanguage,
                targetLanguage);
    }

    /** A termbase of this server. */
    public RemoteTermbase termbase(String name) {
        return new RemoteTermbase(this, new ServerResource(server, ServerResource.Kind.TERMBASE, name));
    }

    /**
     * Starts listening to the server's change events on a thread of its own (see {@link EventStream}).
     *
     * @param lastEventId the id of the last event already seen (0: only changes from now on)
     */
    public EventStream events(long lastEventId, EventStream.Listener listener) {
        return EventStream.start(this, lastEventId, listener);
    }

    HttpRequest.Builder request(URI uri, Duration timeout) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", "Bearer " + token)
                .header("User-Agent", "glossa-client");
    }

    /** Sends {@code request}; a non-2xx answer or a failure to connect becomes a {@link ClientException}. */
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body, String what) {
        HttpResponse<T> r;
        try {
            r = http.send(request, body);
        } catch (IOException e) {
            throw unreachable(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException(what, "interrupted");
        }
        if (r.statusCode() / 100 != 2) throw refused(what, r.statusCode(), errorMessage(r.body()));
        return r;
    }

    /** Sends {@code request} and reads the answer as JSON. */
    JsonNode sendForJson(HttpRequest request, String what) {
        HttpResponse<byte[]> r = send(request, HttpResponse.BodyHandlers.ofByteArray(), what);
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new ClientException(what, r.statusCode(), "the server's answer is not JSON: " + e.getMessage(), e);
        }
    }

    ClientException unreachable(String what, IOException e) {
        String cause;
        if (e instanceof HttpConnectTimeoutException) {
            cause = "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s (is " + server + " right and reachable?)";
        } else if (e instanceof HttpTimeoutException) {
            cause = "the server did not answer in time";
        } else if (e instanceof ConnectException) {
            cause = "cannot connect to " + server + " (connection refused: is the Glossa server running there?)";
        } else {
            cause = "cannot reach " + server + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return new ClientException(what, 0, cause, e);
    }

    ClientException refused(String what, int status, String serverMessage) {
        String detail = serverMessage.isEmpty() ? "" : " (" + serverMessage + ")";
        return switch (status) {
            case 401 -> new ClientException(what, status, "the server refused the token" + detail + "; check "
                    + Credentials.ENVIRONMENT_VARIABLE + (credentials.environmentToken().isPresent() ? ""
                    : " or the line for " + server + " in " + credentials.file()), null);
            case 403 -> new ClientException(what, status, "not allowed" + detail, null);
            case 404 -> new ClientException(what, status, serverMessage.isEmpty() ? "not found on the server (404)"
                    : serverMessage, null);
            default -> new ClientException(what, status, "the server answered " + status + detail, null);
        };
    }

    /** The {@code error} of a JSON error body, else the start of the body as text. */
    static String errorMessage(Object body) {
        String text;
        if (body instanceof byte[] b) text = new String(b, StandardCharsets.UTF_8);
        else if (body instanceof String s) text = s;
        else if (body instanceof InputStream in) {
            try (in) {
                text = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "the answer could not be read: " + e.getMessage();
            }
        } else return "";
        try {
            JsonNode n = JSON.readTree(text);
            if (n != null && n.hasNonNull("error")) return n.get("error").asText();
        } catch (IOException e) {
            // not JSON (a proxy's error page): the text itself, shortened
        }
        text = text.strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
