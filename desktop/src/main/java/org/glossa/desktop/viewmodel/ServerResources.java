package org.glossa.desktop.viewmodel;

import java.util.List;
import java.util.Optional;

/**
 * What the editor uses on a Glossa server ({@code --tm http://HOST:PORT/memories/NAME},
 * {@code -g http://HOST:PORT/termbases/NAME}): memories looked up (confirmed segments go to the first, the
 * {@link #workingMemory() working memory}; the others are reference memories), termbases
 * marked and checked, and the server's change events.
 */
public record ServerResources(List<ServerMemory> memories, List<ServerTermbase> termbases,
        Optional<ServerEvents> events) {

    public ServerResources {
        memories = List.copyOf(memories);
        termbases = List.copyOf(termbases);
    }

    /**
     * The working memory, which confirmed segments are written to: the first server memory given (as the first
     * {@code --tm} URL), as a memoQ working TM or a Trados project TM set to be updated; the others are reference
     * memories, looked up but never written to. Empty without server memories.
     */
    public Optional<ServerMemory> workingMemory() {
        return memories.stream().findFirst();
    }

    public boolean isEmpty() {
        return memories.isEmpty() && termbases.isEmpty();
    }
}
