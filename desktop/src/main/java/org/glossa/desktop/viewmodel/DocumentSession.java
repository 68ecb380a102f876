package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.glossa.core.InputException;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.io.FileIdentity;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffOrigin;
import org.glossa.core.xliff.XliffUpdater;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * One open file and where its work is kept. Never rewrites a file the translator opened unless that file is
 * Glossa's own XLIFF ({@link XliffOrigin}) or the targets can be spliced into it:
 * <ul>
 *   <li>the <b>work file</b> is the XLIFF itself when Glossa's own XLIFF was opened, saved in its version (1.2 stays
 *       1.2, 2.1 stays 2.1). An XLIFF Glossa did not write (another tool's, several {@code <file>}s,
 *       {@code .sdlxliff}, {@code .mqxliff}) is saved <em>into</em>: {@link XliffUpdater} rewrites only the changed
 *       targets and states of its first {@code <file>} and keeps every other byte; when it refuses (a join or split
 *       changed the segments, a change has no place in the file) the work goes to {@code NAME.glossa.xlf} beside it
 *       instead and {@link #besideReason()} says why. Opening such an XLIFF opens that file beside it when it is
 *       newer than the XLIFF, else the XLIFF. Any other document's work file is {@code FILE.xlf} beside it
 *       ({@code FILE.glossa.xlf} when another tool wrote a {@code FILE.xlf} there). Opening a file whose work file
 *       exists opens the work file (the saved translation);</li>
 *   <li>the <b>recovery file</b> {@code .NAME.glossa-autosave.xlf} beside the work file (beside the opened XLIFF when
 *       saving into it) holds the last autosave; it never touches the opened file. When it is newer than what
 *       opening would load, opening loads it instead, and {@link #recovered()} tells so. Saving deletes it.</li>
 * </ul>
 * Work files Glossa creates are XLIFF 2.1, recovery files always; every write is atomic (a temporary file moved into
 * place). Autosaving is split so the file can be
 * written off the UI thread: {@link #queueAutosave()} takes a snapshot of the document (on the UI thread),
 * {@link #writeQueuedAutosave()} writes the newest queued snapshot (on any thread). Writes of one session never
 * overlap, a newer snapshot replaces one not yet written (the last one wins), and {@link #save()} drops a queued
 * snapshot and waits for a write in progress, so an older autosave can never land after a save.
 * <p>
 * A save never writes over what another writer saved into the work file since this session read or last wrote it
 * (another editor window or process, the project's repetitions filled from another document, decision 0038): the
 * session keeps the file's {@link FileIdentity} and units from then, and when the file's identity has changed it
 * reads the file and merges ({@link DiskMerge}: what only the file changed is taken, the session's own changes
 * win) before it writes; {@link #lastMerge()} tells what was taken. A changed file that cannot be read is kept
 * beside as {@code NAME.unreadable} before the session's work is saved over it ({@link #lastUnreadable()}). Atomic writes give the file a new file key, so a
 * replacement is seen even within one timestamp.
 */
public final class DocumentSession {

    public static final String RECOVERY_SUFFIX = ".glossa-autosave.xlf";
    /** The ending of the work file written beside a file Glossa does not write over. */
    public static final String BESIDE_SUFFIX = ".glossa.xlf";

    /** Where the session's document was loaded from. */
    public enum Origin { ORIGINAL, WORK_FILE, RECOVERY }

    private final Path opened;
    /** Where the last save went (or the next one goes): the opened XLIFF or the file beside it when saving into. */
    private volatile Path workFile;
    /** {@code NAME.glossa.xlf} when the opened XLIFF is saved into, where the work goes when that is refused. */
    private final Path beside;
    /** Why the last save went beside the opened XLIFF instead of into it; null when it did not. */
    private String besideReason;
    private final XliffVersion workVersion;
    /** How many {@code <file>}s the opened XLIFF has when Glossa did not write it; 0 otherwise. */
    private final int foreignFiles;
    private final Path recoveryFile;
    private final Origin origin;
    private final Document loaded;
    private final List<Unit> units;
    /** Reads the work file again when another writer changed it (the loader the session was opened with). */
    private final Function<Path, Document> loader;
    /** The work file's units when this session read or last wrote it; null when it has not (yet) done either. */
    private List<Unit> base;
    /** The work file's identity then (taken before reading: a change during the read is seen at the save). */
    private FileIdentity baseIdentity;
    /** What the last save took from the work file (written by another since the session read it). */
    private DiskMerge.Result lastMerge = NO_MERGE;
    private static final DiskMerge.Result NO_MERGE = new DiskMerge.Result(List.of(), java.util.Set.of(), 0, 0, 0);
    /** A changed work file the last save could not read, and where it was kept. */
    private Optional<UnreadableChange> lastUnreadable = Optional.empty();
    /** How often a save reads a work file that another keeps writing before it gives up. */
    private static final int MERGE_READS = 3;
    private long version;
    private long savedVersion;
    private long autosavedVersion;
    /** Held while a file of this session is written: writes never overlap. */
    private final Object writeLock = new Object();
    private final AtomicReference<Document> queuedAutosave = new AtomicReference<>();

    /**
     * Where the work of an opened file is saved, in which version.
     *
     * @param beside where the work goes when it cannot be saved into {@code file}, another tool's XLIFF; null when
     *               {@code file} is Glossa's to write
     */
    private record WorkFile(Path file, XliffVersion version, int foreignFiles, Path beside) {

        static WorkFile of(Path opened) {
            if (FileKindDetector.isXliff(opened)) {
                XliffOrigin probe = XliffOrigin.of(opened);
                if (probe.glossas()) return new WorkFile(opened, probe.version(), 0, null);
                Path beside = beside(opened);
                // beside (and the autosave) in the file's own major version: content read from XLIFF 1.2 keeps
                // its ids there (in 2.1, a 1.2 segment "1" and its inline code "1" would share one id space)
                XliffVersion version = Files.exists(beside) ? ours(beside, 0).version() : probe.version();
                return new WorkFile(opened, version, probe.files(), beside);
            }
            Path xlf = opened.resolveSibling(opened.getFileName() + ".xlf");
            if (!Files.exists(xlf) || XliffOrigin.of(xlf).glossas()) return ours(xlf, 0);
            return ours(opened.resolveSibling(opened.getFileName() + BESIDE_SUFFIX), 0);
        }

        /** {@code file}, which Glossa writes: in its version when it exists, else in 2.1. */
        private static WorkFile ours(Path file, int foreignFiles) {
            XliffVersion version = Files.exists(file) ? XliffOrigin.ownVersion(file).orElse(XliffVersion.V2_1)
                    : XliffVersion.V2_1;
            return new WorkFile(file, version, foreignFiles, null);
        }

        /** True when the opened file is another tool's XLIFF, saved into with {@link XliffUpdater}. */
        boolean savesInto() {
            return beside != null;
        }

        /** {@code NAME.glossa.xlf} for {@code NAME.xlf}, {@code NAME.sdlxliff}… */
        private static Path beside(Path xliff) {
            String name = xliff.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return xliff.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + BESIDE_SUFFIX);
        }
    }

    private DocumentSession(Path opened, WorkFile work, Origin origin, Document document, boolean fromWorkFile,
            Function<Path, Document> loader, FileIdentity readIdentity) {
        this.opened = opened;
        this.loader = loader;
        this.base = readIdentity == null ? null : document.units();
        this.baseIdentity = readIdentity;
        this.workFile = work == null ? null : work.file();
        this.beside = work == null ? null : work.beside();
        this.workVersion = work == null ? XliffVersion.V2_1 : work.version();
        this.foreignFiles = work == null ? 0 : work.foreignFiles();
        this.recoveryFile = work == null ? null : recoveryFileOf(work.file());
        this.origin = origin;
        this.loaded = document;
        this.units = new ArrayList<>(document.units());
        this.savedVersion = fromWorkFile ? 0 : -1;
        this.autosavedVersion = 0;
    }

    /**
     * Opens {@code file}: the newest of its recovery file, its work file and the file itself (see the class
     * comment), read with {@code loader}.
     */
    public static DocumentSession open(Path file, Function<Path, Document> loader) {
        Path opened = file.toAbsolutePath().normalize();
        WorkFile work = WorkFile.of(opened);
        Path workFile = work.file();
        Path recovery = recoveryFileOf(workFile);
        if (work.savesInto()) {
            // the newest of: the autosave, the work written beside (when saving into was refused), the XLIFF itself
            // the work beside wins unless the XLIFF is strictly newer (a new version of it); file times are coarse
            Path newest = Files.exists(work.beside()) && !newer(opened, work.beside()) ? work.beside() : opened;
            if (Files.exists(recovery) && newer(recovery, newest)) {
                return new DocumentSession(opened, work, Origin.RECOVERY, loader.apply(recovery), false, loader, null);
            }
            FileIdentity read = identity(newest);
            return newest.equals(opened)
                    ? new DocumentSession(opened, work, Origin.ORIGINAL, loader.apply(opened), true, loader, read)
                    : besideSession(opened, work, loader.apply(newest), loader, read);
        }
        if (Files.exists(recovery) && (!Files.exists(workFile) || newer(recovery, workFile))) {
            return new DocumentSession(opened, work, Origin.RECOVERY, loader.apply(recovery), false, loader, null);
        }
        if (Files.exists(workFile)) {
            FileIdentity read = identity(workFile);
            return new DocumentSession(opened, work, Origin.WORK_FILE, loader.apply(workFile), true, loader, read);
        }
        return new DocumentSession(opened, work, Origin.ORIGINAL, loader.apply(opened), false, loader, null);
    }

    /** The work saved beside another tool's XLIFF, loaded from there: until saved into the XLIFF, it is there. */
    private static DocumentSession besideSession(Path opened, WorkFile work, Document document,
            Function<Path, Document> loader, FileIdentity read) {
        DocumentSession session = new DocumentSession(opened, work, Origin.WORK_FILE, document, true, loader, read);
        session.workFile = work.beside();
        return session;
    }

    /** A session for a document that has no file (nothing can be saved). */
    public static DocumentSession unsaved(Document document) {
        return new DocumentSession(null, null, Origin.ORIGINAL, document, false, null, null);
    }

    public static Path recoveryFileOf(Path workFile) {
        return workFile.resolveSibling("." + workFile.getFileName() + RECOVERY_SUFFIX);
    }

    /** The document with every edit so far. */
    public Document document() {
        return loaded.withUnits(units);
    }

    /** The segment {@code segmentId} of unit {@code unitIndex}. */
    public Segment segment(int unitIndex, String segmentId) {
        return units.get(unitIndex).segments().stream().filter(s -> s.id().equals(segmentId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no segment " + segmentId + " in unit "
                        + units.get(unitIndex).id()));
    }

    public List<Unit> units() {
        return List.copyOf(units);
    }

    public Unit unit(int index) {
        return units.get(index);
    }

    /** Replaces the segment {@code segment.id()} of unit {@code unitIndex}; the session then has unsaved work. */
    public void update(int unitIndex, Segment segment) {
        units.set(unitIndex, units.get(unitIndex).withSegment(segment));
        version++;
    }

    /** Replaces unit {@code unitIndex} (a join, a split, an undo); the session then has unsaved work. */
    public void replace(int unitIndex, Unit unit) {
        units.set(unitIndex, unit);
        version++;
    }

    /** Changes unit {@code index} without making the session unsaved (its term marks). */
    public void annotate(int index, UnaryOperator<Unit> change) {
        units.set(index, change.apply(units.get(index)));
    }

    public Path opened() {
        return opened;
    }

    public Path workFile() {
        return workFile;
    }

    /** The XLIFF version {@link #save()} writes. */
    public XliffVersion workVersion() {
        return workVersion;
    }

    /**
     * True when the opened file is an XLIFF Glossa did not write: the changed targets are saved into it (everything
     * else in it kept), or beside it when that is refused ({@link #besideReason()}).
     */
    public boolean savesIntoOpened() {
        return beside != null;
    }

    /** True when the work is (last was) saved beside the opened XLIFF, which Glossa did not write. */
    public boolean savesBesideOpened() {
        return opened != null && FileKindDetector.isXliff(opened) && !opened.equals(workFile);
    }

    /** Why the last save went beside the opened XLIFF instead of into it; empty when it did not. */
    public Optional<String> besideReason() {
        return Optional.ofNullable(besideReason);
    }

    /** How many {@code <file>}s the opened XLIFF has when Glossa did not write it (it shows the first); else 0. */
    public int foreignFiles() {
        return foreignFiles;
    }

    public Path recoveryFile() {
        return recoveryFile;
    }

    public Origin origin() {
        return origin;
    }

    public boolean recovered() {
        return origin == Origin.RECOVERY;
    }

    /** True while there is work the work file does not have. */
    public boolean unsaved() {
        return version != savedVersion;
    }

    /** True when the session has a work file to save to. */
    public boolean hasFile() {
        return workFile != null;
    }

    /**
     * Writes the work file and deletes the recovery file (waiting for an autosave being written). Another tool's
     * XLIFF is saved into when {@link XliffUpdater} can place every change, else beside it ({@link #besideReason()}).
     */
    public void save() {
        if (workFile == null) throw new IllegalStateException("this document has no file to save to");
        synchronized (writeLock) {
            queuedAutosave.set(null);
            lastMerge = mergeChangesOnDisk();
            Document saving = document();
            if (beside == null) {
                write(saving, workVersion, workFile);
            } else {
                saveInto(saving);
            }
            base = saving.units();
            baseIdentity = identity(workFile);
            savedVersion = version;
            autosavedVersion = version;
            try {
                Files.deleteIfExists(recoveryFile);
            } catch (IOException e) {
                throw new UncheckedIOException("saved, but could not delete the autosave " + recoveryFile, e);
            }
        }
    }

    /**
     * What the last {@link #save()} took from the work file because another writer had saved it since this session
     * read or wrote it: the units that changed (indexes), how many segments, and how many the session kept over the
     * file's (changed on both sides); nothing when the file had not changed.
     */
    DiskMerge.Result lastMerge() {
        return lastMerge;
    }

    /**
     * Merges what another writer saved into the work file since this session read or wrote it into the units. The
     * file is read again when it was written while being read (at most {@link #MERGE_READS} times, then
     * {@link ChangingOnDisk}); a changed file that cannot be read is copied aside first ({@link #lastUnreadable()}).
     */
    private DiskMerge.Result mergeChangesOnDisk() {
        lastUnreadable = Optional.empty();
        if (base == null || !Files.isRegularFile(workFile)) return NO_MERGE;
        FileIdentity before = identity(workFile);
        if (before.sameAs(baseIdentity)) return NO_MERGE;
        for (int read = 0; read < MERGE_READS; read++) {
            Document theirs = null;
            RuntimeException unreadable = null;
            try {
                theirs = loader.apply(workFile);
            } catch (RuntimeException e) {
                unreadable = e;
            }
            FileIdentity after = identity(workFile);
            if (!after.sameAs(before)) { // written again while it was read: read the newer version
                before = after;
                continue;
            }
            if (unreadable != null) {
                lastUnreadable = Optional.of(new UnreadableChange(keepAside(workFile), Messages.oneLine(unreadable)));
                return NO_MERGE;
            }
            DiskMerge.Result merged = DiskMerge.merge(base, units, theirs.units());
            for (int i : merged.taken()) units.set(i, merged.units().get(i));
            return merged;
        }
        throw new ChangingOnDisk(workFile);
    }

    /** Copies {@code file} to the first free {@code NAME.unreadable}, {@code NAME.unreadable-2}, … beside it. */
    private static Path keepAside(Path file) {
        String name = file.getFileName() + ".unreadable";
        Path copy = file.resolveSibling(name);
        for (int n = 2; Files.exists(copy, LinkOption.NOFOLLOW_LINKS); n++) copy = file.resolveSibling(name + "-" + n);
        try {
            AtomicFiles.write(copy, out -> Files.copy(file, out));
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep a copy of " + file + " (changed on disk, unreadable) as "
                    + copy.getFileName() + "; not saved", e);
        }
        return copy;
    }

    /**
     * A changed work file the last {@link #save()} could not read: kept as {@code keptAs} before the session's work
     * was saved over it.
     */
    public record UnreadableChange(Path keptAs, String why) {
    }

    /** What the last {@link #save()} found in the work file and could not read; empty when nothing. */
    public Optional<UnreadableChange> lastUnreadable() {
        return lastUnreadable;
    }

    /** The work file kept being written by another while {@link #save()} read it to merge: nothing was saved. */
    public static final class ChangingOnDisk extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChangingOnDisk(Path file) {
            super(file.getFileName() + " kept changing on disk while it was being read to merge; not saved");
        }
    }

    /**
     * Writes the recovery file when there is work neither it nor the work file has, on the calling thread.
     *
     * @return true when it wrote
     */
    public boolean autosave() {
        queueAutosave();
        return writeQueuedAutosave();
    }

    /**
     * Takes a snapshot of the document for the recovery file when there is work neither it nor the work file has
     * (call on the thread that edits the session); {@link #writeQueuedAutosave()} writes it.
     *
     * @return true when a snapshot was queued
     */
    public boolean queueAutosave() {
        if (recoveryFile == null || !unsaved() || version == autosavedVersion) return false;
        queuedAutosave.set(document());
        autosavedVersion = version;
        return true;
    }

    /**
     * Writes the newest queued snapshot to the recovery file; safe on any thread.
     *
     * @return false when there was nothing queued (a newer call or a save took it)
     */
    public boolean writeQueuedAutosave() {
        synchronized (writeLock) {
            Document snapshot = queuedAutosave.getAndSet(null);
            if (snapshot == null) return false;
            write(snapshot, workVersion, recoveryFile);
            return true;
        }
    }

    /** After a failed background autosave: the next {@link #queueAutosave()} takes a snapshot again. */
    public void autosaveFailed() {
        autosavedVersion = -2;
    }

    /** Splices the changed targets into the opened XLIFF; writes them beside it when it cannot hold them. */
    private void saveInto(Document saving) {
        try {
            XliffUpdater.save(opened, List.of(saving));
            // the work this session had written beside is in the original now: the file beside would only be stale
            if (beside.equals(workFile)) Files.deleteIfExists(beside);
            workFile = opened;
            besideReason = null;
        } catch (InputException e) {
            goBeside(saving, e.describe());
        } catch (IllegalArgumentException e) { // a join or split: the file's segments are not the document's
            goBeside(saving, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + opened, e);
        }
    }

    private void goBeside(Document saving, String reason) {
        write(saving, workVersion, beside);
        workFile = beside;
        besideReason = reason;
    }

    private static void write(Document document, XliffVersion version, Path target) {
        try {
            XliffWriter.write(document, version, target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
    }

    private static FileIdentity identity(Path file) {
        try {
            return FileIdentity.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the attributes of " + file, e);
        }
    }

    private static boolean newer(Path a, Path b) {
        try {
            FileTime ta = Files.getLastModifiedTime(a);
            FileTime tb = Files.getLastModifiedTime(b);
            return ta.compareTo(tb) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "DocumentSession[" + opened + " → " + workFile + ", " + origin + "]";
    }
}
