package org.glossa.client;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.io.GlossaryReader;

/**
 * A termbase on a Glossa server, loaded whole ({@code GET /api/termbases/NAME}, TBX 2019) into core's glossary model
 * by core's TBX reader, so it marks terms and drives QA exactly as the same TBX file would.
 */
public final class RemoteTermbase {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final ServerConnection connection;
    private final ServerResource resource;

    RemoteTermbase(ServerConnection connection, ServerResource resource) {
        this.connection = connection;
        this.resource = resource;
    }

    /**
     * The termbase at {@code url} ({@code http(s)://HOST:PORT/termbases/NAME}) with the user's credentials.
     *
     * @throws ClientException when the URL is not a termbase's or there is no token for its server
     */
    public static RemoteTermbase open(String url) {
        ServerResource r = ServerResource.parse(url, ServerResource.Kind.TERMBASE);
        return ServerConnection.open(r.server()).termbase(r.name());
    }

    public ServerResource resource() {
        return resource;
    }

    /** Downloads and reads the termbase as it is now. */
    public Glossary load() {
        HttpResponse<byte[]> r = connection.send(connection.request(resource.api(""), TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray(), resource.toString());
        try {
            return GlossaryReader.read(r.body(), resource.name() + ".tbx");
        } catch (InputException e) {
            throw new ClientException(resource.toString(), 0, "the server sent a TBX that cannot be read: " + e.describe(), e);
        }
    }

    @Override
    public String toString() {
        return resource.toString();
    }
}
