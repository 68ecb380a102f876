package org.glossa.core.tm.index;

import java.io.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.store.*;
import org.glossa.core.tm.TmScorer;

/**
 * Where a memory lookup's first stage spends its work, per index segment (issue 17 session 12, decision 0050): for
 * each query of a {@code TmBench} queries file, the thread CPU of the first stage's query ({@code IndexSearch.words}
 * at min score 70, as {@code TmBench} asks) searched on each segment alone, on one thread, and of reading the 50
 * candidates' stored fields. Prints a TSV (query, kind, stored-fields µs, then µs per segment; the header holds the
 * segments' document counts) for {@code bench/tm-segment-work.py}, which compares ways of sharing the segments
 * between two threads. In Glossa's index package to reach {@code IndexSearch.words}; compile against a packaged
 * tree's command-line jars:
 * <pre>
 *   CP="cli/target/glossa-cli-0.1.0-SNAPSHOT.jar:cli/target/lib/*"
 *   javac -d /tmp/probe -cp "$CP" bench/TmSegmentWork.java
 *   java -Xmx512m -cp "/tmp/probe:$CP" org.glossa.core.tm.index.TmSegmentWork INDEX_DIR QUERIES.tsv ROUNDS &gt; work.tsv
 * </pre>
 * INDEX_DIR is the Lucene directory (e.g. CACHE/tm-10000000.tmx-848167bc56/en_de); the last of ROUNDS rounds is
 * printed (the first ones warm the JIT).
 */
public class TmSegmentWork {
    static final class S extends IndexSearcher {
        S(IndexReader r) { super(r); }
        void leaf(LeafReaderContext c, Weight w, Collector col) throws IOException { search(List.of(c), w, col); }
    }
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        List<String[]> qs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a[1]))) { int t = line.indexOf('\t'); qs.add(new String[]{line.substring(0, t), line.substring(t + 1)}); }
        int reps = Integer.parseInt(a[2]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        TmScorer scorer = new org.glossa.core.tm.score.MatchScorer(Locale.ENGLISH, Locale.GERMAN);
        Analyzer analyzer = IndexFields.analyzer();
        try (Directory d = new MMapDirectory(dir); DirectoryReader r = DirectoryReader.open(d)) {
            S s = new S(r);
            List<LeafReaderContext> leaves = r.leaves();
            StringBuilder head = new StringBuilder("#q\tkind\tstored");
            for (LeafReaderContext c : leaves) head.append('\t').append(c.reader().maxDoc());
            System.out.println(head);
            for (int rep = 0; rep < reps; rep++) {
                for (int qi = 0; qi < qs.size(); qi++) {
                    String text = qs.get(qi)[1];
                    Optional<Query> fq = IndexSearch.words(analyzer, scorer, text, 70);
                    long[] cpu = new long[leaves.size()];
                    long storedNs = 0;
                    if (fq.isPresent()) {
                        Query q = s.rewrite(fq.get());
                        TopScoreDocCollectorManager m = new TopScoreDocCollectorManager(50, null, 50);
                        Weight w = s.createWeight(q, m.newCollector().scoreMode(), 1f);
                        List<TopDocs> tds = new ArrayList<>();
                        for (int i = 0; i < leaves.size(); i++) {
                            TopScoreDocCollector col = m.newCollector();
                            long c0 = mx.getCurrentThreadCpuTime();
                            s.leaf(leaves.get(i), w, col);
                            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
                            tds.add(col.topDocs());
                        }
                        TopDocs top = TopDocs.merge(50, tds.toArray(TopDocs[]::new));
                        StoredFields sf = s.storedFields();
                        long c0 = mx.getCurrentThreadCpuTime();
                        for (ScoreDoc sd : top.scoreDocs) IndexFields.entry(sf.document(sd.doc, IndexFields.STORED));
                        storedNs = mx.getCurrentThreadCpuTime() - c0;
                    }
                    if (rep == reps - 1) {
                        StringBuilder b = new StringBuilder().append(qi).append('\t').append(qs.get(qi)[0]).append('\t').append(storedNs / 1000);
                        for (long c : cpu) b.append('\t').append(c / 1000);
                        System.out.println(b);
                    }
                }
            }
        }
    }
}
