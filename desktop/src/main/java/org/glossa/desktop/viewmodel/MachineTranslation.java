package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.glossa.client.mt.MtClients;
import org.glossa.core.mt.MachineTranslator;
import org.glossa.core.mt.MtSettings;
import org.glossa.core.mt.MtSuggestions;
import org.glossa.core.mt.MtTerms;
import org.glossa.core.glossary.Glossary;

/**
 * Machine translation in the memory panel, off unless configured ({@link MtSettings}: {@code mt.properties} in the
 * user's config folder, or {@code GLOSSA_MT_PROVIDER}/{@code _URL}/{@code _KEY}): for the open document's language
 * pair, the DeepL or LibreTranslate client of the client module with core's cache and rate limit
 * ({@link MtClients#translator}), asked in the background whether it translates the pair, then offered to the
 * memory panel as one suggestion per segment marked "MT" (score 70, never above 99; inserted like a match, it
 * leaves the segment unconfirmed), with the segment's glossary term pairs as hints ({@link MtTerms}).
 */
public final class MachineTranslation {

    /** Reads the settings (the user's in the application; a test's file in tests). */
    @FunctionalInterface
    public interface SettingsSource {
        Optional<MtSettings> read() throws IOException;

        SettingsSource USER = MtSettings::ofUser;
    }

    private final Async async;
    private final TmPanelViewModel panel;
    private final Consumer<String> tell;
    private SettingsSource settings = SettingsSource.USER;
    private long request;

    MachineTranslation(Async async, TmPanelViewModel panel, Consumer<String> tell) {
        this.async = Objects.requireNonNull(async, "async");
        this.panel = Objects.requireNonNull(panel, "panel");
        this.tell = Objects.requireNonNull(tell, "tell");
    }

    /** Reads the settings from {@code source} from now on (takes effect with the next document). */
    public void useSettings(SettingsSource source) {
        settings = Objects.requireNonNull(source, "source");
    }

    /**
     * Offers machine translations from {@code sourceLanguage} into {@code targetLanguage} when a service is
     * configured and translates the pair, then runs {@code ready} (to look the current segment up again); says
     * in the status line why not when the service is configured but cannot be used.
     */
    void use(String sourceLanguage, String targetLanguage, List<Glossary> glossaries, Runnable ready) {
        long mine = ++request;
        panel.useMachineTranslation(Optional.empty());
        SettingsSource from = settings;
        async.run(() -> {
            Optional<MtSettings> configured = from.read();
            if (configured.isEmpty()) return Optional.<MtSuggestions>empty();
            MachineTranslator mt = MtClients.translator(configured.get());
            if (!mt.supports(sourceLanguage, targetLanguage)) {
                throw new IOException(mt.name() + " does not translate " + sourceLanguage + " into " + targetLanguage);
            }
            return Optional.of(new MtSuggestions(mt, sourceLanguage, targetLanguage,
                    new MtTerms(glossaries, sourceLanguage, targetLanguage)));
        }, offered -> {
            if (mine != request || offered.isEmpty()) return;
            MtSuggestions suggestions = offered.get();
            panel.useMachineTranslation(Optional.of((source, previous) -> suggestions.lookup(source, previous,
                    MatchLookup.MIN_SCORE, 1)));
            ready.run();
        }, failure -> {
            if (mine == request) tell.accept("Machine translation is off: " + Messages.oneLine(failure));
        });
    }

    /** No suggestions (no document is open). */
    void stop() {
        request++;
        panel.useMachineTranslation(Optional.empty());
    }
}
