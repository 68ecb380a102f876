/**
 * The adapter to the Okapi Framework's filters (HTML, DOCX, Markdown): Okapi's text fragments and codes to and from
 * Glossa's {@link org.glossa.core.model.Content}. Okapi is used through its public API only.
 */
package org.glossa.core.okapi;
