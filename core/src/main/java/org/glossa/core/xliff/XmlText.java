package org.glossa.core.xliff;

/** Character data (text or CDATA). */
record XmlText(String value) implements XmlNode {
}
