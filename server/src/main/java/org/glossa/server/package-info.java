/**
 * The Glossa server: shared translation memories and termbases in PostgreSQL (the system of record), served as JSON
 * over HTTP with Bearer tokens and roles; fuzzy lookups through core's {@link org.glossa.core.tm.index.LiveMemory}
 * indexes, which an outbox feeds ({@link org.glossa.server.IndexFeeder}); changes pushed as server-sent events.
 * Core stays free of web and database code: this module calls its public API.
 */
package org.glossa.server;
