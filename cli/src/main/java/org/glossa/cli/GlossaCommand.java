package org.glossa.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "glossa", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Translation and localization workbench: extract articles to XLIFF, merge translations back.")
public final class GlossaCommand implements Runnable {
    /**
     * The subcommands by name, in the order the help lists them. {@link Main} adds to the command line only the one
     * the arguments name (all of them for the help, a mistyped name or no name): picocli reads every annotation of a
     * command it is given, which for all ten took most of a cold start (docs/decisions/0025).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("extract", ExtractCommand::new);
        m.put("merge", MergeCommand::new);
        m.put("segment", SegmentCommand::new);
        m.put("terms", TermsCommand::new);
        m.put("glossary", GlossaryCommand::new);
        m.put("qa", QaCommand::new);
        m.put("tm", TmCommand::new);
        m.put("analyze", AnalyzeCommand::new);
        m.put("run", RunCommand::new);
        m.put("project", ProjectCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The subcommands {@code args} need: the one named by the first argument that is no option (the root's options
     * take no value), or all of them when there is none, it is no subcommand's name, or an {@code @file} may hold it.
     */
    static Collection<String> subcommandsFor(String[] args) {
        for (String a : args) {
            if (a.startsWith("@") || a.equals("--")) break;
            if (a.startsWith("-")) continue;
            return SUBCOMMANDS.containsKey(a) ? List.of(a) : SUBCOMMANDS.keySet();
        }
        return SUBCOMMANDS.keySet();
    }

    /** --verbose, given before or after the subcommand name (an inherited option sets this field). */
    @Option(names = "--verbose", description = "Show stack traces for errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
