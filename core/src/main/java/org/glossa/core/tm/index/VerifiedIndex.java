package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.io.FileIdentity;

/**
 * The record of an index's last full checksum verification: the {@link FileIdentity} of each of its files then, in
 * {@value #FILE} inside the index folder (decision 0033).
 *
 * <p>Lucene checks on open what it reads whole (the commit point, segment and field infos) and the header and
 * footer of every other file, so a truncated or foreign file is noticed there; the checksum of the rest of a file
 * needs all of it read (every leaf's {@code checkIntegrity()}, ~250 MB at 1M units). That is done when a file of the
 * commit is not in the record as it is now: new (a fresh build), changed since, or modified less than
 * {@link FileIdentity#SETTLE} before it was recorded. A file damaged without a write through the file system (a
 * failing disk) is then noticed by the lookup that reads it, no longer at every open.
 */
final class VerifiedIndex {
    static final String FILE = "glossa-verified.properties";

    /**
     * What was verified at an open, to record.
     *
     * @param files the commit's files
     * @param seen  their identities taken before the reader opened them
     */
    record Verification(List<String> files, Map<String, FileIdentity> seen) {
    }

    private VerifiedIndex() {
    }

    /** The identities of the files in {@code dir} now, but for this record, temporary files and the write lock. */
    static Map<String, FileIdentity> snapshot(Path dir) throws IOException {
        Map<String, FileIdentity> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.equals(FILE) || name.equals(IndexWriter.WRITE_LOCK_NAME)) continue;
                out.put(name, FileIdentity.of(p));
            }
        }
        return out;
    }

    /**
     * Whether each of {@code files} is in {@code now} as the record says it was when verified. A record that cannot
     * be parsed (damaged, cut short) counts as no record: the files are verified again.
     */
    static boolean verified(Path dir, Collection<String> files, Map<String, FileIdentity> now) throws IOException {
        Path record = dir.resolve(FILE);
        if (!Files.isRegularFile(record)) return false;
        Map<String, String> data = new HashMap<>();
        try (InputStream in = Files.newInputStream(record)) {
            Properties p = new Properties();
            p.load(in);
            for (String k : p.stringPropertyNames()) data.put(k, p.getProperty(k));
            for (String f : files) {
                FileIdentity id = now.get(f);
                if (id == null || !id.settledMatch(data, f + ".")) return false;
            }
            return true;
        } catch (IllegalArgumentException | DateTimeException unparsable) {
            return false;
        }
    }

    /**
     * Records the verification when each file is still the one that was verified (the folder was not replaced by a
     * new build meanwhile) and had settled when seen; otherwise records nothing, and the next open verifies again.
     */
    static void record(Path dir, Verification v) throws IOException {
        Map<String, FileIdentity> now = snapshot(dir);
        Map<String, String> data = new TreeMap<>();
        for (String f : v.files()) {
            FileIdentity then = v.seen().get(f);
            FileIdentity current = now.get(f);
            if (then == null || current == null || !then.sameAs(current) || !then.settled()) return;
            then.writeTo(data, f + ".");
        }
        Properties p = new Properties();
        p.putAll(data);
        AtomicFiles.write(dir.resolve(FILE), out -> p.store(out, "glossa: index files whose checksums were verified"));
    }
}
