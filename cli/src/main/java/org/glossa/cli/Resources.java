package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.client.RemoteMemory;
import org.glossa.client.RemoteTermbase;
import org.glossa.client.ServerAddress;
import org.glossa.core.extract.SourcePreparation;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.model.Content;
import org.glossa.core.tm.CombinedLookup;
import org.glossa.core.tm.MemoryLookup;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.index.TranslationMemory;

/**
 * The one place that turns the arguments of {@code --tm} and {@code -g} into memories and glossaries: a file name
 * (TMX; TBX, CSV or TSV), or the URL of a memory or termbase on a Glossa server
 * ({@code http(s)://HOST:PORT/memories/NAME}, {@code …/termbases/NAME}; token from {@code GLOSSA_TOKEN} or
 * {@code ~/.config/glossa/credentials}). A server that cannot be used is reported naming the URL and the cause
 * (exit 2) before any work starts.
 */
final class Resources {
    private Resources() {
    }

    /** The arguments that are files. */
    static List<Path> files(List<String> arguments) {
        return arguments.stream().filter(a -> !ServerAddress.isUrl(a)).map(Path::of).toList();
    }

    /** The arguments that are server URLs. */
    static List<String> urls(List<String> arguments) {
        return arguments.stream().filter(ServerAddress::isUrl).toList();
    }

    /** The server memories of {@code memories} and termbases of {@code glossaries}, checked and loaded. */
    static SourcePreparation.Shared shared(List<String> memories, List<String> glossaries, String source, String target) {
        return new SourcePreparation.Shared(serverMemories(memories, source, target), glossaries(glossaries).server());
    }

    /** The glossaries of {@code arguments}: the server termbases are loaded now, the files when the languages are known. */
    static Glossaries glossaries(List<String> arguments) {
        return new Glossaries(files(arguments), urls(arguments).stream().map(url -> RemoteTermbase.open(url).load()).toList());
    }

    /**
     * Glossary files, read with the languages of the work (they name a headerless glossary's columns), and server
     * termbases, already loaded.
     */
    record Glossaries(List<Path> files, List<Glossary> server) {
        /** Every glossary: the files, then the server termbases. */
        List<Glossary> read(String source, String target) {
            List<Glossary> all = new ArrayList<>(GlossaryReader.readAll(files, source, target));
            all.addAll(server);
            return List.copyOf(all);
        }
    }

    /** One glossary: a file, or a server termbase. */
    static Glossary glossary(String argument, Optional<String> source, Optional<String> target) {
        if (ServerAddress.isUrl(argument)) return RemoteTermbase.open(argument).load();
        Path file = Path.of(argument);
        return source.isPresent() && target.isPresent() ? GlossaryReader.read(file, source.get(), target.get())
                : GlossaryReader.read(file);
    }

    /** Every memory of {@code arguments} looked up as one (empty: none given). Close it at the end. */
    static Memories memories(List<String> arguments, String source, String target) throws IOException {
        List<MemoryLookup> remote = serverMemories(arguments, source, target);
        List<Path> files = files(arguments);
        Optional<TranslationMemory> tm = files.isEmpty() ? Optional.empty()
                : Optional.of(TranslationMemory.open(files, source, target));
        List<MemoryLookup> all = new ArrayList<>();
        tm.ifPresent(all::add);
        all.addAll(remote);
        return new Memories(all.isEmpty() ? Optional.empty() : Optional.of(CombinedLookup.of(all)), tm);
    }

    /** The memories of a command, as one lookup; closing releases the TMX indexes. */
    record Memories(Optional<MemoryLookup> lookup, Optional<TranslationMemory> files) implements AutoCloseable {
        List<TmMatch> lookup(Content segment, Optional<Content> previous, int minScore, int maxResults) {
            return lookup.map(m -> m.lookup(segment, previous, minScore, maxResults)).orElse(List.of());
        }

        @Override
        public void close() {
            files.ifPresent(TranslationMemory::close);
        }
    }

    private static List<MemoryLookup> serverMemories(List<String> arguments, String source, String target) {
        List<MemoryLookup> out = new ArrayList<>();
        for (String url : urls(arguments)) {
            RemoteMemory m = RemoteMemory.open(url, source, target);
            m.check();
            out.add(m);
        }
        return out;
    }
}
