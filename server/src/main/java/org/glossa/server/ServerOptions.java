package org.glossa.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the data is: {@code --data DIR} (embedded PostgreSQL and indexes) and {@code --db JDBC_URL}. */
final class ServerOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder: the embedded PostgreSQL and the search indexes (default: ~/.local/share/glossa/server).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "An existing PostgreSQL, e.g. jdbc:postgresql://localhost:5432/glossa?user=glossa"
                    + " (password in the URL or PGPASSWORD). Without it an embedded PostgreSQL runs under --data.")
    String db;

    Path dataDir() {
        if (data != null) return data.toAbsolutePath();
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("glossa").resolve("server");
    }

    Optional<String> jdbcUrl() {
        return Optional.ofNullable(db);
    }

    Database open() throws IOException {
        return db != null ? Database.external(db) : Database.embedded(dataDir());
    }
}
