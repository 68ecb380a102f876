/**
 * Glossa's adapter to Okapi's filters, through their public API only: {@link org.glossa.core.okapi.FilterRun} runs a
 * filter over a document (reading, or writing it back with new targets); {@link org.glossa.core.okapi.OkapiContent}
 * converts inline content; a {@link org.glossa.core.okapi.StructureRecovery} per format says where each text unit
 * sits in the markup (HTML elements and classes from the skeleton parts, Markdown headings, DOCX paragraph styles
 * read from the package), from which roles are found later.
 */
package org.glossa.core.okapi;
