package org.glossa.core.structure;

import org.glossa.core.format.Block;
import org.glossa.core.model.Content;
import org.glossa.core.model.Role;

/** A block (or a piece of one, when a glued credit was split off) with the role found for it. */
public record RoledBlock(String origin, Content content, Role role, boolean translate) {
    static RoledBlock of(Block b, Role role) {
        return new RoledBlock(b.origin(), b.content(), role, b.translatable() && role != Role.BOILERPLATE);
    }
}
