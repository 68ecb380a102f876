package org.glossa.desktop.viewmodel;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.glossa.client.ClientException;
import org.glossa.client.Credentials;

/**
 * Which Glossa server memories and termbases the editor is connected to: those of the command line
 * ({@code --tm http://…/memories/NAME}, {@code -g http://…/termbases/NAME}) and those of the open project (the URL
 * entries of its {@code glossaries} and {@code memories}, as {@code glossa run} uses them), the project's first. Every
 * way of opening a project (the command line, File › Open Project, Open Recent, a dropped project file) comes here
 * ({@link #useProject}): the editor connects to the project's server resources (its first memory URL is the working
 * memory confirmations go to), switches when another project names others (the old link's event stream and sender
 * stop, its unsent confirmations stay in their journal on disk) and disconnects when the project names none (and the
 * command line none either). Opening a project with the same URLs keeps the link as it is.
 *
 * <p>A server without a token is still connected: confirmations are queued on disk, the status bar says the token is
 * missing, and what this returns (one line per memory or termbase, naming its URL and how to give a token) is for an
 * alert; once the token is in the credentials file the next try sends them. Use it on the UI thread.
 */
public final class ServerConnector {

    /** Server memory and termbase URLs, in order (the first memory is the working memory). */
    public record Urls(List<String> memories, List<String> termbases) {
        public static final Urls NONE = new Urls(List.of(), List.of());

        public Urls {
            memories = List.copyOf(memories);
            termbases = List.copyOf(termbases);
        }

        public boolean isEmpty() {
            return memories.isEmpty() && termbases.isEmpty();
        }

        /** These URLs, then those of {@code more} that are not among them. */
        Urls then(Urls more) {
            return new Urls(union(memories, more.memories), union(termbases, more.termbases));
        }

        List<String> all() {
            return Stream.concat(memories.stream(), termbases.stream()).toList();
        }

        private static List<String> union(List<String> first, List<String> second) {
            LinkedHashSet<String> all = new LinkedHashSet<>(first);
            all.addAll(second);
            return List.copyOf(all);
        }
    }

    private final EditorViewModel editor;
    private final Credentials credentials;
    private final Path journalFolder;
    private final Async sender;
    private final Async listener;
    /** The command line's URLs, used with every project's. */
    private final Urls given;
    private Urls current = Urls.NONE;

    /**
     * @param journalFolder where the write queues of the server memories are kept
     * @param sender        sends confirmations (a thread of its own)
     * @param listener      waits for the servers' change events (a thread of its own)
     * @param given         the server URLs of the command line
     */
    public ServerConnector(EditorViewModel editor, Credentials credentials, Path journalFolder, Async sender,
            Async listener, Urls given) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.journalFolder = Objects.requireNonNull(journalFolder, "journalFolder");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.given = Objects.requireNonNull(given, "given");
    }

    /**
     * Connects to the command line's server resources (before any project is open).
     *
     * @return what to tell the user in an alert (see {@link #use}); empty when all is well
     */
    public List<String> start() {
        return use(given);
    }

    /**
     * Connects to the server resources of the project {@code project} has open, with the command line's after
     * them; disconnects when there are none.
     *
     * @return what to tell the user in an alert (see {@link #use}); empty when all is well
     */
    public List<String> useProject(ProjectViewModel project) {
        return use(project.serverUrls().then(given));
    }

    /** The URLs the editor is connected to now (none: not connected). */
    public Urls current() {
        return current;
    }

    /**
     * Connects the editor to {@code urls} (nothing changes when they are the ones in use).
     *
     * @return one line per problem: a malformed URL (then nothing is connected) or a server without a token (then
     *         the editor is connected and queues the confirmations until there is one)
     */
    List<String> use(Urls urls) {
        if (urls.equals(current)) return List.of();
        if (urls.isEmpty()) {
            current = urls;
            editor.disconnect();
            return List.of();
        }
        ServerResources resources;
        try {
            resources = ClientServer.open(urls.memories(), urls.termbases(), credentials);
        } catch (ClientException e) {
            current = Urls.NONE;
            editor.disconnect();
            return List.of(e.describe());
        }
        current = urls;
        editor.connect(resources, journalFolder, sender, listener);
        return ClientServer.missingTokens(urls.all(), credentials);
    }
}
