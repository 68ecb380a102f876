package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Another tool run as a real process by the interop tests. Missing, it fails the test under CI (CI=true: .ci/run
 * installs it) and skips it elsewhere with a message naming the Debian package.
 */
record ExternalProgram(Path path) {
    /** The file, found as given (absolute) or on the PATH. */
    static ExternalProgram require(String name, String debianPackage) {
        Optional<Path> found = Path.of(name).isAbsolute() ? Optional.of(Path.of(name)).filter(Files::isRegularFile)
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
        String message = name + " not found: install Debian's " + debianPackage + " (.ci/run does)";
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) fail(message + "; CI=true, so this fails instead of skipping");
        assumeTrue(found.isPresent(), message + "; skipped");
        return new ExternalProgram(found.get());
    }

    /** What a finished run printed. */
    record Result(int exit, String output) {
    }

    /** Runs {@code command} in {@code dir}, output and errors together, killed after {@code minutes}. */
    static Result run(Path dir, List<String> command, int minutes) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            fail(String.join(" ", command) + " did not finish in " + minutes + " minutes:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
