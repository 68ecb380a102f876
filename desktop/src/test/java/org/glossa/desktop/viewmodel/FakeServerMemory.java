package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.glossa.core.model.Content;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;

/**
 * A server memory in RAM that keeps one unit per tuid, as the real server does: sending a confirmation again
 * changes nothing. It can be away (every call fails as a refused connection) and can refuse chosen units for good.
 */
final class FakeServerMemory implements ServerMemory {

    final Map<String, ConfirmedSegment> units = new LinkedHashMap<>();
    /** Every request that reached the server, as the tuids it carried. */
    final List<List<String>> requests = new ArrayList<>();
    boolean away;
    Predicate<ConfirmedSegment> refuses = s -> false;
    private final String name;

    FakeServerMemory(String name) {
        this.name = name;
    }

    @Override
    public URI location() {
        return URI.create("http://127.0.0.1:8080/memories/" + name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void add(List<ConfirmedSegment> confirmed) throws IOException {
        if (away) throw new ConnectException("Connection refused");
        requests.add(confirmed.stream().map(ConfirmedSegment::tuid).toList());
        for (ConfirmedSegment s : confirmed) {
            if (refuses.test(s)) throw new RefusedByServer("changing an existing unit (tuid " + s.tuid()
                    + ") needs the reviewer role");
        }
        for (ConfirmedSegment s : confirmed) units.put(s.tuid(), s);
    }

    @Override
    public synchronized List<TmMatch> lookup(Content source, Optional<Content> previous, String sourceLanguage,
            String targetLanguage, int minScore, int maxResults)
            throws IOException {
        if (away) throw new ConnectException("Connection refused");
        return units.values().stream().filter(s -> s.source().equals(source)).limit(maxResults)
                .map(s -> new TmMatch(100, MatchKind.EXACT, s.source(), s.target(), s.tuid(), name)).toList();
    }

    synchronized List<String> targets() {
        return units.values().stream().map(s -> s.target().plainText()).toList();
    }
}
