package org.glossa.desktop.view;

import java.util.Locale;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

import org.glossa.desktop.viewmodel.InlineTags;
import org.glossa.desktop.viewmodel.TargetTagsViewModel;

/**
 * The strip under the target showing the source's inline codes: placed ones plain, missing ones outlined red,
 * misplaced and extra ones filled red (style classes {@code tag-placed}, {@code tag-missing}, {@code tag-out_of_order},
 * {@code tag-extra}), with a summary. Hidden when the segment has no codes.
 */
final class TagStrip extends FlowPane {

    /** The styles of the tag strip, the repetition column and the comfort settings (added to the main window's). */
    static final String STYLESHEET = TagStrip.class.getResource("editor-extras.css").toExternalForm();

    TagStrip(TargetTagsViewModel viewModel) {
        super(4, 2);
        setId("tagStrip");
        getStyleClass().add("tag-strip");
        Label summary = new Label();
        summary.setId("tagSummary");
        summary.getStyleClass().add("tag-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        viewModel.states().addListener((ListChangeListener<InlineTags.TagState>) c -> {
            getChildren().setAll(summary);
            for (InlineTags.TagState state : viewModel.states()) getChildren().add(chip(state));
        });
        getChildren().add(summary);
    }

    private static Label chip(InlineTags.TagState state) {
        Label chip = new Label(state.placeholder());
        chip.getStyleClass().addAll("tag-chip", "tag-" + state.state().name().toLowerCase(Locale.ROOT));
        chip.setTooltip(new javafx.scene.control.Tooltip(state.label() + ": "
                + state.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return chip;
    }
}
