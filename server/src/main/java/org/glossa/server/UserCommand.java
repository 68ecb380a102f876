package org.glossa.server;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glossa server user add NAME --role ROLE}: works while the server runs (same --data or --db). */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the server's users.",
        subcommands = UserCommand.Add.class)
final class UserCommand {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user; prints the new API token alone on the last line (shown once, stored only as a hash).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "translator, reviewer, terminologist or admin.")
        String role;

        @Mixin
        ServerOptions where = new ServerOptions();

        @Override
        public Integer call() throws Exception {
            Role r = Role.parse(role).orElseThrow(() -> new IllegalArgumentException(
                    "--role must be one of " + Role.names() + ": " + role));
            String token;
            try (Database db = where.open()) {
                token = Users.add(db.dataSource(), name, r);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Added " + name + " (" + r.id() + "). Token (shown once; send it as Authorization: Bearer TOKEN):");
            out.println(token);
            out.flush();
            return 0;
        }
    }
}
