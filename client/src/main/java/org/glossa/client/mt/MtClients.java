package org.glossa.client.mt;

import java.net.URI;
import org.glossa.core.mt.MachineTranslator;
import org.glossa.core.mt.MtCache;
import org.glossa.core.mt.MtProvider;
import org.glossa.core.mt.MtSettings;
import org.glossa.core.mt.RateLimit;

/** The machine translation client the settings name. */
public final class MtClients {
    private MtClients() {
    }

    public static MtProvider provider(MtSettings settings) {
        URI base = URI.create(settings.url().endsWith("/") ? settings.url() : settings.url() + "/");
        return switch (settings.provider()) {
            case "deepl" -> new DeeplClient(base, settings.key());
            case "libretranslate" -> new LibreTranslateClient(base, settings.key());
            default -> throw new IllegalArgumentException(settings.provider());
        };
    }

    /** A translator over the settings' service with the user's cache of it and the settings' rate. */
    public static MachineTranslator translator(MtSettings settings) {
        MtProvider provider = provider(settings);
        return new MachineTranslator(provider, MtCache.ofUser(provider.name()), new RateLimit(settings.rate()));
    }
}
