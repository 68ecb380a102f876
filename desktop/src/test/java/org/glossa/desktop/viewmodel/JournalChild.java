package org.glossa.desktop.viewmodel;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link ConfirmationJournalTest} kills: appends confirmations to the journal of {@code MEMORY} in
 * {@code FOLDER} as fast as it can, printing {@code ADDED id} once each {@code add} returned; after each add it
 * acknowledges the one added two before ({@code REMOVING id} before, so the journal is compacted now and then while
 * it runs), until killed. Arguments: {@code FOLDER MEMORY PREFIX}.
 */
public final class JournalChild {

    private JournalChild() {
    }

    public static void main(String[] args) throws Exception {
        ConfirmationJournal journal = ConfirmationJournal.of(Path.of(args[0]), URI.create(args[1]));
        List<String> added = new ArrayList<>();
        for (int i = 0; ; i++) {
            ConfirmationJournal.Entry e = journal.add(ConfirmationJournalTest.confirmed(args[2] + "-" + i, "Nummer " + i + "."));
            added.add(e.id());
            System.out.println("ADDED " + e.id());
            System.out.flush();
            if (added.size() > 2 && i % 3 != 0) {
                String old = added.remove(added.size() - 3);
                System.out.println("REMOVING " + old);
                System.out.flush();
                journal.remove(List.of(old));
            }
        }
    }
}
