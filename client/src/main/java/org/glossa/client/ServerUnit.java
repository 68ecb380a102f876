package org.glossa.client;

import java.time.Instant;

/**
 * A unit as a server memory stores it (from concordance), with its server id (what {@link RemoteMemory#delete}
 * takes and events name).
 *
 * @param id         the unit's id on the server
 * @param tuid       its TMX tuid ("" for none)
 * @param sourceLang its source language
 * @param targetLang its target language
 * @param source     the source text
 * @param target     the target text
 * @param changedBy  who added or last changed it
 * @param changedAt  when
 */
public record ServerUnit(long id, String tuid, String sourceLang, String targetLang, String source, String target,
        String changedBy, Instant changedAt) {
}
