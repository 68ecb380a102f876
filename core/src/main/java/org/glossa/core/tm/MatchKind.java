package org.glossa.core.tm;

/** How a memory entry matches: context (101), exact (100) or fuzzy (0–99). */
public enum MatchKind {
    CONTEXT, EXACT, FUZZY
}
