package org.glossa.cli;

import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The training run of the command line's class-data-sharing archive (the launcher runs it once after a build with
 * {@code -XX:DumpLoadedClassList} and dumps a static archive of the classes listed, decision 0035): a {@code segment}
 * and an {@code extract} of the same document in one JVM, so the archive holds the classes of both paths (start-up, the segmenter, and extraction's structure,
 * XLIFF writing, word counting, the parallel batch and its writes) instead of start-up's only. Its output is discarded.
 * <p>
 * Usage: {@code CdsTraining DOCUMENT INPUTS OUTDIR}: segments DOCUMENT, extracts the folder INPUTS (two files or more,
 * on two threads) into OUTDIR, which the launcher removes afterwards.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 3) throw new IllegalArgumentException("usage: CdsTraining DOCUMENT INPUTS OUTDIR");
        ExtractWarmUp.rounds(1, () -> false); // the warm-up's own classes (decision 0045)
        Main.reportLockWaits(); // what Main.main runs before the command line: LockFile and its lambda (decision 0052)
        PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), true);
        int segment = Main.run(new String[] {"segment", args[0]}, none, none);
        int extract = Main.run(new String[] {"extract", args[1], "-s", "en", "-t", "de", "-q", "--threads", "2", "-o", args[2]}, none, none);
        if (segment != 0 || extract != 0) throw new IllegalStateException("training run failed: " + segment + ", " + extract);
    }
}
