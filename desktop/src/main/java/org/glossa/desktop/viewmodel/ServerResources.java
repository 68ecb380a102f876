package org.glossa.desktop.viewmodel;

import java.util.List;
import java.util.Optional;

/**
 * What the editor uses on a Glossa server ({@code --tm http://HOST:PORT/memories/NAME},
 * {@code -g http://HOST:PORT/termbases/NAME}): memories looked up (confirmed segments go to the first), termbases
 * marked and checked, and the server's change events.
 */
public record ServerResources(List<ServerMemory> memories, List<ServerTermbase> termbases,
        Optional<ServerEvents> events) {

    public ServerResources {
        memories = List.copyOf(memories);
        termbases = List.copyOf(termbases);
    }

    public boolean isEmpty() {
        return memories.isEmpty() && termbases.isEmpty();
    }
}
