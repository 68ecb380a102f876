package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.net.URI;

import org.glossa.core.glossary.Glossary;

/**
 * A termbase on a Glossa server, as the editor uses it: read whole for term marks, the glossary panel and live QA,
 * and read again when it changes (the client module's remote termbase in the application). Calls block.
 */
public interface ServerTermbase {

    /** Where it is: {@code http://HOST:PORT/termbases/NAME}. */
    URI location();

    /** Its name on the server (change events name it). */
    String name();

    /** The termbase as it is now on the server. */
    Glossary read() throws IOException;
}
