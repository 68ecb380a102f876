package org.glossa.core.langdetect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * Tika's {@code OpenNLPDetector} answer for a text, computed with less work: the same chunks (300 code points,
 * normalised as Tika does), the same 1- to 3-grams (lower-cased as Tika's n-grammer leaves them), a probe of the model
 * every 110 n-grams and the same stopping rule (from the third probe on: the best language unchanged over the last
 * three probes, its score not falling, and ahead of the second by at least 0.2), and OpenNLP's maxent evaluation of
 * the distinct n-grams in the iteration order of the same {@code HashMap}, so every score is the same double.
 *
 * <p>What is saved: each distinct n-gram is looked up in the model once (Tika looks every n-gram up again at every
 * probe), a probe is not evaluated when its answer cannot be the result (a text with fewer than three probes ends
 * with its last one), and no arrays of strings, scores and language objects are built per probe. Thread-safe: the
 * model is read only and each call keeps its state to itself.
 */
public final class NgramLanguageDetector {
    static final int CHUNK_CODE_POINTS = 300;
    static final int MAX_CODE_POINTS = 10_000;
    static final int PROBE_EVERY = 110;
    /** Tika stops at the earliest at the third probe: the two before it must agree with it. */
    static final int FIRST_STOPPING_PROBE = 3;
    static final double MIN_LEAD = 0.20;

    /** The process's detector over Tika's model, once {@link #tikas()} or {@link #loadTikas()} has loaded it. */
    private static volatile NgramLanguageDetector tikas;

    private final LanguageModel model;

    public NgramLanguageDetector(LanguageModel model) {
        this.model = model;
    }

    /**
     * The detector over Tika's model ({@link LanguageModel#tikas()}), one per process: the first call loads the model
     * (from its flat cache in tens of milliseconds, on a machine's first run from Tika's jar in about a second), once,
     * whichever threads ask; later calls return it at once.
     */
    public static NgramLanguageDetector tikas() {
        NgramLanguageDetector loaded = tikas;
        if (loaded == null) {
            synchronized (NgramLanguageDetector.class) {
                loaded = tikas;
                if (loaded == null) tikas = loaded = new NgramLanguageDetector(LanguageModel.tikas());
            }
        }
        return loaded;
    }

    /**
     * Loads Tika's model now unless it is loaded, so that the first {@link #tikas()} of a check does not wait for it:
     * e.g. on a background thread while the first files are read.
     */
    public static void loadTikas() {
        tikas();
    }

    /** Whether Tika's model is loaded in this process ({@link #tikas()} answers at once). */
    public static boolean tikasLoaded() {
        return tikas != null;
    }

    public LanguageModel model() {
        return model;
    }

    /** Every language of the model with its score, best first (ties in the model's order), as Tika gives them. */
    public List<LanguageScore> detect(String text) {
        List<String> grams = grams(text);
        int probes = grams.size() / PROBE_EVERY;
        HashMap<String, Integer> seen = new HashMap<>();
        if (probes == 0) {
            add(seen, grams, 0, grams.size());
            return scores(evaluate(seen));
        }
        double[] beforeLast = null;
        double[] last = null;
        for (int probe = 1; probe <= probes; probe++) {
            add(seen, grams, (probe - 1) * PROBE_EVERY, probe * PROBE_EVERY);
            // below the third probe nothing can stop the detector: only the last probe's answer counts
            if (probes < FIRST_STOPPING_PROBE && probe < probes) continue;
            double[] current = evaluate(seen);
            if (probe >= FIRST_STOPPING_PROBE && seenEnough(beforeLast, last, current)) return scores(current);
            beforeLast = last;
            last = current;
        }
        return scores(last);
    }

    private void add(HashMap<String, Integer> seen, List<String> grams, int from, int to) {
        for (int i = from; i < to; i++) {
            String gram = grams.get(i);
            if (!seen.containsKey(gram)) seen.put(gram, model.feature(gram));
        }
    }

    /** Tika's stopping rule over the last three probes. */
    private boolean seenEnough(double[] first, double[] second, double[] third) {
        int best = best(third);
        if (third[best] - secondScore(third, best) < MIN_LEAD) return false;
        int firstBest = best(first);
        int secondBest = best(second);
        return model.outcome(firstBest).equals(model.outcome(secondBest))
                && model.outcome(secondBest).equals(model.outcome(best))
                && first[firstBest] <= second[secondBest] && second[secondBest] <= third[best];
    }

    /** The first outcome with the highest probability (a stable sort's first). */
    private static int best(double[] probabilities) {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) if (Double.compare(probabilities[i], probabilities[best]) > 0) best = i;
        return best;
    }

    /** The second entry of a stable descending sort: the highest probability of the other outcomes. */
    private static double secondScore(double[] probabilities, int best) {
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < probabilities.length; i++) {
            if (i != best && Double.compare(probabilities[i], second) > 0) second = probabilities[i];
        }
        return second;
    }

    /** OpenNLP's GIS evaluation: log prior plus the parameters of the features in iteration order, exp, normalise. */
    private double[] evaluate(HashMap<String, Integer> seen) {
        int n = model.outcomeCount();
        double[] sums = new double[n];
        Arrays.fill(sums, model.logPrior());
        for (int feature : seen.values()) if (feature >= 0) model.addTo(sums, feature);
        double normal = 0;
        for (int i = 0; i < n; i++) {
            sums[i] = StrictMath.exp(sums[i]);
            normal += sums[i];
        }
        for (int i = 0; i < n; i++) sums[i] /= normal;
        return sums;
    }

    private List<LanguageScore> scores(double[] probabilities) {
        Integer[] order = new Integer[probabilities.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a])); // stable: ties keep model order
        List<LanguageScore> scores = new ArrayList<>(order.length);
        for (int i : order) scores.add(new LanguageScore(model.outcome(i), (float) probabilities[i]));
        return scores;
    }

    /**
     * The n-grams Tika's detector would count, in its order, spaces left out: per chunk of 300 code points (at most
     * 10,000 in all), normalised, every start but the chunk's last (a one-code-point chunk keeps its only one) gives
     * its 1-, 2- and 3-gram as far as the chunk goes. Tika's n-grammer lower-cases each code point as it first
     * reaches it, except the fourth of each chunk, which it never reaches: that one keeps its case.
     */
    static List<String> grams(String text) {
        int[] codePoints = text.codePoints().limit(MAX_CODE_POINTS).toArray();
        List<String> grams = new ArrayList<>(codePoints.length * 3);
        for (int start = 0; start < codePoints.length; start += CHUNK_CODE_POINTS) {
            int length = Math.min(CHUNK_CODE_POINTS, codePoints.length - start);
            int[] chunk = TikaNormalizer.normalize(new String(codePoints, start, length)).codePoints().toArray();
            for (int i = 0; i < chunk.length; i++) if (i != 3) chunk[i] = Character.toLowerCase(chunk[i]);
            if (chunk.length == 1) {
                addGram(grams, chunk, 0, 1);
                continue;
            }
            for (int from = 0; from < chunk.length - 1; from++) {
                for (int n = 1; n <= 3 && from + n <= chunk.length; n++) addGram(grams, chunk, from, n);
            }
        }
        return grams;
    }

    private static void addGram(List<String> grams, int[] chunk, int from, int n) {
        if (n == 1 && chunk[from] == ' ') return;
        grams.add(new String(chunk, from, n));
    }
}
