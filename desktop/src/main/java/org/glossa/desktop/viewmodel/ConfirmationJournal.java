package org.glossa.desktop.viewmodel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;

import org.glossa.core.io.AtomicFiles;
import org.glossa.core.io.FileIdentity;
import org.glossa.core.io.LockFile;
import org.glossa.core.io.UserFolders;
import org.glossa.core.model.Content;
import org.glossa.core.output.ContentJson;
import org.glossa.core.tm.TmImport;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;

/**
 * The confirmations that a server memory has not acknowledged yet, on disk: one journal per memory in the user's
 * state folder ({@code $XDG_STATE_HOME/glossa/server-queue/}, default {@code ~/.local/state/…}), so that a
 * confirmation survives the server being away, the editor crashing and the machine restarting.
 *
 * <p>The journal is a log: each change is one record appended to the file and forced to disk under the file's lock
 * ({@link LockFile}: other threads and other editors of the same user wait), so Ctrl+Enter costs one short write
 * however many confirmations wait. A record is one line, {@code CRC32 JSON}: {@code add} (a confirmation: its id,
 * time, document/unit/segment, languages, source and target with their inline codes as core's {@link ContentJson}
 * parts, the previous segment's source), {@code ack} (ids the server acknowledged) and {@code refuse} (an id the
 * server refused for good, with the reason). Reading replays the records; a record cut short by a crash (the last
 * line without its line break, or whose checksum does not match) is ignored, and cut off before the next append.
 * When acknowledged records dominate (more dead than live, and at least {@value #COMPACT_AT} records), the journal is
 * rewritten with the live confirmations alone, atomically ({@link AtomicFiles}: the old or the new file, never a
 * mix); a journal with nothing left to send is emptied (truncated to nothing and forced: the next confirmation is
 * then one append, without creating a file). A TMX journal of an earlier version ({@code …-HASH.tmx}) is
 * taken over the first time the journal is used.
 *
 * <p>A later confirmation of the same segment replaces a waiting one, since only the latest one matters. A
 * confirmation the server refused for good keeps its place with the reason and is never sent again.
 */
public final class ConfirmationJournal {

    /** Fewest records before a journal is compacted. */
    static final int COMPACT_AT = 64;
    static final String SUFFIX = ".journal";

    // the TMX journal of the earlier version
    static final String ID_PROP = "x-glossa-queue-id";
    static final String UNIT_PROP = "x-glossa-unit";
    static final String SEGMENT_PROP = "x-glossa-segment";
    static final String REFUSED_PROP = "x-glossa-refused";

    private static final JsonFactory JSON = new JsonFactory();

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
    private final Path legacy;
    /**
     * The journal as this object last read or wrote it, and the file's identity, size and time then: while the file
     * is as it was left, {@link #remove} needs no replay. Used under the file's lock only (its semaphore orders the
     * threads of this process); another process's append or compaction changes the size or the file.
     */
    private Log known;
    private Optional<FileIdentity> knownStamp;

    private ConfirmationJournal(Path file, Path legacy) {
        this.file = file;
        this.legacy = legacy;
    }

    /** The folder of the journals of this user: {@code $XDG_STATE_HOME/glossa/server-queue}. */
    public static Path defaultFolder() {
        return UserFolders.state().resolve("glossa").resolve("server-queue");
    }

    /**
     * The journal of {@code memory} in {@code folder}: {@code <host>_<port>_<path>-<hash>.journal} (readable, and the
     * hash of the whole address keeps two addresses apart).
     */
    public static ConfirmationJournal of(Path folder, URI memory) {
        String readable = (memory.getHost() + "_" + memory.getPort() + memory.getPath())
                .replaceAll("[^A-Za-z0-9._-]", "_");
        if (readable.length() > 80) readable = readable.substring(0, 80);
        String name = readable + "-" + hash(memory.toString());
        return new ConfirmationJournal(folder.resolve(name + SUFFIX), folder.resolve(name + ".tmx"));
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
            takeOverLegacy();
            return current().live();
        } catch (IOException | RuntimeException e) {
            known = null;
            throw e;
        }
    }

    /**
     * Queues {@code segment} (replacing a waiting confirmation of the same segment). Returns when the record is on
     * disk.
     */
    public Entry add(ConfirmedSegment segment) throws IOException {
        Entry entry = new Entry(UUID.randomUUID().toString(), segment,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Optional.empty());
        try (LockFile lock = LockFile.forWriting(file)) {
            takeOverLegacy();
            appendKnown(addRecord(entry));
        } catch (IOException | RuntimeException e) {
            known = null;
            throw e;
        }
        return entry;
    }

    /**
     * Removes the entries with these ids (the server has them); ids no longer there are ignored. The journal is
     * compacted when acknowledged records dominate, and emptied when nothing is left.
     */
    public void remove(Collection<String> ids) throws IOException {
        Set<String> gone = Set.copyOf(ids);
        try (LockFile lock = LockFile.forWriting(file)) {
            takeOverLegacy();
            Log log = current();
            List<String> present = log.entries.keySet().stream().filter(gone::contains).toList();
            if (present.isEmpty()) return;
            int live = log.entries.size() - present.size();
            if (live == 0) {
                empty();
            } else if (log.records + 1 >= COMPACT_AT && log.records + 1 - live > live) {
                present.forEach(log.entries::remove);
                rewrite(log.live());
            } else {
                appendKnown(record(g -> {
                    g.writeStringField("op", "ack");
                    g.writeArrayFieldStart("ids");
                    for (String id : present) g.writeString(id);
                    g.writeEndArray();
                }));
            }
        } catch (IOException | RuntimeException e) {
            known = null;
            throw e;
        }
    }

    /** Marks the entry {@code id} refused for good, with the server's reason; it is kept, and not sent again. */
    public void refuse(String id, String reason) throws IOException {
        try (LockFile lock = LockFile.forWriting(file)) {
            takeOverLegacy();
            appendKnown(record(g -> {
                g.writeStringField("op", "refuse");
                g.writeStringField("id", id);
                g.writeStringField("reason", reason);
            }));
        } catch (IOException | RuntimeException e) {
            known = null;
            throw e;
        }
    }

    // ---- the log

    /** The live entries by id, oldest first, and how many intact records the file has. */
    private record Log(LinkedHashMap<String, Entry> entries, int records) {
        List<Entry> live() {
            return new ArrayList<>(entries.values());
        }
    }

    /** The journal now: what this object knows when the file is as it left it, else replayed from the file. */
    private Log current() throws IOException {
        Optional<FileIdentity> stamp = stamp();
        if (known == null || !asKnown(stamp)) {
            known = replay();
            knownStamp = stamp;
        }
        return known;
    }

    /** Appends {@code record} and applies it to what this object knows, when that was up to date before. */
    private void appendKnown(byte[] record) throws IOException {
        boolean upToDate = known != null && asKnown(stamp());
        append(record);
        if (upToDate) {
            apply(known.entries, Arrays.copyOfRange(record, 9, record.length - 1));
            known = new Log(known.entries, known.records + 1);
            knownStamp = stamp();
        } else {
            known = null;
        }
    }

    /** The file's identity, size and time (none when it does not exist). */
    private Optional<FileIdentity> stamp() throws IOException {
        return Files.exists(file) ? Optional.of(FileIdentity.of(file)) : Optional.empty();
    }

    /** Whether {@code stamp} is the file as this object last read or wrote it (both absent counts as the same). */
    private boolean asKnown(Optional<FileIdentity> stamp) {
        if (knownStamp == null || stamp.isPresent() != knownStamp.isPresent()) return false;
        return stamp.isEmpty() || stamp.get().sameAs(knownStamp.get());
    }

    private Log replay() throws IOException {
        LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
        if (!Files.exists(file)) return new Log(entries, 0);
        byte[] bytes = Files.readAllBytes(file);
        int records = 0;
        for (int start = 0, end; (end = indexOf(bytes, (byte) '\n', start)) >= 0; start = end + 1) {
            Optional<byte[]> json = intact(bytes, start, end);
            if (json.isEmpty()) continue; // damaged: ignored
            try {
                apply(entries, json.get());
                records++;
            } catch (IOException | RuntimeException e) {
                // a record whose checksum matched but that this version cannot read: ignored like a damaged one
            }
        }
        // the bytes after the last line break are a record cut short: ignored (and cut off by the next append)
        return new Log(entries, records);
    }

    /** The JSON of the line {@code [start, end)} when its checksum matches. */
    private static Optional<byte[]> intact(byte[] bytes, int start, int end) {
        if (end - start < 10 || bytes[start + 8] != ' ') return Optional.empty();
        long expected;
        try {
            expected = Long.parseLong(new String(bytes, start, 8, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, start + 9, end - start - 9);
        if (crc.getValue() != expected) return Optional.empty();
        byte[] json = new byte[end - start - 9];
        System.arraycopy(bytes, start + 9, json, 0, json.length);
        return Optional.of(json);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) return i;
        }
        return -1;
    }

    private static void apply(Map<String, Entry> entries, byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a record");
            Map<String, String> text = new LinkedHashMap<>();
            Map<String, Content> content = new LinkedHashMap<>();
            List<String> ids = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("ids") && v == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) ids.add(p.getText());
                } else if (v == JsonToken.START_ARRAY) {
                    content.put(field, ContentJson.read(p));
                } else if (v.isStructStart()) {
                    p.skipChildren();
                } else {
                    text.put(field, p.getValueAsString());
                }
            }
            switch (text.getOrDefault("op", "")) {
                case "add" -> {
                    ConfirmedSegment s = new ConfirmedSegment(text.getOrDefault("document", ""),
                            text.getOrDefault("unit", ""), text.getOrDefault("segment", ""),
                            required(content, "source"), required(content, "target"),
                            Optional.ofNullable(content.get("prev")), text.getOrDefault("sourceLang", ""),
                            text.getOrDefault("targetLang", ""));
                    Entry e = new Entry(text.get("id"), s, Instant.parse(text.get("at")),
                            Optional.ofNullable(text.get("refusal")));
                    if (!e.refused()) entries.values().removeIf(o -> !o.refused() && o.sameSegment(s));
                    entries.put(e.id(), e);
                }
                case "ack" -> ids.forEach(entries::remove);
                case "refuse" -> entries.computeIfPresent(text.get("id"), (id, e) ->
                        new Entry(id, e.segment(), e.confirmedAt(), Optional.of(text.getOrDefault("reason", ""))));
                default -> throw new IOException("unknown record " + text.get("op"));
            }
        }
    }

    private static Content required(Map<String, Content> content, String field) throws IOException {
        Content c = content.get(field);
        if (c == null) throw new IOException("no " + field);
        return c;
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    /** One record: the CRC-32 of the JSON in 8 hex digits, a space, the JSON on one line, a line break. */
    private static byte[] record(Fields fields) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(json)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        }
        byte[] body = json.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        ByteArrayOutputStream line = new ByteArrayOutputStream(body.length + 10);
        line.write(String.format("%08x ", crc.getValue()).getBytes(StandardCharsets.US_ASCII));
        line.write(body);
        line.write('\n');
        return line.toByteArray();
    }

    private static byte[] addRecord(Entry e) throws IOException {
        ConfirmedSegment s = e.segment();
        return record(g -> {
            g.writeStringField("op", "add");
            g.writeStringField("id", e.id());
            g.writeStringField("at", e.confirmedAt().toString());
            g.writeStringField("document", s.document());
            g.writeStringField("unit", s.unitId());
            g.writeStringField("segment", s.segmentId());
            g.writeStringField("sourceLang", s.sourceLanguage());
            g.writeStringField("targetLang", s.targetLanguage());
            g.writeFieldName("source");
            ContentJson.write(g, s.source());
            g.writeFieldName("target");
            ContentJson.write(g, s.target());
            if (s.previousSource().isPresent()) {
                g.writeFieldName("prev");
                ContentJson.write(g, s.previousSource().get());
            }
            if (e.refusal().isPresent()) g.writeStringField("refusal", e.refusal().get());
        });
    }

    /**
     * Appends {@code record} and forces it to disk; a record cut short at the end of the file is cut off first. A
     * new journal is written as a whole ({@link AtomicFiles}), so that its folder entry is on disk too.
     */
    private void append(byte[] record) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out -> out.write(record));
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = intactEnd(ch);
            if (end < ch.size()) ch.truncate(end);
            ByteBuffer buf = ByteBuffer.wrap(record);
            long at = end;
            while (buf.hasRemaining()) at += ch.write(buf, at);
            ch.force(false);
        }
    }

    /** Where the last complete line ends: the size, unless the last record was cut short. */
    private static long intactEnd(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer buf = ByteBuffer.allocate(4096);
        for (long to = size; to > 0; ) {
            long from = Math.max(0, to - buf.capacity());
            buf.clear().limit((int) (to - from));
            while (buf.hasRemaining() && ch.read(buf, from + buf.position()) >= 0) {
                // read the block
            }
            for (int i = (int) (to - from) - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') return from + i + 1;
            }
            to = from;
        }
        return 0;
    }

    /** Nothing left to send: the journal is truncated to nothing, and forced. */
    private void empty() throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(0);
            ch.force(true);
        }
        known = new Log(new LinkedHashMap<>(), 0);
        knownStamp = stamp();
    }

    /** The journal with {@code entries} alone, replaced atomically; emptied when there are none. */
    private void rewrite(List<Entry> entries) throws IOException {
        known = null;
        if (entries.isEmpty()) {
            if (Files.exists(file)) empty();
            return;
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, out -> {
            for (Entry e : entries) out.write(addRecord(e));
        });
    }

    // ---- the TMX journal of the earlier version

    /** Moves the entries of an earlier version's TMX journal into this one and deletes it (under the lock). */
    private void takeOverLegacy() throws IOException {
        if (!Files.exists(legacy)) return;
        List<Entry> old = new ArrayList<>();
        try (LockFile lock = LockFile.forWriting(legacy)) {
            if (!Files.exists(legacy)) return;
            TmxReader.read(legacy, tu -> old.add(legacyEntry(tu)));
            List<Entry> all = replay().live();
            all.addAll(0, old);
            rewrite(all);
            Files.delete(legacy);
        }
    }

    private Entry legacyEntry(TranslationUnit tu) {
        if (tu.variants().size() != 2 || tu.sourceLanguage().isEmpty()) {
            throw new IllegalStateException(legacy + ": unit " + tu.tuid() + " is not a queued confirmation");
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
