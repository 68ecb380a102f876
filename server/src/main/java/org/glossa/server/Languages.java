package org.glossa.server;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Language tags in requests: checked (BCP 47 shape), normalised with core's TMX rules ("en-us" becomes "en-US").
 * A tag without region matches its regional variants ("en" finds "en-GB" units), as in core's TM lookups.
 */
final class Languages {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*");

    private Languages() {
    }

    /** The normalised tag, or 400 naming the parameter. */
    static String check(String tag, String what) {
        if (tag == null || tag.isBlank()) throw ApiException.badRequest(what + " is required (a language tag such as en or de-DE)");
        if (!TAG.matcher(tag.trim()).matches()) throw ApiException.badRequest(what + ": not a language tag: " + tag);
        return org.glossa.core.tmx.Languages.normalise(tag);
    }

    /** The LIKE pattern for regional variants of a tag ("en" gives "en-%"). */
    static String likePrefix(String tag) {
        return tag.replace("%", "").replace("_", "") + "-%";
    }

    /** The primary language subtag, lower case ("en-GB" gives "en"): one fuzzy index per memory and primary pair. */
    static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
