package org.glossa.core.tm.index;

import org.glossa.core.text.TextKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.glossa.core.model.Content;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.TmScorer;

/**
 * An updatable translation-memory index for one language pair whose master copy is elsewhere (a database): entries
 * are put and deleted by an id of the caller's, {@link #refresh()} makes them visible to lookups (near-real-time,
 * without a commit), {@link #commit} makes them durable together with the caller's bookmark (e.g. the last change
 * applied), which {@link #bookmark()} reads back after a restart so the caller replays only what came later.
 *
 * <p>Same layout and lookup as {@link TranslationMemory} ({@link IndexFields}, {@link IndexSearch}). The index is a
 * cache: an unreadable or foreign one is wiped on {@link #open} ({@link #bookmark()} is then empty and the caller
 * refills it). Lookups and updates may run concurrently.
 */
public final class LiveMemory implements TmLookup {
    /** Bump when the documents or their encoding change (the layout of {@link IndexFields} plus the id field). */
    static final String FORMAT = "glossa-live-index-6";
    private static final String ID = "id";
    private static final String BOOKMARK = "bookmark";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TmScorer scorer;
    private final IndexOptions options;
    private final Analyzer analyzer = IndexFields.analyzer();
    private final Optional<String> bookmark;

    private LiveMemory(Directory directory, IndexWriter writer, TmScorer scorer, IndexOptions options,
                       Optional<String> bookmark) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.scorer = scorer;
        this.options = options;
        this.bookmark = bookmark;
    }

    /**
     * Opens (or creates) the index in {@code dir}. One process at a time: Lucene's write lock refuses a second one.
     */
    public static LiveMemory open(Path dir, TmScorer scorer, IndexOptions options) throws IOException {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(options, "options");
        Files.createDirectories(dir);
        // small segments flushed by a refresh (a few units confirmed a moment ago) stay in memory until they are
        // merged or committed, so making a unit searchable writes no file (on a busy disk that took seconds)
        Directory d = new NRTCachingDirectory(FSDirectory.open(dir), 8.0, 64.0);
        try {
            Optional<String> bookmark = readBookmark(d, options);
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
                    .setOpenMode(bookmark.isPresent() ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(false);
            IndexWriter w = new IndexWriter(d, config);
            try {
                return new LiveMemory(d, w, scorer, options, bookmark);
            } catch (IOException | RuntimeException e) {
                w.rollback();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** The bookmark of the last commit of a readable index in this format, else empty (the index is then rebuilt). */
    private static Optional<String> readBookmark(Directory d, IndexOptions options) {
        try {
            if (!DirectoryReader.indexExists(d)) return Optional.empty();
            try (DirectoryReader r = DirectoryReader.open(d)) {
                Map<String, String> data = r.getIndexCommit().getUserData();
                if (!FORMAT.equals(data.get("format")) || !options.layout().equals(data.get("layout"))) {
                    return Optional.empty();
                }
                return Optional.ofNullable(data.get(BOOKMARK));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The exact-match key of a text: hex of a 64-bit hash of its normalised form (NFC, lower case, white space
     * collapsed, codes left out). Equal keys are candidates for a 100% match; the scorer decides.
     */
    public static String exactKey(String text) {
        return TextKey.matchHashHex(text);
    }

    /** The bookmark stored by the last {@link #commit}, empty for a new (or wiped) index. */
    public Optional<String> bookmark() {
        return bookmark;
    }

    /** Adds the entry, or replaces the one with the same {@code id}. Visible to lookups after {@link #refresh()}. */
    public void put(String id, Content source, Content target, String tuid, String origin, Optional<Instant> changed) {
        Objects.requireNonNull(id, "id");
        MemoryEntry e = new MemoryEntry(source, target, tuid, origin, changed, TextKey.NO_MATCH_HASH, TextKey.NO_MATCH_HASH);
        Document d = IndexFields.document(e, TextKey.matchHash(source.plainText()), options.charNgrams());
        d.add(new StringField(ID, id, Field.Store.NO));
        try {
            writer.updateDocument(new Term(ID, id), d);
        } catch (IOException x) {
            throw new UncheckedIOException("updating the translation-memory index", x);
        }
    }

    /** Removes the entry with this id (nothing when there is none). */
    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException x) {
            throw new UncheckedIOException("updating the translation-memory index", x);
        }
    }

    /** Removes every entry (before a rebuild). */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException x) {
            throw new UncheckedIOException("clearing the translation-memory index", x);
        }
    }

    /** Makes the changes so far visible to lookups. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException x) {
            throw new UncheckedIOException("refreshing the translation-memory index", x);
        }
    }

    /** Makes the changes so far durable, recording {@code bookmark} with them. */
    public void commit(String bookmark) {
        Map<String, String> data = new HashMap<>();
        data.put("format", FORMAT);
        data.put("layout", options.layout());
        data.put(BOOKMARK, bookmark);
        writer.setLiveCommitData(data.entrySet());
        try {
            writer.commit();
        } catch (IOException x) {
            throw new UncheckedIOException("committing the translation-memory index", x);
        }
    }

    /** Entries visible to lookups. */
    public int size() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException x) {
            throw new UncheckedIOException("reading the translation-memory index", x);
        }
    }

    @Override
    public List<TmMatch> lookup(Content segment, Optional<Content> previousSegment, int minScore, int maxResults) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return IndexSearch.lookup(s, analyzer, options, scorer, segment, previousSegment, minScore, maxResults);
            } finally {
                searchers.release(s);
            }
        } catch (IOException x) {
            throw new UncheckedIOException("reading the translation-memory index", x);
        }
    }

    /** The units whose source or target holds every word of {@code text} ({@link TranslationMemory#concordance}). */
    public List<ConcordanceHit> concordance(String text, int maxResults) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return IndexSearch.concordance(s, analyzer, text, maxResults);
            } finally {
                searchers.release(s);
            }
        } catch (IOException x) {
            throw new UncheckedIOException("reading the translation-memory index", x);
        }
    }

    /** Closes without committing: what was not committed is replayed from the master copy next time. */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException x) {
            throw new UncheckedIOException("closing the translation-memory index", x);
        }
    }
}
