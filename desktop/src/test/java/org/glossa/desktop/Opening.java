package org.glossa.desktop;

import org.testfx.util.WaitForAsyncUtils;

/** Waits until the document being opened (read off the UI thread, see {@link Workspace#open}) is shown. */
final class Opening {
    private Opening() {
    }

    static void await(GlossaApp app) {
        long end = System.nanoTime() + 30_000_000_000L;
        while (true) {
            WaitForAsyncUtils.waitForFxEvents();
            if (!app.workspace().readingProperty().get()) return;
            if (System.nanoTime() > end) throw new AssertionError("the document was not shown within 30 s");
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }
}
