package org.glossa.client;

import org.glossa.core.InputException;

/**
 * A server could not be used: not reachable, refused the token, has no such memory or termbase, or answered with an
 * error. The message names the URL and the cause; the CLI prints it without a stack trace and exits 2 (it is an
 * {@link InputException} whose "file" is the URL).
 */
public class ClientException extends InputException {
    private final int status;

    public ClientException(String url, String message) {
        this(url, 0, message, null);
    }

    public ClientException(String url, int status, String message, Throwable cause) {
        super(url, message, cause);
        this.status = status;
    }

    /** The HTTP status the server answered with; 0 when there was no answer (not reachable, timed out). */
    public int status() {
        return status;
    }
}
