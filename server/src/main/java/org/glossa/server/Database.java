package org.glossa.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The server's PostgreSQL: an existing one ({@code --db jdbc:postgresql://…}) or an embedded one whose binaries
 * come from a Maven artifact and whose data lives in {@code <data>/postgres} (kept across restarts). A second
 * process on the same data folder (e.g. {@code glossa server user add} while the server runs) connects to the
 * running embedded PostgreSQL, found through its {@code postmaster.pid}. Opening migrates the schema (Flyway).
 */
final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Optional<EmbeddedPostgres> embedded;

    private Database(HikariDataSource pool, Optional<EmbeddedPostgres> embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    /** The database at {@code jdbcUrl} (user and password in the URL or in PGUSER/PGPASSWORD). */
    static Database external(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql:// URL: " + jdbcUrl);
        }
        HikariConfig c = config(jdbcUrl);
        String user = System.getenv("PGUSER");
        if (user != null && !jdbcUrl.contains("user=")) c.setUsername(user);
        String password = System.getenv("PGPASSWORD");
        if (password != null && !jdbcUrl.contains("password=")) c.setPassword(password);
        return open(c, Optional.empty());
    }

    /** The embedded database under {@code dataDir}: the running one if there is one, else started here. */
    static Database embedded(Path dataDir) throws IOException {
        Path pgData = dataDir.resolve("postgres");
        Optional<Integer> running = runningPort(pgData);
        if (running.isPresent()) {
            return open(config("jdbc:postgresql://localhost:" + running.get() + "/postgres?user=postgres"), Optional.empty());
        }
        Files.createDirectories(pgData);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                // the library starts PostgreSQL for tests (-F: no fsync; synchronous_commit off); a server keeps
                // what it confirmed, so both are on again (-c comes after -F and wins)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // a bulk import of a million units writes some GB of WAL: fewer checkpoints (and full-page images)
                // during it; crash recovery replays at most this much
                .setServerConfig("max_wal_size", "4GB")
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            return open(config(pg.getJdbcUrl("postgres", "postgres")), Optional.of(pg));
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** The port of a PostgreSQL running on {@code pgData} (line 4 of postmaster.pid), if its process is alive. */
    private static Optional<Integer> runningPort(Path pgData) throws IOException {
        Path pid = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) return Optional.empty();
        List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
        if (lines.size() < 4) return Optional.empty();
        try {
            long process = Long.parseLong(lines.get(0).trim());
            boolean alive = ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static HikariConfig config(String jdbcUrl) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(jdbcUrl);
        c.setMaximumPoolSize(10);
        c.setPoolName("glossa");
        // batches of inserts (a TMX import) go as multi-row inserts: one round trip per batch, not per unit
        c.addDataSourceProperty("reWriteBatchedInserts", "true");
        return c;
    }

    private static Database open(HikariConfig c, Optional<EmbeddedPostgres> embedded) {
        HikariDataSource pool = new HikariDataSource(c);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new Database(pool, embedded);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() throws IOException {
        pool.close();
        if (embedded.isPresent()) embedded.get().close();
    }
}
