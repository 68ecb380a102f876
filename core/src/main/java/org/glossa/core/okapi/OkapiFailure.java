package org.glossa.core.okapi;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** What went wrong inside an Okapi filter, said for a user: the root cause's message, with the XML position if any. */
final class OkapiFailure {
    private OkapiFailure() {
    }

    static String message(Throwable e) {
        Throwable t = e;
        Location at = null;
        while (true) {
            if (t instanceof XMLStreamException x && x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
                at = x.getLocation();
            }
            if (t.getCause() == null || t.getCause() == t) break;
            t = t.getCause();
        }
        String msg = t.getMessage();
        msg = msg == null ? t.getClass().getSimpleName() : msg;
        if (at != null) msg = msg.replaceFirst("(?s)\\s*at \\[row,col.*$", ""); // Woodstox's position suffix
        // malformed XML in a part of the package (DOCX): say where, the part's line and column
        return at == null ? msg : msg + " (XML error at line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                + (at.getSystemId() == null || at.getSystemId().isBlank() ? "" : " of " + at.getSystemId()) + ")";
    }
}
