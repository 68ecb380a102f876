package org.glossa.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.tmx.Property;

/** A unit as the database holds it. */
record StoredUnit(long id, long memoryId, String tuid, String sourceLang, String targetLang, Content source,
                  Content target, List<Property> properties, List<String> notes, String createdBy, Instant createdAt,
                  String changedBy, Instant changedAt, String project, String document, String segment) {
    /** Puts the fields clients see of every unit (events and concordance): id, tuid, languages, texts, last change. */
    void putInto(ObjectNode o) {
        o.put("id", id);
        o.put("tuid", tuid);
        o.put("sourceLang", sourceLang);
        o.put("targetLang", targetLang);
        o.put("source", source.plainText());
        o.put("target", target.plainText());
        o.put("changedBy", changedBy);
        o.put("changedAt", changedAt.toString());
    }
}
