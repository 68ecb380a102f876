package org.glossa.core.xliff;

/** A node of the small element tree the XLIFF reader works on. */
sealed interface XmlNode permits XmlElement, XmlText {
}
