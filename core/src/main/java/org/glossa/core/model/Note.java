package org.glossa.core.model;

import java.util.Objects;

/**
 * A comment on a unit: XLIFF 1.2 {@code <note>} (its {@code from}, {@code priority} and {@code annotates}) or XLIFF 2
 * {@code <notes><note>} (its {@code id}, {@code category}, {@code priority} and {@code appliesTo}). Notes written by
 * other tools or people travel untouched; the translator's own note in Glossa has the author {@link #OWN} and is the
 * only one the editor lets them change.
 *
 * @param id        the XLIFF 2 note id, "" when there is none (XLIFF 1.2 notes have no id)
 * @param text      the note's text
 * @param author    XLIFF 1.2 {@code from}, XLIFF 2 {@code category}; "" when the file does not say
 * @param appliesTo what the note is about
 * @param priority  1 (highest) to 10, 1 when the file does not say (the default of both XLIFF versions)
 */
public record Note(String id, String text, String author, AppliesTo appliesTo, int priority) {
    /** The author (1.2 {@code from}, 2.x {@code category}) of the notes the translator writes in Glossa. */
    public static final String OWN = "glossa-translator";

    /** What a note is about: XLIFF 1.2 {@code annotates}, XLIFF 2 {@code appliesTo} (general when absent). */
    public enum AppliesTo {
        GENERAL, SOURCE, TARGET;

        /** An {@code annotates} (1.2) or {@code appliesTo} (2.x) value: source, target, else general. */
        public static AppliesTo of(String value) {
            return switch (value.trim()) {
                case "source" -> SOURCE;
                case "target" -> TARGET;
                default -> GENERAL;
            };
        }

        /** The attribute value: "general", "source", "target". */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        appliesTo = appliesTo == null ? AppliesTo.GENERAL : appliesTo;
        if (priority < 1 || priority > 10) throw new IllegalArgumentException("note priority " + priority + " is not 1–10");
    }

    /** A priority attribute's value: 1–10, else (missing, not a number, out of range) 1, the XLIFF default. */
    public static int priorityOf(String value) {
        String v = value.trim();
        if (v.length() != 1 && !v.equals("10")) return 1;
        return v.equals("10") ? 10 : Character.isDigit(v.charAt(0)) && v.charAt(0) != '0' ? v.charAt(0) - '0' : 1;
    }

    /** The translator's own note with this text (no id, general, priority 1). */
    public static Note own(String text) {
        return new Note("", text, OWN, AppliesTo.GENERAL, 1);
    }

    /** True for a note the translator wrote in Glossa ({@link #OWN}): the only kind the editor changes. */
    public boolean isOwn() {
        return OWN.equals(author);
    }
}
