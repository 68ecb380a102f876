package org.glossa.core.tmx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** TMX dates: ISO 8601 basic format in UTC, {@code 20230110T121314Z}. */
final class TmxDates {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private TmxDates() {
    }

    /** Parses the basic format; the extended ISO form (2023-01-10T12:13:14Z) is accepted too. Empty if malformed. */
    static Optional<Instant> parse(String value) {
        String v = value.trim();
        try {
            return Optional.of(LocalDateTime.parse(v, BASIC).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException basic) {
            try {
                return Optional.of(Instant.parse(v));
            } catch (DateTimeParseException extended) {
                return Optional.empty();
            }
        }
    }

    /** Formats to whole seconds (TMX has no fractions). */
    static String format(Instant instant) {
        return BASIC.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
