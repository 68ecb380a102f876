package org.glossa.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A running server: the database (already migrated), the index feeder and the HTTP API. {@link #close()} stops
 * the HTTP side first, then commits the indexes; the database is the caller's.
 */
public final class GlossaServer implements AutoCloseable {
    private final Javalin app;
    private final IndexFeeder feeder;
    private final Events events;

    private GlossaServer(Javalin app, IndexFeeder feeder, Events events) {
        this.app = app;
        this.feeder = feeder;
        this.events = events;
    }

    /**
     * Starts the server on {@code bind}:{@code port} (0: any free port).
     *
     * @param dataDir where the fuzzy indexes (a cache) and temporary files go
     */
    static GlossaServer start(Database db, Path dataDir, String bind, int port) throws SQLException, IOException {
        return start(db, dataDir, bind, port, IndexFeeder.ImportPacing.EAGER);
    }

    /** As {@link #start(Database, Path, String, int)}, bulk imports indexed at {@code pacing}'s pace (tests). */
    static GlossaServer start(Database db, Path dataDir, String bind, int port, IndexFeeder.ImportPacing pacing)
            throws SQLException, IOException {
        Api.removeLeftovers(dataDir.resolve("tmp"));
        ObjectMapper json = new ObjectMapper();
        MemoryStore memories = new MemoryStore(db.dataSource(), json);
        TermbaseStore termbases = new TermbaseStore(db.dataSource());
        Outbox outbox = new Outbox(db.dataSource());
        Events events = new Events();
        IndexFeeder feeder = new IndexFeeder(db.dataSource(), memories, termbases, outbox, dataDir.resolve("index"),
                events, json, pacing);
        feeder.start();
        Api api = new Api(json, new Users(db.dataSource()), memories, termbases, new MemoryLookupService(memories, feeder),
                feeder, outbox, events, dataDir.resolve("tmp"));
        Javalin app = Javalin.create(config -> {
            api.configure(config);
            config.jetty.host = bind;
            config.jetty.port = port;
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            try {
                feeder.close();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
        return new GlossaServer(app, feeder, events);
    }

    public int port() {
        return app.port();
    }

    /** The index feeder (tests look at the indexes). */
    IndexFeeder feeder() {
        return feeder;
    }

    /** Clients connected to the event stream. */
    int connectedClients() {
        return events.connected();
    }

    @Override
    public void close() throws InterruptedException {
        events.closeAll();
        app.stop();
        feeder.close();
    }
}
