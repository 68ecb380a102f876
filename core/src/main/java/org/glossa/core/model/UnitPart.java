package org.glossa.core.model;

import java.util.Optional;

/** A unit is a sequence of segments and the ignorable text between them (usually whitespace). */
public sealed interface UnitPart permits Segment, Ignorable {
    String id();

    Content source();

    Optional<Content> target();
}
