package org.glossa.core.xliff;

import org.glossa.core.InputException;

/** Builds the {@link InputException} for a problem at an element of a named file. */
record Report(String fileName) {
    InputException at(XmlElement e, String message) {
        return new InputException(fileName, e.line(), e.column(), "<" + e.local() + ">: " + message, null);
    }
}
