package org.glossa.client;

/**
 * What a write to a server memory did.
 *
 * @param added     new units
 * @param updated   units replaced (same tuid and language pair)
 * @param unchanged units the memory already had
 * @param change    the server's change number of the write (events up to it include the write)
 */
public record WriteSummary(long added, long updated, long unchanged, long change) {
}
