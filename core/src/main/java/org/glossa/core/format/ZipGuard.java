package org.glossa.core.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.glossa.core.InputException;
import org.glossa.core.io.CountingInputStream;

/**
 * Checks a zip package (DOCX) before a filter opens it: inflates every entry once, counting, and refuses the file
 * as soon as it inflates to more than {@link #MAX_UNCOMPRESSED} bytes in all (the absolute cap, 512 MB), or, once it
 * has inflated more than {@link #RATIO_FROM} bytes (64 MB), to more than {@link #MAX_RATIO} times the compressed
 * bytes read so far. Below 64 MB the ratio does not matter: a legitimate, very repetitive document (a 20 MB
 * {@code document.xml} of the same table rows compresses 300 times) is harmless at that size, and a bomb is still
 * refused after inflating 64 MB, not gigabytes. The declared sizes are not trusted, only counted bytes. Nothing is
 * kept in memory.
 */
final class ZipGuard {
    /** Largest total of uncompressed bytes in a package. */
    static final long MAX_UNCOMPRESSED = 512L * 1024 * 1024;
    /** Largest ratio of uncompressed to compressed bytes past {@link #RATIO_FROM} (Word's XML compresses 5-30 times). */
    static final long MAX_RATIO = 200;
    /** Inflated bytes below which the ratio is not judged: small documents may compress as well as they like. */
    static final long RATIO_FROM = 64L * 1024 * 1024;

    private ZipGuard() {
    }

    /** Throws an {@link InputException} naming {@code fileName} when {@code zip} is a compression bomb. */
    static void check(byte[] zip, String fileName, String unreadable) {
        check(zip, fileName, unreadable, MAX_UNCOMPRESSED, MAX_RATIO);
    }

    static void check(byte[] zip, String fileName, String unreadable, long maxUncompressed, long maxRatio) {
        check(zip, fileName, unreadable, maxUncompressed, maxRatio, RATIO_FROM);
    }

    static void check(byte[] zip, String fileName, String unreadable, long maxUncompressed, long maxRatio, long ratioFrom) {
        CountingInputStream compressed = new CountingInputStream(new ByteArrayInputStream(zip));
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(compressed)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getSize() > maxUncompressed) throw bomb(fileName, e.getName() + " declares " + e.getSize() + " bytes");
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUncompressed) {
                        throw bomb(fileName, "the package inflates to more than " + maxUncompressed + " bytes");
                    }
                    if (total > ratioFrom && total / Math.max(compressed.count(), 1) > maxRatio) {
                        throw bomb(fileName, e.getName() + " inflates more than " + maxRatio + " times its compressed size");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: malformed entry names (bad UTF-8) in a damaged archive
            throw new InputException(fileName, unreadable + e.getMessage(), e);
        }
    }

    private static InputException bomb(String fileName, String what) {
        return new InputException(fileName, "refused: " + what + " (zip bomb?)");
    }

}
