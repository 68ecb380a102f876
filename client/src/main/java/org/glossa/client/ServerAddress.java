package org.glossa.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a Glossa server is: {@code http(s)://HOST[:PORT][/PREFIX]}, the prefix being the path a reverse proxy serves
 * it under (none for a server reached directly). The port is always explicit (80/443 when the URL had none), and
 * there is no trailing slash, so two spellings of one server compare equal.
 *
 * @param base the server's URL without the {@code /api/…} part
 */
public record ServerAddress(URI base) {
    public ServerAddress {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ClientException(base.toString(), "a server URL starts with http:// or https://");
        }
        if (base.getHost() == null || base.getHost().isEmpty()) {
            throw new ClientException(base.toString(), "the server URL has no host name");
        }
        if (base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new ClientException(base.toString(), "a server URL has no ?query or #fragment");
        }
        int port = base.getPort() > 0 ? base.getPort() : scheme.equals("https") ? 443 : 80;
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        base = URI.create(scheme + "://" + hostForUri(base.getHost()) + ":" + port + path);
    }

    /**
     * A server's URL as written in a credentials file or on the command line; a trailing {@code /api} and anything
     * from {@code /memories/…} or {@code /termbases/…} on are taken off.
     */
    public static ServerAddress parse(String url) {
        String s = url.strip();
        URI uri = uri(s);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ClientException(s, "a server URL has no ?query or #fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String part : new String[] {"/memories/", "/termbases/"}) {
            int at = path.lastIndexOf(part);
            if (at >= 0) path = path.substring(0, at);
        }
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        if (path.endsWith("/api")) path = path.substring(0, path.length() - 4);
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            throw new ClientException(s, "a server URL is written http(s)://HOST:PORT");
        }
        return new ServerAddress(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path));
    }

    /** {@code s} as a URI, or a {@link ClientException} naming it. */
    static URI uri(String s) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            throw new ClientException(s, "not a URL: " + e.getReason());
        }
    }

    /** True when {@code s} is written as an http(s) URL (and so names a server, not a file). */
    public static boolean isUrl(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }

    /** The URL of an API path, e.g. {@code api("/api/health")}. */
    public URI api(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    @Override
    public String toString() {
        return base.toString();
    }

    private static String hostForUri(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }
}
