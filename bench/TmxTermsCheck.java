package org.glossa.core.tm.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The memory build's word terms of a TMX's texts, cut ({@link IndexAnalyzer#wordTerms}) against streamed (the
 * analyzer's token stream), decision 0063: checks that every source and target text of the TMX gives the same term
 * bytes and increments both ways, counts the texts the cut decides, then times both ways on the first LIMIT texts in
 * alternating rounds (thread CPU, after warm-up rounds). In Glossa's index package to reach them; compile against
 * a packaged tree's command-line jars:
 * <pre>
 *   CP="cli/target/glossa-cli-0.1.0-SNAPSHOT.jar:cli/target/lib/*"
 *   javac -d /tmp/probe -cp "$CP" bench/TmxTermsCheck.java
 *   java -Xmx2g -cp "/tmp/probe:$CP" org.glossa.core.tm.index.TmxTermsCheck TMX SRC TGT [LIMIT (400000)] [ROUNDS (4)] [check|time]
 * </pre>
 * With {@code time} only the first LIMIT texts are read and nothing is checked (for timing alone).
 */
public class TmxTermsCheck {
    public static void main(String[] a) throws Exception {
        int limit = a.length > 3 ? Integer.parseInt(a[3]) : 400_000;
        int rounds = a.length > 4 ? Integer.parseInt(a[4]) : 4;
        boolean check = a.length <= 5 || !a[5].equals("time");
        IndexAnalyzer analyzer = IndexFields.analyzer();
        List<String> sample = new ArrayList<>();
        long[] counts = new long[3];
        try {
        PairedUnits.read(Path.of(a[0]), a[1], a[2], k -> {
            if (!check && sample.size() >= limit) throw new Enough();
            if (!check) {
                sample.add(k.entry().source().plainText());
                sample.add(k.entry().target().plainText());
                return;
            }
            for (String t : new String[] {k.entry().source().plainText(), k.entry().target().plainText()}) {
                counts[0]++;
                List<String> cut = terms(AnalysedField.of(analyzer, IndexFields.WORDS, t, TextField.TYPE_NOT_STORED, true));
                List<String> streamed = terms(AnalysedField.of(analyzer, IndexFields.WORDS, t, TextField.TYPE_NOT_STORED, false));
                if (!cut.equals(streamed)) {
                    counts[2]++;
                    System.out.println("DIFFER: " + t + "\n  cut " + cut + "\n  streamed " + streamed);
                }
                if (analyzer.wordTerms(IndexFields.WORDS, t, new IndexAnalyzer.Terms() {
                    public void ascii(String x, int s, int e, boolean n) { }
                    public void chars(String x, boolean n) { }
                })) counts[1]++;
                if (sample.size() < limit) sample.add(t);
            }
        });
        } catch (Enough e) {
            // the texts to time are read
        }
        System.out.printf("texts %d, cut %d (%.2f%%), differ %d%n", counts[0], counts[1], 100.0 * counts[1] / counts[0], counts[2]);
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            for (boolean cut : new boolean[] {false, true}) {
                long t0 = mx.getCurrentThreadCpuTime();
                long sum = 0;
                for (String t : sample) sum += AnalysedField.of(analyzer, IndexFields.WORDS, t, TextField.TYPE_NOT_STORED, cut).hashCode() & 1;
                long t1 = mx.getCurrentThreadCpuTime();
                best[cut ? 1 : 0] = Math.min(best[cut ? 1 : 0], t1 - t0);
                System.out.printf("round %d %-8s %6.0f ms CPU for %d texts (%d)%n", r, cut ? "cut" : "streamed", (t1 - t0) / 1e6, sample.size(), sum);
            }
        }
        System.out.printf("best: streamed %.0f ms, cut %.0f ms (%.2f)%n", best[0] / 1e6, best[1] / 1e6, (double) best[1] / best[0]);
        if (counts[2] > 0) System.exit(1);
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    private static List<String> terms(AnalysedField f) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = f.tokenStream(null, null)) {
            BytesTermAttribute term = ts.getAttribute(BytesTermAttribute.class);
            PositionIncrementAttribute inc = ts.getAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                BytesRef b = term.getBytesRef();
                out.add(Arrays.toString(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length)) + "+" + inc.getPositionIncrement());
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
