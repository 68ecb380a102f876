package org.glossa.core.xliff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which attributes {@code <xliff>}, {@code <file>}, {@code <group>} and {@code <unit>} may have, and which children in
 * which order: a sequence of slots, each taking one kind of child once or repeatedly. One table serves the streamed containers
 * (checked child by child as they arrive) and the unit trees.
 */
enum Xliff2ContentModel {
    XLIFF(Set.of("version", "srcLang", "trgLang"), List.of("version", "srcLang"),
            Optional.of("at least one <file> is required"), Slot.FILES),
    FILE(Set.of("id", "canResegment", "original", "translate", "srcDir", "trgDir"), List.of("id"),
            Optional.of("a <file> needs at least one <unit> or <group>"), Slot.SKELETON, Slot.FOREIGN, Slot.NOTES, Slot.UNITS),
    GROUP(Attributes.GROUP_OR_UNIT, List.of("id"), Optional.empty(), Slot.FOREIGN, Slot.NOTES, Slot.UNITS),
    UNIT(Attributes.GROUP_OR_UNIT, List.of("id"), Optional.of("a <unit> needs at least one <segment> or <ignorable>"),
            Slot.FOREIGN, Slot.NOTES, Slot.ORIGINAL_DATA, Slot.PARTS);

    private static final class Attributes {
        static final Set<String> GROUP_OR_UNIT = Set.of("id", "name", "canResegment", "translate", "srcDir", "trgDir", "type");
    }

    /** A kind of child; the last slot of a model with a {@code required} message must be used at least once. */
    enum Slot {
        FILES(false, "file"),
        SKELETON(true, "skeleton"),
        FOREIGN(false),
        NOTES(true, "notes"),
        ORIGINAL_DATA(true, "originalData"),
        UNITS(false, "unit", "group"),
        PARTS(false, "segment", "ignorable");

        private final boolean once;
        private final List<String> names;

        Slot(boolean once, String... names) {
            this.once = once;
            this.names = List.of(names);
        }

        boolean matches(String core, XmlElement e) {
            return this == FOREIGN ? !Xliff2Ns.isCore(e.ns()) : e.ns().equals(core) && names.contains(e.local());
        }
    }

    private final Set<String> attributes;
    private final List<String> requiredAttributes;
    private final Optional<String> required;
    private final List<Slot> slots;

    Xliff2ContentModel(Set<String> attributes, List<String> requiredAttributes, Optional<String> required, Slot... slots) {
        this.attributes = attributes;
        this.requiredAttributes = requiredAttributes;
        this.required = required;
        this.slots = List.of(slots);
    }

    /** The attributes without namespace the element may have (attributes of other namespaces: any). */
    Set<String> attributes() {
        return attributes;
    }

    List<String> requiredAttributes() {
        return requiredAttributes;
    }

    static Xliff2ContentModel of(XmlElement e) {
        return valueOf(e.local().toUpperCase(java.util.Locale.ROOT));
    }

    Cursor cursor(Report report, String core, XmlElement parent) {
        return new Cursor(report, core, parent);
    }

    /** Walks the children of one element in document order. */
    final class Cursor {
        private final Report report;
        private final String core;
        private final XmlElement parent;
        private int slot = -1;
        private boolean lastUsed;

        private Cursor(Report report, String core, XmlElement parent) {
            this.report = report;
            this.core = core;
            this.parent = parent;
        }

        /** The slot of the next child; an {@link org.glossa.core.InputException} when it may not come here. */
        Slot accept(XmlElement child) {
            int i = 0;
            while (i < slots.size() && !slots.get(i).matches(core, child)) i++;
            if (i == slots.size() || i < slot || (i == slot && slots.get(i).once)) {
                throw report.at(child, "element <" + child.local() + "> not expected here in <" + parent.local() + ">");
            }
            slot = i;
            lastUsed |= i == slots.size() - 1;
            return slots.get(i);
        }

        /** After the last child: the required children were there. */
        void end() {
            if (!lastUsed) required.ifPresent(message -> {
                throw report.at(parent, message);
            });
        }
    }
}
