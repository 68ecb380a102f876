package org.glossa.desktop.viewmodel;

import java.io.IOException;

/**
 * The server refused a request for good (its input or the user's role, not its availability): sending it again
 * would be refused again.
 */
public final class RefusedByServer extends IOException {

    public RefusedByServer(String message) {
        super(message);
    }

    public RefusedByServer(String message, Throwable cause) {
        super(message, cause);
    }
}
