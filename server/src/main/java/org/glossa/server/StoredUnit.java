package org.glossa.server;

import java.time.Instant;
import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.tmx.Property;

/** A unit as the database holds it. */
record StoredUnit(long id, long memoryId, String tuid, String sourceLang, String targetLang, Content source,
                  Content target, List<Property> properties, List<String> notes, String createdBy, Instant createdAt,
                  String changedBy, Instant changedAt, String project, String document, String segment) {
}
