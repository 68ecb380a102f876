package org.glossa.desktop.viewmodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glossa.server.ServerMain;

/**
 * A real {@code glossa server} in a process of its own (embedded PostgreSQL under {@code data}), which a test can
 * stop (SIGTERM: the server and its database shut down, as with Ctrl-C) and start again on the same port.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Glossa server listening on (http://\\S+):(\\d+)");

    private final Process process;
    final String url;
    final int port;

    private ServerProcess(Process process, String url, int port) {
        this.process = process;
        this.url = url;
        this.port = port;
    }

    /** Starts the server on {@code port} (0: any free port) and waits for its "listening" line. */
    static ServerProcess start(Path data, int port) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), ServerMain.class.getName(), "--port", Integer.toString(port),
                "--data", data.toString()));
        builder.redirectErrorStream(true);
        Process p = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> drain(out), "server-output");
                drain.setDaemon(true);
                drain.start();
                return new ServerProcess(p, m.group(1) + ":" + m.group(2), Integer.parseInt(m.group(2)));
            }
        }
        p.waitFor(10, TimeUnit.SECONDS);
        throw new IOException("the server did not start:\n" + seen);
    }

    /** Reads the server's output until it ends (the pipe must not fill up); a stopped server closes it. */
    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the server's log lines are not needed
            }
        } catch (IOException e) {
            // the process was stopped and its output closed: nothing more to read
        }
    }

    /** Adds a user with {@code role} to the server of {@code data} (while it runs) and returns the token. */
    static String addUser(Path data, String name, String role) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ServerMain.run(new String[] {"user", "add", name, "--role", role, "--data", data.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != 0) throw new IllegalStateException("user add failed: " + err);
        String[] lines = out.toString().strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    /** Stops the server as Ctrl-C does and waits until it has. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) stop();
    }
}
