package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.glossa.core.tm.index.TranslationMemory;

/**
 * The memories the memory panel looks up for the open document: the glossary resources' memory files, opened in
 * the background and closed when the document or the window closes, and the project memory, which confirmed
 * segments go to and which is looked up before the files; with a server ({@link ServerLink}), its memories
 * are looked up with the files and confirmed segments also go to its write queue.
 */
final class MemoryConnection {

    private final Async async;
    private final TmPanelViewModel panel;
    private final ConcordanceViewModel concordance;
    private final Consumer<String> tell;
    private TranslationMemory openMemory;
    /** The open memory files as a lookup (empty while none is open). */
    private Optional<MatchLookup> files = Optional.empty();
    private Optional<ProjectMemory> projectMemory = Optional.empty();
    private Optional<ServerLink> server = Optional.empty();
    private String sourceLanguage = "en";
    private String targetLanguage = EditorViewModel.DEFAULT_TARGET;

    MemoryConnection(Async async, TmPanelViewModel panel, ConcordanceViewModel concordance, Consumer<String> tell) {
        this.async = Objects.requireNonNull(async, "async");
        this.panel = Objects.requireNonNull(panel, "panel");
        this.concordance = Objects.requireNonNull(concordance, "concordance");
        this.tell = Objects.requireNonNull(tell, "tell");
    }

    /**
     * Opens the memories of {@code resources} in the background and lets the panel use them, then runs
     * {@code opened}; a memory that is no longer {@code wanted} when it is open is closed. Without memory files the
     * panel uses the project memory alone, at once.
     */
    void open(Resources resources, String sourceLanguage, String targetLanguage, BooleanSupplier wanted,
            Runnable opened) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        close();
        if (resources.memories().isEmpty()) return;
        async.run(() -> resources.openMemory(sourceLanguage, targetLanguage), tm -> {
            if (!wanted.getAsBoolean()) {
                tm.close();
                return;
            }
            openMemory = tm;
            files = Optional.of((source, previous) -> tm.lookup(source, previous, MatchLookup.MIN_SCORE,
                    MatchLookup.MAX_MATCHES));
            usePanel();
            opened.run();
        }, failure -> tell.accept("Could not open the translation memory: " + failure.getMessage()));
    }

    /**
     * Releases the open memory files; the panel then uses the project memory alone, or none (never a closed
     * memory).
     */
    void close() {
        if (openMemory != null) openMemory.close();
        openMemory = null;
        files = Optional.empty();
        usePanel();
    }

    /** Lets the panel and the concordance use the memories there are now. */
    private void usePanel() {
        lookup().ifPresentOrElse(panel::useMemory, panel::useNoMemory);
        List<ConcordanceViewModel.Search> searches = new ArrayList<>();
        if (openMemory != null) searches.add(openMemory::concordance);
        server.flatMap(ServerLink::concordance).ifPresent(searches::add);
        concordance.useMemory(ConcordanceViewModel.Search.together(searches));
    }

    /** The memory files' matches with the server's, after the project memory's; empty when there is no memory. */
    private Optional<MatchLookup> lookup() {
        Optional<MatchLookup> shared = server.flatMap(s -> s.memories(sourceLanguage, targetLanguage));
        Optional<MatchLookup> both = files.isPresent() && shared.isPresent()
                ? Optional.of(MatchLookup.together(files.get(), shared.get())) : files.or(() -> shared);
        if (projectMemory.isEmpty()) return both;
        ProjectMemory project = projectMemory.get();
        return Optional.of(both.map(project::before).orElse(project));
    }

    /** Looks up in the server's memories and sends confirmed segments to it from now on. */
    void useServer(ServerLink connection) {
        server = Optional.of(connection);
        usePanel();
    }

    /** Looks up in no server's memories from now on (the link was closed). */
    void useNoServer() {
        server = Optional.empty();
        usePanel();
    }

    /** Confirmed segments go to {@code memory} from now on (and its entries show in the memory panel). */
    void useProjectMemory(Optional<ProjectMemory> memory) {
        projectMemory = Objects.requireNonNull(memory, "memory");
    }

    Optional<ProjectMemory> projectMemory() {
        return projectMemory;
    }

    /** True when confirmed segments go somewhere (a project memory or a server memory). */
    boolean remembers() {
        return projectMemory.isPresent() || server.flatMap(ServerLink::queue).isPresent();
    }

    /** Adds a confirmed segment to the project memory and the server's write queue, if there are. */
    void remember(ConfirmedSegment segment) {
        projectMemory.ifPresent(memory -> memory.add(segment, tell));
        server.flatMap(ServerLink::queue).ifPresent(queue -> queue.add(segment));
    }
}
