package org.glossa.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.io.UserFolders;

/**
 * Where a server's token comes from: the environment variable {@code GLOSSA_TOKEN} when it is set (for every
 * server), else the credentials file {@code ~/.config/glossa/credentials} ({@code $XDG_CONFIG_HOME/glossa/credentials}
 * when that is set). The file has one server a line, its URL and its token separated by white space; blank lines
 * and lines starting with {@code #} are ignored:
 * <pre>
 * # Glossa server tokens (chmod 600)
 * http://127.0.0.1:8080            glossa_1_3q2…
 * https://tm.example.org/glossa    glossa_7_Zk9…
 * </pre>
 * A line's URL matches a server when both are the same {@link ServerAddress} (scheme, host, port, path prefix; a
 * {@code /memories/…} part is ignored). Like ssh with a private key, a credentials file that its group or others
 * may read or write is refused, with a message that says how to fix it.
 *
 * @param environmentToken the value of {@code GLOSSA_TOKEN}, if set and not blank
 * @param file             the credentials file (it need not exist)
 */
public record Credentials(Optional<String> environmentToken, Path file) {
    /** The environment variable that holds a token for every server. */
    public static final String ENVIRONMENT_VARIABLE = "GLOSSA_TOKEN";

    private static final Set<PosixFilePermission> PRIVATE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    public Credentials {
        environmentToken = environmentToken.map(String::strip).filter(t -> !t.isEmpty());
    }

    /** {@code GLOSSA_TOKEN} and the credentials file of the user running Glossa. */
    public static Credentials ofUser() {
        return new Credentials(Optional.ofNullable(System.getenv(ENVIRONMENT_VARIABLE)), defaultFile());
    }

    /** {@code ~/.config/glossa/credentials}, or under {@code $XDG_CONFIG_HOME} when that is set. */
    public static Path defaultFile() {
        return UserFolders.config().resolve("glossa").resolve("credentials");
    }

    /**
     * The token for {@code server}.
     *
     * @throws ClientException when there is none (the message names {@code GLOSSA_TOKEN} and the file), or the file
     *                         cannot be read or may be read by others
     */
    public String tokenFor(ServerAddress server) {
        if (environmentToken.isPresent()) return environmentToken.get();
        if (Files.isRegularFile(file)) {
            checkPrivate();
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ClientException(file.toString(), "cannot read the credentials file: " + e.getMessage());
            }
            int number = 0;
            for (String line : lines) {
                number++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] parts = t.split("\\s+");
                if (parts.length != 2) {
                    throw new ClientException(file + ":" + number, "expected a server URL and a token separated by a space");
                }
                ServerAddress lineServer;
                try {
                    lineServer = ServerAddress.parse(parts[0]);
                } catch (ClientException e) {
                    throw new ClientException(file + ":" + number, e.describe());
                }
                if (lineServer.equals(server)) return parts[1];
            }
        }
        throw new ClientException(server.toString(), "no token for this server: set " + ENVIRONMENT_VARIABLE
                + " or add the line '" + server + " TOKEN' to " + file + " (chmod 600); `glossa server user add NAME"
                + " --role ROLE` on the server prints a token");
    }

    private void checkPrivate() {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) return; // not a POSIX file system: its own access control applies
        Set<PosixFilePermission> perms;
        try {
            perms = view.readAttributes().permissions();
        } catch (IOException e) {
            throw new ClientException(file.toString(), "cannot read the permissions of the credentials file: " + e.getMessage());
        }
        if (!PRIVATE.containsAll(perms)) {
            throw new ClientException(file.toString(), "the credentials file may be read by others (permissions "
                    + PosixFilePermissions.toString(perms) + "); tokens must stay private: chmod 600 " + file);
        }
    }
}
