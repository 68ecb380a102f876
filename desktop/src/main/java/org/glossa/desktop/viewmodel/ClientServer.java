package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.glossa.client.ClientException;
import org.glossa.client.Credentials;
import org.glossa.client.EventStream;
import org.glossa.client.RemoteTermbase;
import org.glossa.client.ServerAddress;
import org.glossa.client.ServerConnection;
import org.glossa.client.ServerEvent;
import org.glossa.client.ServerResource;
import org.glossa.client.UnitUpload;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.model.Content;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.TmMatch;

/**
 * The editor's {@link ServerMemory}, {@link ServerTermbase} and {@link ServerEvents} over the client module
 * ({@code org.glossa.client}): memories and termbases named by their URLs, one authenticated connection per server
 * (token from {@code GLOSSA_TOKEN} or the credentials file), one event stream per server merged into one.
 *
 * <p>How the server's answers map onto the write queue: not reachable, a timeout, 401 (token refused), 404 (no such
 * memory yet) and 5xx are transient (the queue keeps the confirmations and tries again); other 4xx are
 * {@link RefusedByServer}. A translator may add units but not change them: when the server refuses a confirmation
 * of a segment it already has (403, a changed target under the same tuid), it is sent again without the tuid, so
 * the colleagues see the new translation beside the old one (a reviewer's confirmation replaces the unit).
 * Confirmations travel with their inline codes and the previous segment's source (context matches for the
 * colleagues), and matches come back with their inline codes.
 */
public final class ClientServer {

    private ClientServer() {
    }

    /**
     * The memories and termbases of {@code urls} whose server has no token in {@code credentials}: for each, what to
     * tell the user (the URL, and how to give a token). Malformed URLs are {@link #open}'s to report.
     */
    public static List<String> missingTokens(List<String> urls, Credentials credentials) {
        List<String> out = new ArrayList<>();
        for (String url : urls) {
            ServerAddress server = ServerAddress.parse(url);
            try {
                credentials.tokenFor(server);
            } catch (ClientException e) {
                // "…/memories/news: no token for this server: set GLOSSA_TOKEN or add the line '… TOKEN' to …"
                out.add(url + ": " + (server.toString().equals(e.file()) ? e.getMessage() : e.describe()));
            }
        }
        return out;
    }

    /**
     * Opens the memories and termbases at {@code memoryUrls} and {@code termbaseUrls} (nothing is sent yet; the
     * event streams start when {@link ServerEvents#next()} is first called). A server's token is read when it is
     * first needed and read again until there is one: without a token every call fails with {@link NoToken} (the
     * write queue keeps the confirmations and tries again), and once the user adds the token to the credentials
     * file the next try works.
     *
     * @throws ClientException when a URL is not a memory's or termbase's
     */
    public static ServerResources open(List<String> memoryUrls, List<String> termbaseUrls, Credentials credentials) {
        Map<ServerAddress, Server> servers = new LinkedHashMap<>();
        List<ServerMemory> memories = new ArrayList<>();
        for (String url : memoryUrls) {
            ServerResource r = ServerResource.parse(url, ServerResource.Kind.MEMORY);
            memories.add(new Memory(servers.computeIfAbsent(r.server(), s -> new Server(s, credentials)), r));
        }
        List<ServerTermbase> termbases = new ArrayList<>();
        for (String url : termbaseUrls) {
            ServerResource r = ServerResource.parse(url, ServerResource.Kind.TERMBASE);
            termbases.add(new Termbase(servers.computeIfAbsent(r.server(), s -> new Server(s, credentials)), r));
        }
        Optional<ServerEvents> events = servers.isEmpty() ? Optional.empty()
                : Optional.of(new Events(List.copyOf(servers.values())));
        return new ServerResources(memories, termbases, events);
    }

    /** Sends {@code work} and turns the client's failures into the queue's: transient or refused for good. */
    private static <T> T call(ClientCall<T> work) throws IOException {
        try {
            return work.call();
        } catch (ClientException e) {
            int status = e.status();
            boolean transientFailure = status == 0 || status == 401 || status == 404 || status == 408
                    || status == 429 || status >= 500;
            if (transientFailure) throw new IOException(e.getMessage(), e);
            throw new RefusedByServer(e.getMessage(), e);
        }
    }

    private interface ClientCall<T> {
        T call();
    }

    /**
     * One server: its connection, opened with the token when it is first needed (again on each call until there is
     * a token; once opened it is kept).
     */
    private static final class Server {
        private final ServerAddress address;
        private final Credentials credentials;
        private ServerConnection connection;

        Server(ServerAddress address, Credentials credentials) {
            this.address = address;
            this.credentials = credentials;
        }

        /** @throws NoToken when the credentials have no token for the server */
        synchronized ServerConnection connection() throws NoToken {
            if (connection == null) {
                try {
                    connection = ServerConnection.open(address, credentials);
                } catch (ClientException e) {
                    throw new NoToken(address.toString(), e);
                }
            }
            return connection;
        }
    }

    /** A memory or termbase of a server: where it is and its name. */
    private abstract static class OnServer {
        final ServerResource resource;

        OnServer(ServerResource resource) {
            this.resource = resource;
        }

        public URI location() {
            return URI.create(resource.toString());
        }

        public String name() {
            return resource.name();
        }
    }

    private static final class Memory extends OnServer implements ServerMemory {
        private final Server server;

        Memory(Server server, ServerResource resource) {
            super(resource);
            this.server = server;
        }

        @Override
        public void add(List<ConfirmedSegment> confirmed) throws IOException {
            // one request per language pair, in order
            Map<List<String>, List<ConfirmedSegment>> byPair = new LinkedHashMap<>();
            for (ConfirmedSegment s : confirmed) {
                byPair.computeIfAbsent(List.of(s.sourceLanguage(), s.targetLanguage()), k -> new ArrayList<>()).add(s);
            }
            for (Map.Entry<List<String>, List<ConfirmedSegment>> pair : byPair.entrySet()) {
                var memory = server.connection().memory(resource.name(), pair.getKey().get(0), pair.getKey().get(1));
                List<UnitUpload> units = pair.getValue().stream().map(s -> upload(s, s.tuid())).toList();
                try {
                    call(() -> memory.add(units));
                } catch (RefusedByServer refused) {
                    if (units.size() != 1 || !(refused.getCause() instanceof ClientException c) || c.status() != 403) {
                        throw refused;
                    }
                    // a translator's new target for a unit the memory has: added beside it, without the tuid
                    ConfirmedSegment s = pair.getValue().get(0);
                    call(() -> memory.add(List.of(upload(s, ""))));
                }
            }
        }

        private static UnitUpload upload(ConfirmedSegment s, String tuid) {
            return new UnitUpload(s.source(), s.target(), tuid, "", s.document(), s.unitId() + "/" + s.segmentId(),
                    s.previousSource());
        }

        @Override
        public List<TmMatch> lookup(Content source, Optional<Content> previous, String sourceLanguage,
                String targetLanguage, int minScore, int maxResults) throws IOException {
            var memory = server.connection().memory(resource.name(), sourceLanguage, targetLanguage);
            return call(() -> memory.lookup(source, previous, minScore, maxResults));
        }

        /** The server's concordance (a phrase in the source or target, any language pair of the memory). */
        @Override
        public List<ConcordanceHit> concordance(String text, int maxResults) throws IOException {
            var memory = server.connection().memory(resource.name(), "", "");
            List<ConcordanceHit> out = new ArrayList<>();
            for (var u : call(() -> memory.concordance(text, maxResults))) {
                out.add(new ConcordanceHit(Content.of(u.source()), Content.of(u.target()), u.tuid(), resource.name(),
                        ConcordanceViewModel.occurrences(u.source(), text),
                        ConcordanceViewModel.occurrences(u.target(), text)));
            }
            return out;
        }
    }

    private static final class Termbase extends OnServer implements ServerTermbase {
        private final Server server;

        Termbase(Server server, ServerResource resource) {
            super(resource);
            this.server = server;
        }

        @Override
        public Glossary read() throws IOException {
            RemoteTermbase termbase = server.connection().termbase(resource.name());
            return call(termbase::load);
        }
    }

    /** The event streams of the servers, merged: each stream's thread puts what it hears into one queue. */
    private static final class Events implements ServerEvents {
        private final List<Server> servers;
        private final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();
        /** The streams started so far, by server (a server without a token has none yet). */
        private final Map<Server, EventStream> streams = new LinkedHashMap<>();
        private volatile boolean closed;

        Events(List<Server> servers) {
            this.servers = servers;
        }

        @Override
        public List<Change> next() throws IOException, InterruptedException {
            synchronized (this) {
                if (closed) throw new InterruptedException("closed");
                NoToken missing = null;
                for (Server s : servers) {
                    if (streams.containsKey(s)) continue;
                    try {
                        streams.put(s, s.connection().events(0, new Listener()));
                    } catch (NoToken e) {
                        missing = e; // the others listen; this one is tried again on the next call
                    }
                }
                if (missing != null && heard.isEmpty()) throw missing;
            }
            Object first = heard.take();
            if (first instanceof ClientException problem) throw new IOException(problem.getMessage(), problem);
            List<Change> changes = new ArrayList<>();
            changes.add((Change) first);
            while (heard.peek() instanceof Change c) { // the changes heard so far, up to a problem
                heard.poll();
                changes.add(c);
            }
            return changes;
        }

        @Override
        public synchronized void close() {
            closed = true;
            streams.values().forEach(EventStream::close);
            heard.add(new ClientException("events", "closed")); // ends a waiting next()
        }

        private final class Listener implements EventStream.Listener {
            @Override
            public void onEvent(ServerEvent event) {
                switch (event.type()) {
                    // a bulk import is one "import" event for all its units: refresh what is shown, as for one unit
                    case "unit", "unit-delete", "import" -> heard.add(new Change(Kind.UNITS, event.json().path("memory").asText()));
                    // too many changes were missed to replay them: load everything afresh, as after a reconnection
                    case "reset" -> heard.add(new Change(Kind.CONNECTED, ""));
                    case "termbase" -> heard.add(new Change(Kind.TERMBASE, event.json().path("termbase").asText()));
                    default -> { } // other kinds of events do not concern the editor
                }
            }

            @Override
            public void onConnected() {
                heard.add(new Change(Kind.CONNECTED, ""));
            }

            @Override
            public void onDisconnected(ClientException problem, boolean retrying) {
                if (!closed) heard.add(problem);
            }
        }
    }
}
