package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.model.TermMark;

/** The glossary terms found in the current segment's source, numbered for Ctrl+1…9. */
public final class GlossaryPanelViewModel {

    /** One term: {@code number} is the n of Ctrl+n; {@code insert} is the target inserted (the preferred one). */
    public record TermRow(int number, String term, String targets, String insert, String origin) {
    }

    private final ObservableList<TermRow> terms = FXCollections.observableArrayList();

    /** Shows the marks of one segment (repeated terms once, in text order). */
    public void show(List<TermMark> marks) {
        List<TermRow> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TermMark mark : marks) {
            if (mark.targets().isEmpty() || !seen.add(mark.term() + "\u0000" + mark.source())) continue;
            String targets = mark.targets().stream()
                    .map(t -> t.status().isEmpty() || t.status().equals("preferred") ? t.text()
                            : t.text() + " (" + t.status() + ")")
                    .collect(Collectors.joining(", "));
            String insert = mark.targets().stream().filter(t -> !t.status().equals("deprecated")
                            && !t.status().equals("forbidden") && !t.status().equals("superseded"))
                    .findFirst().orElse(mark.targets().get(0)).text();
            out.add(new TermRow(out.size() + 1, mark.term(), targets, insert, mark.source()));
        }
        terms.setAll(out);
    }

    public void clear() {
        terms.clear();
    }

    public ObservableList<TermRow> terms() {
        return terms;
    }

    /** The target term inserted by Ctrl+{@code n} (1-based). */
    public Optional<String> target(int n) {
        return n >= 1 && n <= terms.size() ? Optional.of(terms.get(n - 1).insert()) : Optional.empty();
    }
}
