package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.lang.LanguagePairs;
import org.glossa.core.tmx.TmxPairs;
import org.glossa.core.tmx.TmxReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.glossa.core.model.Content;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.TmScorer;
import org.glossa.core.tm.score.MatchScorer;

/**
 * A translation memory over TMX files for one language pair, searched through on-disk Lucene indexes.
 *
 * <p>The TMX files are the master copy; each has an index that is a cache, rebuilt (streaming the TMX) when it is
 * missing, unreadable, damaged (Lucene checksums, verified on open) or stale: when the TMX changed since the index
 * recorded it (its size; or, when its modification time or file key differ or it was modified just before the
 * build, the SHA-256 of its content: the TMX is read at open only then, see {@code TmxCheck}), or when the index
 * format, layout or language pair differ. Builds
 * are locked and moved into place when complete, so processes that open one memory at once build its index once
 * and never see a half-built one; see {@code IndexCache}.
 *
 * <p>A lookup takes the entries whose normalised source equals the segment's (an O(1) term lookup), then the top
 * {@link IndexOptions#candidates()} entries by BM25 over the segment's words, and scores those with the
 * {@link TmScorer} ({@link IndexSearch}); see {@link TmLookup#lookup}. One lookup searches the index's segments on
 * all processors ({@link MemorySearcher}). Lookups may run concurrently; {@link #close()} releases the files and
 * the search threads.
 *
 * <pre>{@code
 * try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", scorer, cacheDir)) {
 *     List<TmMatch> m = tm.lookup(segment, Optional.of(previous), 70, 5);
 * }
 * }</pre>
 */
public final class TranslationMemory implements TmLookup {
    private final String sourceLang;
    private final String targetLang;
    private final TmScorer scorer;
    private final IndexOptions options;
    private final List<IndexCache.Opened> parts;
    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = IndexFields.analyzer();
    private List<String> warnings = List.of();

    private TranslationMemory(String sourceLang, String targetLang, TmScorer scorer, IndexOptions options,
                              List<IndexCache.Opened> parts) throws IOException {
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
        this.scorer = scorer;
        this.options = options;
        this.parts = List.copyOf(parts);
        this.reader = new MultiReader(parts.stream().map(IndexCache.Opened::reader).toArray(IndexReader[]::new), false);
        this.searcher = MemorySearcher.open(reader, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Opens the memory with each index beside its TMX, scored with Glossa's {@link MatchScorer} for the pair (indexes
     * are built on first use, then reused).
     */
    public static TranslationMemory open(List<Path> tmxFiles, String sourceLang, String targetLang) throws IOException {
        return open(tmxFiles, sourceLang, targetLang, MatchScorer.forLanguages(sourceLang, targetLang));
    }

    /**
     * Opens the memory with each index beside its TMX, in {@code <name>.glossa-index/}, or, when the TMX's folder
     * cannot be written, in {@code $XDG_CACHE_HOME/glossa/index/} (default {@code ~/.cache/glossa/index/}).
     */
    public static TranslationMemory open(List<Path> tmxFiles, String sourceLang, String targetLang, TmScorer scorer)
            throws IOException {
        return open(tmxFiles, sourceLang, targetLang, scorer, Optional.empty(), IndexOptions.DEFAULT);
    }

    /** Opens the memory with the indexes under {@code cacheDir} (one subdirectory per TMX file and pair). */
    public static TranslationMemory open(List<Path> tmxFiles, String sourceLang, String targetLang, TmScorer scorer,
                                         Path cacheDir) throws IOException {
        return open(tmxFiles, sourceLang, targetLang, scorer, Optional.of(cacheDir), IndexOptions.DEFAULT);
    }

    /**
     * Opens the memory, building or rebuilding indexes as needed.
     *
     * @param cacheDir where the indexes go; empty: beside each TMX (or in the user's cache when its folder is
     *                 read-only)
     */
    public static TranslationMemory open(List<Path> tmxFiles, String sourceLang, String targetLang, TmScorer scorer,
                                         Optional<Path> cacheDir, IndexOptions options) throws IOException {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(options, "options");
        if (sourceLang.isBlank() || targetLang.isBlank()) throw new IllegalArgumentException("languages are required");
        List<IndexCache.Opened> parts = new ArrayList<>();
        try {
            for (Path tmx : tmxFiles) {
                Path dir = cacheDir.isPresent() ? IndexCache.inCacheDir(cacheDir.get(), tmx, sourceLang, targetLang)
                        : IndexCache.location(tmx, sourceLang, targetLang);
                parts.add(IndexCache.openOrBuild(tmx, dir, sourceLang, targetLang, options));
            }
            List<String> warnings = new ArrayList<>();
            for (IndexCache.Opened part : parts) {
                part.warning().ifPresent(warnings::add);
                pairWarning(part.stats(), sourceLang, targetLang).ifPresent(warnings::add);
            }
            TranslationMemory tm = new TranslationMemory(sourceLang, targetLang, scorer, options, parts);
            tm.warnings = List.copyOf(warnings);
            return tm;
        } catch (IOException | RuntimeException e) {
            List<Exception> errors = new ArrayList<>();
            closeAll(parts, errors);
            errors.forEach(e::addSuppressed);
            throw e;
        }
    }

    /**
     * The language-pair check of one memory file: when fewer of its units were indexed than it has, its pairs are
     * counted (a read through the TMX, only then): none of the pair but others is an {@link org.glossa.core.InputException}
     * naming the pairs it holds; the pair and others too a warning with the counts.
     */
    private static Optional<String> pairWarning(TmFileStats stats, String sourceLang, String targetLang) throws IOException {
        if (stats.entries() >= stats.units()) return Optional.empty();
        LanguagePairs pairs = new LanguagePairs();
        try (TmxReader r = TmxReader.open(stats.tmx())) {
            String header = r.header().sourceLanguage();
            for (var it = r.iterator(); it.hasNext(); ) TmxPairs.count(pairs, it.next(), header, sourceLang);
        }
        return pairs.check(stats.tmx().toString(), "units", sourceLang, targetLang);
    }

    /**
     * What the user should be told about the memory: files that also hold other language pairs, with the counts; an
     * index found current whose check could not be recorded (the next open reads the memory again).
     */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public List<TmMatch> lookup(Content segment, Optional<Content> previousSegment, int minScore, int maxResults) {
        return IndexSearch.lookup(searcher, analyzer, options, scorer, segment, previousSegment, minScore, maxResults);
    }

    /**
     * The units whose source or target holds every word of {@code text}, best first, at most {@code maxResults},
     * the words marked (a concordance search, over the same index as lookups).
     */
    public List<ConcordanceHit> concordance(String text, int maxResults) {
        return IndexSearch.concordance(searcher, analyzer, text, maxResults);
    }

    public TmStats stats() {
        List<TmFileStats> files = parts.stream().map(IndexCache.Opened::stats).toList();
        return new TmStats(sourceLang, targetLang, files.stream().mapToLong(TmFileStats::entries).sum(),
                files.stream().mapToLong(TmFileStats::indexBytes).sum(), files);
    }

    @Override
    public void close() {
        MemorySearcher.close(searcher);
        UncheckedIOException failure = null;
        try {
            reader.close();
        } catch (IOException e) {
            failure = new UncheckedIOException("closing the translation memory", e);
        }
        List<Exception> errors = new ArrayList<>();
        closeAll(parts, errors);
        for (Exception e : errors) {
            if (failure == null) {
                failure = new UncheckedIOException("closing the translation memory",
                        e instanceof IOException io ? io : new IOException(e));
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) throw failure;
    }

    /** Closes every reader and directory; what fails to close is added to {@code errors}. */
    private static void closeAll(List<IndexCache.Opened> parts, List<Exception> errors) {
        for (IndexCache.Opened p : parts) {
            try {
                p.reader().close();
            } catch (IOException | RuntimeException e) {
                errors.add(e);
            }
            try {
                p.directory().close();
            } catch (IOException | RuntimeException e) {
                errors.add(e);
            }
        }
    }
}
