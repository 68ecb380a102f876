package org.glossa.core.io;

import java.nio.file.Path;

/** A child process for {@link LockFileTest}: takes the lock of a file, says "locked", holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (LockFile lock = LockFile.forWriting(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our stdin
            }
        }
    }
}
