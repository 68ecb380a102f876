package org.glossa.core.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import org.glossa.core.model.Content;
import org.glossa.core.model.Format;
import org.glossa.core.model.Original;
import org.glossa.core.okapi.CodeReferences;
import org.glossa.core.okapi.DocxStructure;
import org.glossa.core.okapi.FilterRun;
import org.glossa.core.okapi.HtmlStructure;
import org.glossa.core.okapi.MarkdownStructure;
import org.glossa.core.okapi.OkapiContent;
import org.glossa.core.okapi.Placement;
import org.glossa.core.okapi.StructureRecovery;

/**
 * HTML, DOCX and Markdown through Okapi's filters. Reading keeps nothing but the blocks; writing opens the
 * original again with the same filter and replaces each text unit's content, so the filter's skeleton writer
 * rebuilds everything around it (Tikal's merge works the same way). {@link FilterRun} runs the filter; a
 * {@link StructureRecovery} per format says where each unit sits in the markup (element and context), from which
 * {@code ArticleStructure} finds roles.
 */
public final class OkapiFormat implements DocumentFormat {
    private final Format format;
    private final Supplier<IFilter> filters;

    private OkapiFormat(Format format, Supplier<IFilter> filters) {
        this.format = format;
        this.filters = filters;
    }

    public static OkapiFormat html() {
        return new OkapiFormat(Format.HTML, HtmlFilter::new);
    }

    public static OkapiFormat docx() {
        return new OkapiFormat(Format.DOCX, OpenXMLFilter::new);
    }

    public static OkapiFormat markdown() {
        return new OkapiFormat(Format.MARKDOWN, () -> {
            MarkdownFilter f = new MarkdownFilter();
            f.getParameters().setTranslateFencedCodeBlocks(false);
            return f;
        });
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public List<Block> read(Original original, String fileName, String sourceLanguage) {
        List<Block> blocks = new ArrayList<>();
        Original input = filterInput(original, fileName);
        StructureRecovery structure = structure(input, fileName);
        CodeReferences references = new CodeReferences();
        run(fileName).read(input, sourceLanguage, e -> {
            if (e.isTextUnit()) {
                ITextUnit tu = e.getTextUnit();
                Placement placement = structure.place(tu);
                TextFragment tf = tu.getSource().getUnSegmentedContentCopy();
                Content content = OkapiContent.toContent(tf, references::resolve);
                references.textUnit(tu, tf);
                // a unit of codes only (an <img> whose alt is a unit of its own) has nothing to translate
                if (!content.plainText().isBlank()) {
                    blocks.add(new Block(tu.getId(), content, tu.isTranslatable(), placement.element(), placement.context()));
                }
            } else {
                if (e.isDocumentPart()) references.documentPart(e.getDocumentPart());
                structure.markup(e);
            }
        });
        return blocks;
    }

    @Override
    public void write(Original original, String fileName, String sourceLanguage, String targetLanguage,
                      Map<String, Content> translations, OutputStream out) {
        if (format == Format.MARKDOWN) {
            // the filter read UTF-8 (see filterInput): write UTF-8, then put the text back in the original's encoding
            ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
            writeFiltered(filterInput(original, fileName), fileName, sourceLanguage, targetLanguage, translations, utf8);
            writeAll(TextDecoding.encode(utf8.toString(StandardCharsets.UTF_8), original, fileName), fileName, out);
        } else {
            writeFiltered(filterInput(original, fileName), fileName, sourceLanguage, targetLanguage, translations, out);
        }
    }

    /**
     * What the filter is opened on. HTML: the page in the charset it declares (the filter would decode it with the
     * default and only report the declaration), once it is known to nest no deeper than {@link HtmlNesting#MAX_DEPTH}. Markdown: the decoded text as UTF-8 without BOM (the filter ignores
     * the encoding it is given and reads UTF-8). DOCX: the package, once it is known to be no zip bomb.
     */
    private Original filterInput(Original original, String fileName) {
        return switch (format) {
            case HTML -> {
                Original page = new Original(original.bytes(), HtmlCharset.declared(original.bytes()).orElse(original.encoding()));
                HtmlNesting.check(page, fileName); // the filter's time grows with the square of the nesting depth
                yield page;
            }
            case MARKDOWN -> new Original(TextDecoding.decode(original, fileName).getBytes(StandardCharsets.UTF_8), "UTF-8");
            case DOCX -> {
                // Okapi's OpenXML filter inflates the parts it reads without a limit: refuse zip bombs first
                ZipGuard.check(original.bytes(), fileName, unreadable());
                yield original;
            }
            default -> original;
        };
    }

    private static void writeAll(byte[] bytes, String fileName, OutputStream out) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": cannot write: " + e.getMessage(), e);
        }
    }

    private void writeFiltered(Original original, String fileName, String sourceLanguage, String targetLanguage,
                               Map<String, Content> translations, OutputStream out) {
        run(fileName).rewrite(original, sourceLanguage, targetLanguage, tu -> Optional.ofNullable(translations.get(tu.getId()))
                        .map(t -> OkapiContent.toFragment(t, tu.getSource().getUnSegmentedContentCopy().getCodes())),
                "cannot write " + format.id() + ": ", out);
    }

    /** The filter run for one document. */
    private FilterRun run(String fileName) {
        return new FilterRun(filters, fileName, unreadable());
    }

    private StructureRecovery structure(Original input, String fileName) {
        return switch (format) {
            case DOCX -> new DocxStructure(input.bytes(), fileName);
            case MARKDOWN -> new MarkdownStructure();
            default -> new HtmlStructure();
        };
    }

    /** The start of the message for a document the filter cannot read. */
    private String unreadable() {
        return format == Format.DOCX ? "not a valid DOCX file (damaged, truncated or not a Word document): "
                : "cannot read as " + format.id() + ": ";
    }
}
