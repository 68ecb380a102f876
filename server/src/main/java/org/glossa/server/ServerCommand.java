package org.glossa.server;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glossa server}: runs the server until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Shared memories and termbases over HTTP, stored in PostgreSQL (embedded unless --db).",
        subcommands = UserCommand.class, versionProvider = ServerCommand.Version.class,
        footer = {"", "Exit codes: 0 stopped, 2 usage errors or a database or port that cannot be used."})
final class ServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; put a TLS reverse proxy in front for other machines).")
    String bind;

    @Mixin
    ServerOptions where = new ServerOptions();

    /** --verbose, before or after a subcommand's name (inherited), as on the command line's other commands. */
    @Option(names = "--verbose", description = "Show stack traces for errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    /** The jar's implementation version (the launcher's build), "dev" when run from classes. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ServerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"glossa server " + (v == null ? "dev" : v), "Java " + System.getProperty("java.version")};
        }
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0 to 65535: " + port);
        PrintWriter out = spec.commandLine().getOut();
        Database db = where.open();
        GlossaServer server;
        try {
            server = GlossaServer.start(db, where.dataDir(), bind, port);
        } catch (Exception e) {
            db.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                db.close();
            } catch (Exception e) {
                System.err.println("glossa server: stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "glossa-server-stop"));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.println("Glossa server listening on http://" + host + ":" + server.port());
        out.flush();
        stopped.await();
        return 0;
    }
}
