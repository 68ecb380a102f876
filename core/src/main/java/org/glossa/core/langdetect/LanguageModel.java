package org.glossa.core.langdetect;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.io.UserFolders;

/**
 * A maxent (GIS) language model over 1- to 3-grams, in flat arrays: the outcomes (languages), the uniform log prior,
 * and per feature (n-gram) its outcomes and parameters in OpenNLP's order. Evaluating features is OpenNLP's
 * {@code GISModel.eval}: per outcome the log prior plus the parameters of the features in the order given, then
 * {@code StrictMath.exp} and normalisation, so the probabilities are the same doubles.
 *
 * <p>Read through OpenNLP's public API ({@code AbstractModel.getDataStructures()}), which takes over a second and
 * a few hundred MB of objects for Tika's model (344,151 features, 2.8 million parameters); so the arrays are also
 * written to a cache file ({@code $XDG_CACHE_HOME/glossa/langdetect/}, named after the model's CRC-32 and size)
 * that later runs map and copy in a few tens of milliseconds. Features that are not 1 to 3 code points long are
 * left out: no n-gram of a text can be one of them.
 */
public final class LanguageModel {
    /** The model Tika's {@code OpenNLPDetector} loads, a resource of the tika-langdetect-opennlp jar. */
    static final String TIKA_MODEL = "/opennlp-langdetect-20210413.bin";
    private static final int MAGIC = 0x474c4c31; // "GLL1"
    private static final long NO_KEY = 0;

    private final String[] outcomes;
    private final double logPrior;
    /** Per feature: its key ({@link #key}), the range of its outcomes and parameters, and the outcomes. */
    private final long[] featureKeys;
    private final int[] featureStart;
    private final int[] outcomeIds;
    private final double[] parameters;
    /** Open addressing over the keys: a slot holds a feature index + 1, 0 when empty. */
    private final int[] slots;
    private final int mask;

    private LanguageModel(String[] outcomes, long[] featureKeys, int[] featureStart, int[] outcomeIds,
            double[] parameters) {
        this.outcomes = outcomes;
        this.logPrior = StrictMath.log(1.0 / outcomes.length); // OpenNLP's UniformPrior
        this.featureKeys = featureKeys;
        this.featureStart = featureStart;
        this.outcomeIds = outcomeIds;
        this.parameters = parameters;
        int capacity = Integer.highestOneBit(Math.max(4, featureKeys.length) * 2) * 2;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int f = 0; f < featureKeys.length; f++) {
            int slot = slot(featureKeys[f]);
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = f + 1;
        }
    }

    /** Tika's language model, from the cache under {@code $XDG_CACHE_HOME/glossa/langdetect} when it is there. */
    public static LanguageModel tikas() {
        return tikas(UserFolders.cache().resolve("glossa").resolve("langdetect"));
    }

    /** Tika's language model, from the cache in {@code cacheFolder}, else read from Tika's jar and cached there. */
    public static LanguageModel tikas(Path cacheFolder) {
        URL url = OpenNLPDetector.class.getResource(TIKA_MODEL);
        if (url == null) throw new IllegalStateException("Tika's language model " + TIKA_MODEL + " is missing");
        try {
            Path cache = cacheFolder.resolve("opennlp-langdetect-20210413-" + identity(url) + ".model");
            try {
                return read(cache);
            } catch (NoSuchFileException | DamagedCache e) { // read the model (again) and cache it
                LanguageModel model;
                try (InputStream in = url.openStream()) {
                    model = of(new LanguageDetectorModel(in).getMaxentModel());
                }
                try {
                    AtomicFiles.write(cache, model::write);
                } catch (IOException notWritten) {
                    System.getLogger(LanguageModel.class.getName()).log(System.Logger.Level.WARNING,
                            "the language model is not cached (next runs read it again): " + notWritten);
                }
                return model;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Tika's language model " + TIKA_MODEL, e);
        }
    }

    /** The model resource's CRC-32 and size: from the jar's directory when it is in one, else by reading it. */
    private static String identity(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() != -1) {
            return String.format(Locale.ROOT, "%08x-%d", jar.getJarEntry().getCrc(), jar.getJarEntry().getSize());
        }
        CRC32 crc = new CRC32();
        long size = 0;
        try (InputStream in = connection.getInputStream()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; size += n) crc.update(buffer, 0, n);
        }
        return String.format(Locale.ROOT, "%08x-%d", crc.getValue(), size);
    }

    /** The model's data, through {@code AbstractModel.getDataStructures()}; only GIS models are evaluated so. */
    @SuppressWarnings("unchecked")
    static LanguageModel of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            throw new IllegalArgumentException("not a GIS maxent model: " + model.getClass().getName());
        }
        Object[] data = gis.getDataStructures();
        Map<String, Context> features = (Map<String, Context>) data[1];
        String[] outcomes = ((String[]) data[2]).clone();
        List<Long> keys = new ArrayList<>(features.size());
        List<Context> contexts = new ArrayList<>(features.size());
        int total = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            long key = key(e.getKey());
            if (key == NO_KEY) continue;
            keys.add(key);
            contexts.add(e.getValue());
            total += e.getValue().getOutcomes().length;
        }
        long[] featureKeys = new long[keys.size()];
        int[] featureStart = new int[keys.size() + 1];
        int[] outcomeIds = new int[total];
        double[] parameters = new double[total];
        int at = 0;
        for (int f = 0; f < featureKeys.length; f++) {
            featureKeys[f] = keys.get(f);
            featureStart[f] = at;
            Context c = contexts.get(f);
            System.arraycopy(c.getOutcomes(), 0, outcomeIds, at, c.getOutcomes().length);
            System.arraycopy(c.getParameters(), 0, parameters, at, c.getParameters().length);
            at += c.getOutcomes().length;
        }
        featureStart[featureKeys.length] = at;
        return new LanguageModel(outcomes, featureKeys, featureStart, outcomeIds, parameters);
    }

    /** 1 to 3 code points as a number (a leading 1 bit, then 21 bits a code point), or {@link #NO_KEY}. */
    static long key(CharSequence gram) {
        long key = 1;
        int count = 0;
        for (int i = 0; i < gram.length(); i += Character.charCount(Character.codePointAt(gram, i))) {
            if (++count > 3) return NO_KEY;
            key = key << 21 | Character.codePointAt(gram, i);
        }
        return count == 0 ? NO_KEY : key;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** The index of the feature (n-gram), or -1 for one the model does not know. */
    int feature(String gram) {
        long key = key(gram);
        if (key == NO_KEY) return -1;
        for (int slot = slot(key); slots[slot] != 0; slot = (slot + 1) & mask) {
            if (featureKeys[slots[slot] - 1] == key) return slots[slot] - 1;
        }
        return -1;
    }

    /** Adds a feature's parameters to the sums of its outcomes, in OpenNLP's order. */
    void addTo(double[] sums, int feature) {
        for (int i = featureStart[feature], end = featureStart[feature + 1]; i < end; i++) {
            sums[outcomeIds[i]] += parameters[i];
        }
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    double logPrior() {
        return logPrior;
    }

    /** Whether a language (outcome name, e.g. "deu") is one of the model's. */
    public boolean knows(String language) {
        return Arrays.asList(outcomes).contains(language);
    }

    private void write(java.io.OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(outcomes.length);
        for (String o : outcomes) {
            byte[] utf8 = o.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.writeInt(featureKeys.length);
        out.writeInt(parameters.length);
        ByteBuffer body = ByteBuffer.allocate(featureKeys.length * 8 + featureStart.length * 4 + outcomeIds.length * 4
                + parameters.length * 8);
        body.asLongBuffer().put(featureKeys);
        body.position(featureKeys.length * 8);
        body.asIntBuffer().put(featureStart);
        body.position(body.position() + featureStart.length * 4);
        body.asIntBuffer().put(outcomeIds);
        body.position(body.position() + outcomeIds.length * 4);
        body.asDoubleBuffer().put(parameters);
        out.write(body.array());
        out.flush();
    }

    private static LanguageModel read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer in = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            if (in.getInt() != MAGIC) throw new DamagedCache(file);
            String[] outcomes = new String[in.getInt()];
            for (int i = 0; i < outcomes.length; i++) {
                byte[] utf8 = new byte[in.getInt()];
                in.get(utf8);
                outcomes[i] = new String(utf8, StandardCharsets.UTF_8);
            }
            long[] featureKeys = new long[in.getInt()];
            int[] featureStart = new int[featureKeys.length + 1];
            int[] outcomeIds = new int[in.getInt()];
            double[] parameters = new double[outcomeIds.length];
            in.asLongBuffer().get(featureKeys);
            in.position(in.position() + featureKeys.length * 8);
            in.asIntBuffer().get(featureStart);
            in.position(in.position() + featureStart.length * 4);
            in.asIntBuffer().get(outcomeIds);
            in.position(in.position() + outcomeIds.length * 4);
            in.asDoubleBuffer().get(parameters);
            in.position(in.position() + parameters.length * 8);
            if (in.hasRemaining()) throw new DamagedCache(file);
            return new LanguageModel(outcomes, featureKeys, featureStart, outcomeIds, parameters);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new DamagedCache(file);
        }
    }

    /** A cache file cut short or not one: it is written again. */
    private static final class DamagedCache extends IOException {
        DamagedCache(Path file) {
            super("a damaged language model cache: " + file);
        }
    }
}
