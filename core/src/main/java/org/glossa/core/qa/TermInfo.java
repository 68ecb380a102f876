package org.glossa.core.qa;

import java.util.List;

/**
 * The glossary term a finding is about.
 *
 * @param source    the source term as written in the glossary
 * @param expected  the target terms that would have been right (preferred and admitted)
 * @param found     the target term found, for a forbidden term; empty otherwise
 * @param glossary  glossary file name and concept id, e.g. "dw-en-de.tbx#dw022"
 */
public record TermInfo(String source, List<String> expected, String found, String glossary) {
    public TermInfo {
        expected = List.copyOf(expected);
        found = found == null ? "" : found;
        glossary = glossary == null ? "" : glossary;
    }
}
