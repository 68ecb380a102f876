package org.glossa.core.analysis;

import java.util.List;

/** Match bands of an analysis, in the order of the JSON contract (repetitions last). */
public enum Band {
    CONTEXT("101"), EXACT("100"), FUZZY_95("95-99"), FUZZY_85("85-94"), FUZZY_75("75-84"), FUZZY_50("50-74"),
    NO_MATCH("no-match"), REPETITION("repetitions");

    private final String id;

    Band(String id) {
        this.id = id;
    }

    /** The name used in reports and JSON: "101", "100", "95-99", …, "no-match", "repetitions". */
    public String id() {
        return id;
    }

    /** The band of a memory score (without repetitions, which depend on the run). */
    public static Band ofScore(int score) {
        if (score >= 101) return CONTEXT;
        if (score == 100) return EXACT;
        if (score >= 95) return FUZZY_95;
        if (score >= 85) return FUZZY_85;
        if (score >= 75) return FUZZY_75;
        if (score >= 50) return FUZZY_50;
        return NO_MATCH;
    }

    public static List<Band> inReportOrder() {
        return List.of(values());
    }
}
