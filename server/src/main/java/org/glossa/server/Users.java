package org.glossa.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Users and their tokens. A token is {@code glossa_<user id>_<secret>}; the database holds only the Argon2id hash of
 * the secret ({@link TokenHasher}). Verifying costs an Argon2 computation, so a verified token is remembered under its
 * SHA-256 (never in clear) with the hash it was verified against; after a minute its user's row is read again
 * (see {@link #authenticate}).
 */
final class Users {
    private static final String PREFIX = "glossa_";
    private static final long CACHE_MILLIS = 60_000;

    /** A signed-in user. */
    record User(long id, String name, Role role) {
    }

    private record Cached(User user, String tokenHash, long until) {
    }

    private final DataSource db;
    private final Map<String, Cached> verified = new ConcurrentHashMap<>();

    private final long cacheMillis;

    Users(DataSource db) {
        this(db, CACHE_MILLIS);
    }

    /** With {@code cacheMillis} until a remembered token's row is read again (tests: 0). */
    Users(DataSource db, long cacheMillis) {
        this.db = db;
        this.cacheMillis = cacheMillis;
    }

    /** Adds a user and returns the new token (shown once). */
    static String add(DataSource db, String name, Role role) throws SQLException {
        if (name.isBlank() || name.length() > 200) throw new IllegalArgumentException("a user name is 1 to 200 characters");
        String secret = TokenHasher.newSecret();
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "insert into users (name, role, token_hash) values (?, ?, ?) returning id")) {
            st.setString(1, name);
            st.setString(2, role.id());
            st.setString(3, TokenHasher.hash(secret));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return PREFIX + rs.getLong(1) + "_" + secret;
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) throw new IllegalArgumentException("a user named " + name + " exists already");
            throw e;
        }
    }

    /**
     * The user a token belongs to, if it is valid. The Argon2 verification runs once per token and without holding a
     * database connection (a burst of new tokens must not starve the pool); after {@link #CACHE_MILLIS} a remembered
     * token costs only a read of its user's row: still valid while the stored hash is the one it was verified
     * against (a new token for the user, or a deleted user, ends it), with the row's current name and role.
     */
    Optional<User> authenticate(String token) throws SQLException {
        String key = sha256(token);
        Cached c = verified.get(key);
        long now = System.currentTimeMillis();
        if (c != null && c.until() > now) return Optional.of(c.user());
        if (!token.startsWith(PREFIX)) return Optional.empty();
        String rest = token.substring(PREFIX.length());
        int sep = rest.indexOf('_');
        if (sep <= 0) return Optional.empty();
        long id;
        try {
            id = Long.parseLong(rest.substring(0, sep));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<Row> row = row(id);
        if (row.isEmpty()) {
            verified.remove(key);
            return Optional.empty();
        }
        boolean valid = c != null && c.tokenHash().equals(row.get().tokenHash())
                || TokenHasher.verify(rest.substring(sep + 1), row.get().tokenHash());
        if (!valid) {
            verified.remove(key);
            return Optional.empty();
        }
        User u = new User(id, row.get().name(), Role.parse(row.get().role()).orElseThrow());
        verified.put(key, new Cached(u, row.get().tokenHash(), now + cacheMillis));
        return Optional.of(u);
    }

    private record Row(String name, String role, String tokenHash) {
    }

    private Optional<Row> row(long id) throws SQLException {
        try (Connection con = db.getConnection();
             PreparedStatement st = con.prepareStatement("select name, role, token_hash from users where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
