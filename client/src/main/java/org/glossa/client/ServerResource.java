package org.glossa.client;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A memory or termbase on a Glossa server, written as {@code http(s)://HOST:PORT/memories/NAME} or
 * {@code …/termbases/NAME} (the API's form {@code …/api/memories/NAME} is accepted too; a reverse proxy's path
 * prefix before it is kept in the {@link ServerAddress}).
 *
 * @param server where the server is
 * @param kind   a memory or a termbase
 * @param name   the memory's or termbase's name (1–100 letters, digits, '.', '_', '-')
 */
public record ServerResource(ServerAddress server, Kind kind, String name) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** What a resource is. */
    public enum Kind {
        MEMORY("memories"), TERMBASE("termbases");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        /** The path segment of the kind: {@code memories} or {@code termbases}. */
        public String path() {
            return path;
        }
    }

    public ServerResource {
        if (!NAME.matcher(name).matches()) {
            throw new ClientException(server + "/" + kind.path() + "/" + name,
                    "a " + kind.name().toLowerCase(Locale.ROOT) + " name is 1 to 100 letters, digits, '.', '_' or '-'");
        }
    }

    /**
     * Parses {@code http(s)://HOST:PORT[/PREFIX][/api]/memories/NAME} or {@code …/termbases/NAME}.
     *
     * @throws ClientException naming the URL when it is not of that form
     */
    public static ServerResource parse(String url) {
        String s = url.strip();
        URI uri = ServerAddress.uri(s);
        String path = uri.getPath() == null ? "" : uri.getPath();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        for (Kind k : Kind.values()) {
            String part = "/" + k.path() + "/";
            int at = path.lastIndexOf(part);
            if (at >= 0 && path.indexOf('/', at + part.length()) < 0) {
                return new ServerResource(ServerAddress.parse(s), k, path.substring(at + part.length()));
            }
        }
        throw new ClientException(s, "a server memory or termbase is written http(s)://HOST:PORT/memories/NAME or"
                + " http(s)://HOST:PORT/termbases/NAME");
    }

    /**
     * Parses a URL that must name a {@code kind}.
     *
     * @throws ClientException when it does not (e.g. a termbase given where a memory is expected)
     */
    public static ServerResource parse(String url, Kind kind) {
        ServerResource r = parse(url);
        if (r.kind != kind) {
            throw new ClientException(url.strip(), "this names a " + r.kind.name().toLowerCase(Locale.ROOT) + ", but a "
                    + kind.name().toLowerCase(Locale.ROOT) + " is expected here (…/" + kind.path() + "/NAME)");
        }
        return r;
    }

    /** The API URL of this resource followed by {@code suffix}, e.g. {@code api("/lookup?q=…")}. */
    public URI api(String suffix) {
        return server.api("/api/" + kind.path() + "/" + name + suffix);
    }

    /** The canonical form {@code http(s)://HOST:PORT[/PREFIX]/memories/NAME}. */
    @Override
    public String toString() {
        return server + "/" + kind.path() + "/" + name;
    }
}
