package org.glossa.core.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.DocumentPart;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.ISkeleton;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Format;
import org.glossa.core.model.Original;
import org.glossa.core.okapi.OkapiContent;

/**
 * HTML, DOCX and Markdown through Okapi's filters. Reading keeps nothing but the blocks; writing opens the
 * original again with the same filter and replaces each text unit's content, so the filter's skeleton writer
 * rebuilds everything around it (Tikal's merge works the same way).
 */
public final class OkapiFormat implements DocumentFormat {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*?)(/?)>");
    private static final Pattern CLASS_ATTR = Pattern.compile("\\bclass\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern SELF_REF = Pattern.compile("\\[#\\$\\$self\\$@%([\\w:.-]+)\\]");
    private static final Pattern ANY_REF = Pattern.compile("\\[#\\$([\\w-]+)(?:@%[\\w:.-]+)?\\]");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^(#{1,6})\\s*$|(#{1,6}) $");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");

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
        Context ctx = new Context();
        Map<String, String> resolved = new HashMap<>();
        try (IFilter filter = open(filterInput(original, fileName), fileName, sourceLanguage, sourceLanguage)) {
            while (filter.hasNext()) {
                Event e = filter.next();
                IResource res = e.getResource();
                if (e.isDocumentPart()) {
                    DocumentPart dp = e.getDocumentPart();
                    String sk = skeleton(dp.getSkeleton());
                    resolved.put(dp.getId(), resolveSelf(sk, dp::getSourceProperty, resolved));
                    ctx.consume(sk);
                } else if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    String sk = skeleton(tu.getSkeleton());
                    int self = sk.indexOf("[#$$self$]");
                    String before = self < 0 ? "" : sk.substring(0, self);
                    ctx.consume(before);
                    String element = elementOf(tu, before, ctx);
                    Set<String> context = ctx.snapshot();
                    TextFragment tf = tu.getSource().getUnSegmentedContentCopy();
                    Content content = OkapiContent.toContent(tf, data -> resolveRefs(data, resolved));
                    resolved.put(tu.getId(), tf.getText());
                    // a unit of codes only (an <img> whose alt is a unit of its own) has nothing to translate
                    if (!content.plainText().isBlank()) {
                        blocks.add(new Block(tu.getId(), content, tu.isTranslatable(), element, context));
                    }
                    ctx.consume(self < 0 ? "" : sk.substring(self + "[#$$self$]".length()));
                    ctx.textUnitDone();
                } else if (res != null && res.getSkeleton() != null && !e.isStartDocument()) {
                    ctx.consume(skeleton(res.getSkeleton()));
                }
            }
        } catch (OkapiException | IllegalArgumentException e) {
            throw new InputException(fileName, unreadable() + rootMessage(e), e);
        }
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
     * default and only report the declaration). Markdown: the decoded text as UTF-8 without BOM (the filter ignores
     * the encoding it is given and reads UTF-8).
     */
    private Original filterInput(Original original, String fileName) {
        return switch (format) {
            case HTML -> new Original(original.bytes(), HtmlCharset.declared(original.bytes()).orElse(original.encoding()));
            case MARKDOWN -> new Original(TextDecoding.decode(original, fileName).getBytes(StandardCharsets.UTF_8), "UTF-8");
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
        LocaleId trg = LocaleId.fromBCP47(targetLanguage);
        try (IFilter filter = open(original, fileName, sourceLanguage, targetLanguage);
             IFilterWriter writer = filter.createFilterWriter()) {
            writer.setOutput(out);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isStartDocument()) {
                    StartDocument sd = e.getStartDocument();
                    writer.setOptions(trg, sd.getEncoding() == null ? "UTF-8" : sd.getEncoding());
                } else if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    Content t = translations.get(tu.getId());
                    if (t != null) {
                        TextFragment src = tu.getSource().getUnSegmentedContentCopy();
                        tu.setTarget(trg, new TextContainer(OkapiContent.toFragment(t, src.getCodes())));
                    }
                }
                writer.handleEvent(e);
            }
        } catch (OkapiException e) {
            throw new InputException(fileName, "cannot write " + format.id() + ": " + rootMessage(e), e);
        }
    }

    private IFilter open(Original original, String fileName, String src, String trg) {
        // Okapi's OpenXML filter inflates the parts it reads without a limit: refuse zip bombs first
        if (format == Format.DOCX) ZipGuard.check(original.bytes(), fileName, unreadable());
        IFilter filter = filters.get();
        RawDocument raw = new RawDocument(new ByteArrayInputStream(original.bytes()), original.encoding(),
                LocaleId.fromBCP47(src), LocaleId.fromBCP47(trg));
        try {
            filter.open(raw);
        } catch (OkapiException e) {
            filter.close();
            throw new InputException(fileName, unreadable() + rootMessage(e), e);
        }
        return filter;
    }

    /** The start of the message for a document the filter cannot read. */
    private String unreadable() {
        return format == Format.DOCX ? "not a valid DOCX file (damaged, truncated or not a Word document): "
                : "cannot read as " + format.id() + ": ";
    }

    private String elementOf(ITextUnit tu, String before, Context ctx) {
        String type = tu.getType() == null ? "" : tu.getType();
        if (before.endsWith("=\"") || before.endsWith("='")) return "@" + type; // an attribute: @alt, @title…
        return switch (format) {
            case DOCX -> DocxParagraphStyle.of(tu.getSkeleton()).map(s -> s.toLowerCase(java.util.Locale.ROOT)).orElse("p");
            case MARKDOWN -> {
                Matcher m = MD_HEADING.matcher(ctx.sinceLastUnit());
                String level = "";
                while (m.find()) level = m.group(1) != null ? m.group(1) : m.group(2);
                yield level.isEmpty() ? "p" : "h" + level.length();
            }
            default -> ctx.innermost().orElse(type.equals("paragraph") ? "p" : type);
        };
    }

    private static String skeleton(ISkeleton sk) {
        return sk == null ? "" : sk.toString();
    }

    private static String resolveSelf(String sk, java.util.function.Function<String, Property> props,
                                      Map<String, String> resolved) {
        Matcher m = SELF_REF.matcher(sk);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Property p = props.apply(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(p == null ? "" : p.getValue()));
        }
        m.appendTail(sb);
        return resolveRefs(sb.toString(), resolved);
    }

    /** Replaces skeleton references in a code's data by what they stand for, so the markup is readable. */
    private static String resolveRefs(String data, Map<String, String> resolved) {
        if (!data.contains("[#$")) return data;
        Matcher m = ANY_REF.matcher(data);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(resolved.getOrDefault(m.group(1), "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        javax.xml.stream.Location at = null;
        while (true) {
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getLocation() != null
                    && x.getLocation().getLineNumber() > 0) {
                at = x.getLocation();
            }
            if (t.getCause() == null || t.getCause() == t) break;
            t = t.getCause();
        }
        String msg = t.getMessage();
        msg = msg == null ? t.getClass().getSimpleName() : msg;
        if (at != null) msg = msg.replaceFirst("(?s)\\s*at \\[row,col.*$", ""); // Woodstox's position suffix
        // malformed XML in a part of the package (DOCX): say where, the part's line and column
        return at == null ? msg : msg + " (XML error at line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                + (at.getSystemId() == null || at.getSystemId().isBlank() ? "" : " of " + at.getSystemId()) + ")";
    }

    /** Open markup elements (and their classes) around the current position, from the skeleton text. */
    private static final class Context {
        private final List<String[]> stack = new ArrayList<>();
        private final StringBuilder sinceLastUnit = new StringBuilder();

        void consume(String skeleton) {
            sinceLastUnit.append(skeleton);
            Matcher m = TAG.matcher(skeleton);
            while (m.find()) {
                String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
                if (VOID.contains(name) || !m.group(4).isEmpty() || name.contains(":")) continue;
                if (m.group(1).isEmpty()) {
                    Matcher c = CLASS_ATTR.matcher(m.group(3));
                    stack.add(new String[] {name, c.find() ? c.group(1) : ""});
                } else {
                    for (int i = stack.size() - 1; i >= 0; i--) {
                        if (stack.get(i)[0].equals(name)) {
                            while (stack.size() > i) stack.remove(stack.size() - 1);
                            break;
                        }
                    }
                }
            }
        }

        void textUnitDone() {
            sinceLastUnit.setLength(0);
        }

        String sinceLastUnit() {
            return sinceLastUnit.toString();
        }

        java.util.Optional<String> innermost() {
            return stack.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(stack.get(stack.size() - 1)[0]);
        }

        Set<String> snapshot() {
            Set<String> out = new java.util.HashSet<>();
            for (String[] e : stack) {
                out.add(e[0]);
                for (String cls : e[1].trim().split("\\s+")) if (!cls.isEmpty()) out.add("class:" + cls.toLowerCase(java.util.Locale.ROOT));
            }
            return out;
        }
    }
}
