package org.glossa.core.langdetect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;

/**
 * A maxent (GIS) language model as OpenNLP's public API gives it: the outcomes (languages), the uniform log prior and
 * each feature's (n-gram's) parameters per outcome. Evaluating a set of features is OpenNLP's {@code GISModel.eval}:
 * per outcome the log prior plus the feature parameters in the order the features are given, then
 * {@code StrictMath.exp} and normalisation, so the probabilities are the same doubles.
 */
public final class LanguageModel {
    /** The model Tika's {@code OpenNLPDetector} loads, a resource of the tika-langdetect-opennlp jar. */
    static final String TIKA_MODEL = "/opennlp-langdetect-20210413.bin";

    private final Map<String, Context> features;
    private final String[] outcomes;
    private final double logPrior;

    private LanguageModel(Map<String, Context> features, String[] outcomes) {
        this.features = features;
        this.outcomes = outcomes;
        this.logPrior = StrictMath.log(1.0 / outcomes.length); // OpenNLP's UniformPrior
    }

    /** Reads Tika's language model (about a second, 23 MB). */
    public static LanguageModel tikas() {
        try (InputStream in = OpenNLPDetector.class.getResourceAsStream(TIKA_MODEL)) {
            if (in == null) throw new IllegalStateException("Tika's language model " + TIKA_MODEL + " is missing");
            return of(new LanguageDetectorModel(in).getMaxentModel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Tika's language model " + TIKA_MODEL, e);
        }
    }

    /** The model's data, through {@code AbstractModel.getDataStructures()}; only GIS models are evaluated so. */
    @SuppressWarnings("unchecked")
    static LanguageModel of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            throw new IllegalArgumentException("not a GIS maxent model: " + model.getClass().getName());
        }
        Object[] data = gis.getDataStructures();
        return new LanguageModel((Map<String, Context>) data[1], (String[]) data[2]);
    }

    /** The feature's parameters, or null for a feature the model does not know. */
    Context feature(String name) {
        return features.get(name);
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
        for (String outcome : outcomes) if (outcome.equals(language)) return true;
        return false;
    }
}
