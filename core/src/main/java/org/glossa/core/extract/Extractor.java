package org.glossa.core.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.format.Block;
import org.glossa.core.format.DocumentFormat;
import org.glossa.core.format.FormatDetector;
import org.glossa.core.format.Formats;
import org.glossa.core.format.TextDecoding;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Original;
import org.glossa.core.model.Unit;
import org.glossa.core.segment.Segmenter;
import org.glossa.core.segment.SrxSegmenter;
import org.glossa.core.segment.UnitSegmentation;
import org.glossa.core.segment.news.NewsSegmenter;
import org.glossa.core.structure.ArticleStructure;
import org.glossa.core.structure.RoledBlock;

/**
 * Reads a document of any supported format into the model: detects the format, reads its blocks, finds the
 * article structure and segments every unit. Holds a segmenter: use one extractor per thread.
 */
public final class Extractor {
    private final ExtractOptions options;
    private final UnitSegmentation segmentation;

    public Extractor(ExtractOptions options) {
        this.options = options;
        Segmenter segmenter = options.srx()
                .map(f -> (Segmenter) SrxSegmenter.fromFile(f, options.sourceLanguage()))
                .orElseGet(() -> NewsSegmenter.forLanguage(options.sourceLanguage()));
        this.segmentation = new UnitSegmentation(segmenter);
    }

    public Document extract(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new InputException(name, "is a directory");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        return extract(bytes, name);
    }

    public Document extract(byte[] bytes, String fileName) {
        Format format = FormatDetector.detect(bytes, fileName);
        String encoding = switch (format) {
            case TEXT, MARKDOWN -> TextDecoding.detect(bytes, fileName);
            case HTML -> {
                TextDecoding.refuseBinary(bytes, fileName); // NUL bytes named .html: not a page
                yield "UTF-8"; // the default when the page declares none; the filter honours a declared charset
            }
            default -> "UTF-8";
        };
        Original original = new Original(bytes, encoding);
        DocumentFormat reader = Formats.forFormat(format);
        List<Block> blocks = reader.read(original, fileName, options.sourceLanguage());
        List<Unit> units = new ArrayList<>();
        for (RoledBlock rb : ArticleStructure.analyze(blocks)) {
            units.add(new Unit("u" + (units.size() + 1), rb.role(), rb.translate(), rb.origin(),
                    segmentation.segment(rb.content())));
        }
        return new Document(fileName, format, options.sourceLanguage(), Optional.of(options.targetLanguage()), units,
                Optional.of(original));
    }
}
