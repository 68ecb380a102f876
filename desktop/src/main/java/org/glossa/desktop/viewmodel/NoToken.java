package org.glossa.desktop.viewmodel;

import java.io.IOException;

/**
 * There is no token for a server yet ({@code GLOSSA_TOKEN} is not set and the credentials file has no line for it):
 * a transient failure, since the user may add the token while the editor runs; confirmations stay queued and the
 * status bar says what is missing.
 */
public final class NoToken extends IOException {

    private final String server;

    /** @param server the server's URL ({@code http://HOST:PORT}) */
    public NoToken(String server, Throwable cause) {
        super(cause.getMessage(), cause);
        this.server = server;
    }

    /** The server that needs a token: {@code http://HOST:PORT}. */
    public String server() {
        return server;
    }
}
