package org.glossa.core.tm.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.io.FileIdentity;

/**
 * Whether an index is current with its TMX, reading the TMX only when the file system cannot tell (decision 0033):
 * <ul>
 *   <li>another size: stale, without reading;</li>
 *   <li>the size, modification time and file key the index recorded, recorded at least
 *   {@link FileIdentity#SETTLE} after that modification: current, without reading (a file rewritten in place with its
 *   size and time restored is not noticed then; such a file would also fool rsync, make and git);</li>
 *   <li>otherwise (touched, replaced by a copy, or modified just before its index was built, when a second write
 *   could share the first's timestamp): the SHA-256 of the content decides, read once per check.</li>
 * </ul>
 */
final class TmxCheck {
    /** The prefix of the TMX's {@link FileIdentity} in the commit data. */
    static final String PREFIX = "tmx.";
    private final Path tmx;
    private final FileIdentity identity;
    private Optional<TmxFingerprint> content = Optional.empty();

    TmxCheck(Path tmx) throws IOException {
        this.tmx = tmx;
        this.identity = FileIdentity.of(tmx);
    }

    FileIdentity identity() {
        return identity;
    }

    /** Whether the index that recorded {@code data} was built from the TMX as it is now. */
    boolean current(Map<String, String> data) throws IOException {
        if (identity.sizeDiffers(data, PREFIX)) return false;
        return identity.settledMatch(data, PREFIX) || contentMatches(data);
    }

    /** Whether the content's SHA-256 is the one {@code data} records (the content is read on the first call). */
    boolean contentMatches(Map<String, String> data) throws IOException {
        return content().matches(data);
    }

    /**
     * Whether the content had to be read and the identity may now be recorded in its stead: the file is settled,
     * so the next open can trust its identity.
     */
    boolean worthRecording() {
        return content.isPresent() && identity.settled();
    }

    /** Records the identity and the content's hash (reading the content unless it was read). */
    void writeTo(Map<String, String> data) throws IOException {
        identity.writeTo(data, PREFIX);
        content().writeTo(data);
    }

    private TmxFingerprint content() throws IOException {
        if (content.isEmpty()) content = Optional.of(TmxFingerprint.of(tmx));
        return content.get();
    }
}
