package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.glossa.core.io.LockFile;
import org.glossa.core.io.UserFolders;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmImport;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;

/**
 * The confirmations that a server memory has not acknowledged yet, on disk: one TMX 1.4b file per memory in the
 * user's state folder ({@code $XDG_STATE_HOME/glossa/server-queue/}, default {@code ~/.local/state/…}), so that a
 * confirmation survives the server being away, the editor crashing and the machine restarting. Every change is a
 * read-modify-write of the whole file under the file's lock ({@link LockFile}: other threads and other editors of
 * the same user wait), written atomically by core's TMX writer (temporary file, forced, moved into place): the
 * file is always the old or the new complete journal. An empty journal is deleted.
 *
 * <p>Each unit is one confirmation: tuid {@code document:unit/segment}, the segment's source and target with their
 * inline codes, its context and provenance as properties, and a queue id that tells two confirmations of the same
 * segment apart. A confirmation the server refused for good keeps its place with the reason ({@value #REFUSED_PROP})
 * and is never sent again; the file is a TMX, so {@code glossa tm import} can still add it to a memory.
 */
public final class ConfirmationJournal {

    static final String ID_PROP = "x-glossa-queue-id";
    static final String UNIT_PROP = "x-glossa-unit";
    static final String SEGMENT_PROP = "x-glossa-segment";
    static final String REFUSED_PROP = "x-glossa-refused";

    /**
     * One queued confirmation.
     *
     * @param id      tells two confirmations of the same segment apart
     * @param refusal why the server refused it for good; empty while it is to be sent
     */
    public record Entry(String id, ConfirmedSegment segment, Instant confirmedAt, Optional<String> refusal) {
        public boolean refused() {
            return refusal.isPresent();
        }

        /** The same confirmation of the same segment (a later confirmation of it replaces a waiting one). */
        boolean sameSegment(ConfirmedSegment other) {
            return segment.tuid().equals(other.tuid()) && segment.sourceLanguage().equals(other.sourceLanguage())
                    && segment.targetLanguage().equals(other.targetLanguage());
        }
    }

    private final Path file;

    private ConfirmationJournal(Path file) {
        this.file = file;
    }

    /** The folder of the journals of this user: {@code $XDG_STATE_HOME/glossa/server-queue}. */
    public static Path defaultFolder() {
        return UserFolders.state().resolve("glossa").resolve("server-queue");
    }

    /**
     * The journal of {@code memory} in {@code folder}: {@code <host>_<port>_<path>-<hash>.tmx} (readable, and the
     * hash of the whole address keeps two addresses apart).
     */
    public static ConfirmationJournal of(Path folder, URI memory) {
        String readable = (memory.getHost() + "_" + memory.getPort() + memory.getPath())
                .replaceAll("[^A-Za-z0-9._-]", "_");
        if (readable.length() > 80) readable = readable.substring(0, 80);
        return new ConfirmationJournal(folder.resolve(readable + "-" + hash(memory.toString()) + ".tmx"));
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    public Path file() {
        return file;
    }

    /** Every entry, oldest first (waiting and refused ones). */
    public List<Entry> read() throws IOException {
        try (LockFile lock = LockFile.forWriting(file)) {
            return load();
        }
    }

    /**
     * Queues {@code segment}; a waiting (not refused) entry of the same segment is replaced, since only the latest
     * confirmation of a segment matters. Returns when the journal is on disk.
     */
    public Entry add(ConfirmedSegment segment) throws IOException {
        Entry entry = new Entry(UUID.randomUUID().toString(), segment,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Optional.empty());
        try (LockFile lock = LockFile.forWriting(file)) {
            List<Entry> all = load();
            all.removeIf(e -> !e.refused() && e.sameSegment(segment));
            all.add(entry);
            store(all);
        }
        return entry;
    }

    /** Removes the entries with these ids (the server has them); ids no longer there are ignored. */
    public void remove(Collection<String> ids) throws IOException {
        Set<String> gone = Set.copyOf(ids);
        try (LockFile lock = LockFile.forWriting(file)) {
            List<Entry> all = load();
            if (all.removeIf(e -> gone.contains(e.id()))) store(all);
        }
    }

    /** Marks the entry {@code id} refused for good, with the server's reason; it is kept, and not sent again. */
    public void refuse(String id, String reason) throws IOException {
        try (LockFile lock = LockFile.forWriting(file)) {
            List<Entry> all = load();
            all.replaceAll(e -> e.id().equals(id) ? new Entry(e.id(), e.segment(), e.confirmedAt(),
                    Optional.of(reason)) : e);
            store(all);
        }
    }

    private List<Entry> load() throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        TmxReader.read(file, tu -> out.add(entry(tu)));
        return out;
    }

    private void store(List<Entry> entries) throws IOException {
        if (entries.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        try (TmxWriter w = TmxWriter.open(file, TmxHeader.glossa(TmxHeader.ALL_LANGUAGES, "plaintext"))) {
            for (Entry e : entries) w.write(unit(e));
        }
    }

    private static TranslationUnit unit(Entry e) {
        ConfirmedSegment s = e.segment();
        List<Property> props = new ArrayList<>();
        props.add(new Property(ID_PROP, e.id()));
        props.add(new Property(TmImport.ORIGIN_PROP, s.document()));
        props.add(new Property(UNIT_PROP, s.unitId()));
        props.add(new Property(SEGMENT_PROP, s.segmentId()));
        s.previousSource().ifPresent(p -> props.add(new Property(TmImport.CONTEXT_PROP, p.plainText())));
        e.refusal().ifPresent(r -> props.add(new Property(REFUSED_PROP, r)));
        return new TranslationUnit(s.tuid(), 0, Optional.of(s.sourceLanguage()), props, List.of(),
                Optional.of(e.confirmedAt()), Optional.empty(), Optional.of("glossa"), Optional.empty(),
                List.of(Variant.of(s.sourceLanguage(), s.source()), Variant.of(s.targetLanguage(), s.target())));
    }

    private Entry entry(TranslationUnit tu) {
        if (tu.variants().size() != 2 || tu.sourceLanguage().isEmpty()) {
            throw new IllegalStateException(file + ": unit " + tu.tuid() + " is not a queued confirmation");
        }
        Variant source = tu.variants().get(0);
        Variant target = tu.variants().get(1);
        ConfirmedSegment s = new ConfirmedSegment(prop(tu, TmImport.ORIGIN_PROP).orElse(""),
                prop(tu, UNIT_PROP).orElse(""), prop(tu, SEGMENT_PROP).orElse(""), source.content(), target.content(),
                prop(tu, TmImport.CONTEXT_PROP).map(Content::of), source.language(), target.language());
        return new Entry(prop(tu, ID_PROP).orElse(tu.tuid()), s, tu.creationDate().orElse(Instant.EPOCH),
                prop(tu, REFUSED_PROP));
    }

    private static Optional<String> prop(TranslationUnit tu, String type) {
        return tu.properties().stream().filter(p -> p.type().equals(type)).map(Property::value).findFirst();
    }
}
