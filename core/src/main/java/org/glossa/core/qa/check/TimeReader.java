package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.qa.Span;

/**
 * Times of day, as the 24-hour clock reads them: "10:30 a.m." = "10.30 Uhr" = "10:30"; "2 p.m." = "14 Uhr".
 * Written with a.m./p.m., with "Uhr" or "h", or as hours and minutes with a colon.
 */
final class TimeReader {
    private static final Pattern TWELVE_HOUR = Pattern.compile(
            "(?<![\\d.:,])(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?\\s?m\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d.:,])(\\d{1,2})(?:[:.](\\d{2}))?\\s?(?:Uhr|h)\\b");
    private static final Pattern COLON = Pattern.compile("(?<![\\d.:,])(\\d{1,2}):(\\d{2})(?![\\d:])");

    private TimeReader() {
    }

    /** A time of day ("14:30") and where it is written. */
    record Time(String key, Span span) {
    }

    static List<Time> read(String text) {
        if (!Texts.hasAsciiDigit(text)) return List.of(); // every time starts with an hour in ASCII digits
        List<Time> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        Matcher m = TWELVE_HOUR.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            if (hour < 1 || hour > 12) continue;
            boolean pm = m.group(3).toLowerCase(Locale.ROOT).equals("p");
            int h24 = hour % 12 + (pm ? 12 : 0);
            add(out, taken, h24, m.group(2), m.start(), m.end());
        }
        for (Pattern p : List.of(CLOCK, COLON)) {
            m = p.matcher(text);
            while (m.find()) {
                if (taken[m.start()]) continue;
                int hour = Integer.parseInt(m.group(1));
                if (hour > 24) continue;
                add(out, taken, hour, m.group(2), m.start(), m.end());
            }
        }
        return out;
    }

    private static void add(List<Time> out, boolean[] taken, int hour, String minutes, int start, int end) {
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        if (min > 59) return;
        out.add(new Time(String.format(Locale.ROOT, "%02d:%02d", hour, min), new Span(start, end)));
        for (int i = start; i < end; i++) taken[i] = true;
    }
}
