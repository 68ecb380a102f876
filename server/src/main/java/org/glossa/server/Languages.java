package org.glossa.server;

import org.glossa.core.InputException;
import org.glossa.core.lang.LanguageTags;

/**
 * Language tags in requests, through core's one language-tag utility ({@link LanguageTags}): checked and made
 * canonical ("en-us" becomes "en-US", "iw" "he"). A tag without region matches its regional variants ("en" finds
 * "en-GB" units), as in core's TM lookups; what is added here is only what the database queries need.
 */
final class Languages {
    private Languages() {
    }

    /** The canonical tag, or 400 naming the parameter. */
    static String check(String tag, String what) {
        if (tag == null || tag.isBlank()) throw ApiException.badRequest(what + " is required (a language tag such as en or de-DE)");
        try {
            return LanguageTags.parse(tag.trim(), what);
        } catch (InputException e) {
            throw ApiException.badRequest(what + ": not a language tag: " + tag);
        }
    }

    /** The LIKE pattern for regional variants of a tag ("en" gives "en-%"). */
    static String likePrefix(String tag) {
        return tag.replace("%", "").replace("_", "") + "-%";
    }

    /** The primary language subtag ("en-GB" gives "en"): one fuzzy index per memory and primary pair. */
    static String primary(String tag) {
        return LanguageTags.language(tag);
    }
}
