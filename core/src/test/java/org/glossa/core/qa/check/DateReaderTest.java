package org.glossa.core.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link DateReader} reads in a text: month/day/weekday and the words that were read as the date. */
class DateReaderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | EU and NATO sign joint call for cooperation, January 10, 2023 | 1/10/0 January 10
            en    | The declaration was signed on Jan. 10.                       | 1/10/0 Jan. 10
            en    | on Sept 11 the towers fell                                   | 9/11/0 Sept 11
            en    | the 10th of January                                          | 1/10/0 10th of January
            en    | Talks resume in mid-May.                                     | 5/0/0 May
            en    | Former Prime Minister Theresa May said it may grow.          | (none)
            en    | March on, the protesters said in March 2023.                 | 3/0/0 March
            en    | The summit on 01/10/2023 in Brussels                         | 1/10/0 01/10/2023
            en    | Growth was 1/10 of the forecast, version 3.11 and 10.5 percent | (none)
            en-GB | The summit on 10/01/2023 in Brussels                         | 1/10/0 10/01/2023
            en    | The summit (2023-01-10) ends on Friday                       | 1/10/0 2023-01-10; 0/0/6 Friday
            en    | friday is not capitalised, neither is january 10             | (none)
            de    | Zusammenarbeit, 10. Januar 2023                              | 1/10/0 10. Januar
            de    | Die Erklärung wurde am 10.01.2023 unterzeichnet.             | 1/10/0 10.01.2023
            de    | Die Erklärung wurde am 10.01. unterzeichnet.                 | 1/10/0 10.01.
            de    | Kapitel 10.1. beschreibt das.                                | (none)
            de    | Am Sonnabend und am Freitag, dem 3. Okt.                     | 0/0/7 Sonnabend; 0/0/6 Freitag; 10/3/0 3. Okt.
            de-AT | Am 10. Jänner                                                | 1/10/0 10. Jänner
            fr    | le 10 janvier 2023, vendredi                                 | 1/10/0 10 janvier; 0/0/6 vendredi
            fr    | Mars, la planète rouge, en mars                              | 3/0/0 mars
            """)
    void reads(String language, String text, String expected) {
        List<DateReader.Mention> mentions = DateReader.forLanguage(language).read(text);
        String actual = mentions.isEmpty() ? "(none)" : String.join("; ", mentions.stream()
                .map(m -> m.month() + "/" + m.day() + "/" + m.weekday() + " " + m.text(text)).toList());
        assertEquals(expected, actual);
    }
}
