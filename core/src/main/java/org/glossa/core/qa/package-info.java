/**
 * Quality assurance of translated segment pairs: the {@link org.glossa.core.qa.Check} contract, the engine that runs
 * checks over pairs, the cross-file consistency checks, and the QA session that keeps a large run's pairs and findings
 * in flat memory (spooled to disk). The checks themselves are in {@code qa.check} and {@code qa.term}; the report
 * writers in {@code qa.report}.
 */
package org.glossa.core.qa;
