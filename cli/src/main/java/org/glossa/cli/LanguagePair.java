package org.glossa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.glossa.core.lang.LanguageTags;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code -s/--source} and {@code -t/--target}, the one declaration every command mixes in. What differs per command
 * is in {@code LanguagePair.properties} (the resource bundle of every command, {@link #bundle()}), keyed by the command's qualified name:
 * the help text ({@code glossa.analyze.language.source}) and the default ({@code ….default}, read by
 * {@link Defaults}); commands that need both languages add {@link Required} as their model transformer.
 */
final class LanguagePair {
    private static final String BUNDLE_FILE = "LanguagePair.properties";

    @Option(names = {"-s", "--source"}, paramLabel = "SRC", descriptionKey = "language.source")
    String source;

    @Option(names = {"-t", "--target"}, paramLabel = "TGT", descriptionKey = "language.target")
    String target;

    /**
     * Checks the languages given, an input error naming the option otherwise ("--target: 'deutsch' is not a BCP 47
     * language tag …"), and makes them canonical ("iw" becomes "he", "pt_br" "pt-BR").
     */
    void check() {
        if (source != null) source = LanguageTags.parse(source, "--source");
        if (target != null) target = LanguageTags.parse(target, "--target");
    }

    /**
     * {@code LanguagePair.properties} as the resource bundle {@link Main} gives the command line. Read from the
     * command line's own jar rather than named in {@code @Command(resourceBundle = …)}: picocli then calls
     * {@code ResourceBundle.getBundle}, whose first use looks for control providers in every jar of the class path
     * (opening all 70) and for {@code LanguagePair_en} classes and files in each, on the main thread before the
     * workers start (decision 0058). There is no bundle for any locale, so the texts are the same.
     */
    static ResourceBundle bundle() {
        try (InputStream in = LanguagePair.class.getResourceAsStream(BUNDLE_FILE)) {
            if (in == null) throw new IllegalStateException("missing resource org/glossa/cli/" + BUNDLE_FILE);
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/glossa/cli/" + BUNDLE_FILE, e);
        }
    }

    /** Makes -s and -t required options of the command ({@code @Command(modelTransformer = ...)}). */
    static final class Required implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (String name : new String[] {"--source", "--target"}) {
                OptionSpec option = spec.findOption(name);
                spec.remove(option);
                spec.addOption(OptionSpec.builder(option).required(true).build());
            }
            return spec;
        }
    }

    /** The per-command defaults of -s and -t from the bundle; none for other options. */
    static final class Defaults implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            if (!(arg instanceof OptionSpec option) || !option.descriptionKey().startsWith("language.")) return null;
            ResourceBundle bundle = arg.command().resourceBundle();
            String key = arg.command().qualifiedName(".") + "." + option.descriptionKey() + ".default";
            return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : null;
        }
    }
}
