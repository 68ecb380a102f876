package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.glossa.core.model.Content;
import org.glossa.core.tm.TmImport;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.index.AddedUnits;
import org.glossa.core.tm.score.MatchScorer;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;

/**
 * The writable memory confirmed segments go to: a TMX 1.4b file ({@code PROJECT/memories/project.tmx}, core's
 * {@code Project.MEMORY_FILE}, in a project). {@link #add} is called on the UI thread when a segment is confirmed: the entry is at once visible to
 * {@link #lookup} (this session's entries in RAM, ranked by core's ranking like the memory's index) and the file is
 * rewritten in the background through the writer {@link Async} by {@link TmImport#replace}: under the file's lock
 * (a {@code glossa tm import} into the same file waits, and is not lost), the existing units are copied, a unit with
 * the same tuid (the same segment confirmed again) is replaced, and the file is replaced atomically when complete.
 * Confirmations that arrive while a write runs are written together by the next one.
 */
public final class ProjectMemory implements MatchLookup {

    private final Path file;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final AddedUnits session;
    private final Async writer;
    private final List<ConfirmedSegment> added = new CopyOnWriteArrayList<>();
    private final Map<String, TranslationUnit> pending = new LinkedHashMap<>();
    private final Object writeLock = new Object();

    public ProjectMemory(Path file, String sourceLanguage, String targetLanguage, Async writer) {
        this.file = file.toAbsolutePath().normalize();
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.session = new AddedUnits(sourceLanguage, targetLanguage,
                MatchScorer.forLanguages(sourceLanguage, targetLanguage), this.file.getFileName().toString());
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    public Path file() {
        return file;
    }

    /** The entries added in this session, oldest first (a segment confirmed again replaces its entry). */
    public List<ConfirmedSegment> added() {
        return List.copyOf(added);
    }

    /**
     * Adds a confirmed segment: visible to lookups at once, written to the file in the background; {@code onError}
     * gets a one-line message (on the UI thread) when the write fails.
     */
    public void add(ConfirmedSegment segment, Consumer<String> onError) {
        added.removeIf(s -> s.tuid().equals(segment.tuid()));
        added.add(segment);
        TranslationUnit unit = unit(segment);
        session.put(unit);
        synchronized (pending) {
            pending.put(segment.tuid(), unit);
        }
        writer.run(this::writePending, wrote -> { }, failure -> onError.accept("Could not add the segment to "
                + file.getFileName() + ": " + failure.getMessage()));
    }

    /**
     * Writes the confirmed segments not yet in the file (any thread; one write at a time).
     *
     * @return how many units were added or replaced
     */
    public int writePending() throws IOException {
        synchronized (writeLock) {
            Map<String, TranslationUnit> now;
            synchronized (pending) {
                now = new LinkedHashMap<>(pending);
                pending.clear();
            }
            if (now.isEmpty()) return 0;
            try {
                write(now);
            } catch (IOException | RuntimeException e) {
                synchronized (pending) {
                    now.forEach(pending::putIfAbsent); // tried again with the next confirmation
                }
                throw e;
            }
            return now.size();
        }
    }

    private void write(Map<String, TranslationUnit> units) throws IOException {
        // the one append path of Glossa: locks the file against other writers (a tm import), re-reads it under the
        // lock, replaces the units of segments confirmed again and moves the new file into place atomically
        TmImport.replace(file, sourceLanguage, targetLanguage, units.values());
    }

    private TranslationUnit unit(ConfirmedSegment s) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Property> properties = new ArrayList<>();
        s.previousSource().ifPresent(p -> properties.add(new Property(TmImport.CONTEXT_PROP, p.plainText())));
        properties.add(new Property(TmImport.ORIGIN_PROP, s.document()));
        return new TranslationUnit(s.tuid(), 0, Optional.empty(), properties, List.of(), Optional.of(now),
                Optional.of(now), Optional.of("glossa"), Optional.empty(),
                List.of(Variant.of(sourceLanguage, s.source()), Variant.of(targetLanguage, s.target())));
    }

    /**
     * Matches among this session's entries, ranked by core's ranking (as the memory's index ranks them once it is
     * reopened): 101 when the previous source is the same too, 100 exact, fuzzy.
     */
    @Override
    public List<TmMatch> lookup(Content source, Optional<Content> previousSource) {
        return session.lookup(source, previousSource, MIN_SCORE, MAX_MATCHES);
    }

    /** True when {@code tuid} was confirmed in this session (an older entry of it in an index is stale). */
    public boolean has(String tuid) {
        return session.has(tuid);
    }

    /**
     * This session's entries first, then {@code memory}'s matches that are not the same entry again (same source
     * and target, or a tuid confirmed anew in this session), best first, at most {@link #MAX_MATCHES}.
     */
    public MatchLookup before(MatchLookup memory) {
        return (source, previous) -> {
            List<TmMatch> mine = lookup(source, previous);
            List<TmMatch> all = new ArrayList<>(mine);
            for (TmMatch m : memory.lookup(source, previous)) {
                boolean same = has(m.tuid()) || mine.stream()
                        .anyMatch(n -> n.source().equals(m.source()) && n.target().equals(m.target()));
                if (!same) all.add(m);
            }
            all.sort((a, b) -> Integer.compare(b.score(), a.score())); // stable: this session's first on a tie
            return List.copyOf(all.subList(0, Math.min(MAX_MATCHES, all.size())));
        };
    }
}
