package org.glossa.core.okapi;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.glossa.core.InputException;
import org.glossa.core.model.Original;

/**
 * Runs one Okapi filter over one document: opens it on the document's bytes, hands on its events, and turns
 * Okapi's failures into an {@link InputException} naming the file. Knows nothing about what the events mean.
 *
 * @param filters    makes a fresh filter (filters hold state: one per run)
 * @param fileName   names the file in messages
 * @param unreadable the start of the message for a document the filter cannot read ("cannot read as html: ")
 */
public record FilterRun(Supplier<IFilter> filters, String fileName, String unreadable) {

    /** Reads {@code original} and gives every event of the filter to {@code each}, in order. */
    public void read(Original original, String sourceLanguage, Consumer<Event> each) {
        try (IFilter filter = open(original, sourceLanguage, sourceLanguage)) {
            while (filter.hasNext()) each.accept(filter.next());
        } catch (OkapiException | IllegalArgumentException e) {
            throw new InputException(fileName, unreadable + OkapiFailure.message(e), e);
        }
    }

    /**
     * Writes {@code original} again through the filter's own writer, each text unit with the target that
     * {@code translation} gives for it (none: the unit is written as it was). The filter's skeleton writer rebuilds
     * everything around the units (Tikal's merge works the same way).
     */
    public void rewrite(Original original, String sourceLanguage, String targetLanguage,
                        Function<ITextUnit, Optional<TextFragment>> translation, String cannotWrite, OutputStream out) {
        LocaleId trg = LocaleId.fromBCP47(targetLanguage);
        try (IFilter filter = open(original, sourceLanguage, targetLanguage);
             IFilterWriter writer = filter.createFilterWriter()) {
            writer.setOutput(out);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isStartDocument()) {
                    StartDocument sd = e.getStartDocument();
                    writer.setOptions(trg, sd.getEncoding() == null ? "UTF-8" : sd.getEncoding());
                } else if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    translation.apply(tu).ifPresent(t -> tu.setTarget(trg, new TextContainer(t)));
                }
                writer.handleEvent(e);
            }
        } catch (OkapiException e) {
            throw new InputException(fileName, cannotWrite + OkapiFailure.message(e), e);
        }
    }

    private IFilter open(Original original, String src, String trg) {
        IFilter filter = filters.get();
        RawDocument raw = new RawDocument(new ByteArrayInputStream(original.bytes()), original.encoding(),
                LocaleId.fromBCP47(src), LocaleId.fromBCP47(trg));
        try {
            filter.open(raw);
        } catch (OkapiException e) {
            filter.close();
            throw new InputException(fileName, unreadable + OkapiFailure.message(e), e);
        }
        return filter;
    }
}
