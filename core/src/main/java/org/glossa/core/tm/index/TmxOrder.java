package org.glossa.core.tm.index;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The tie-break of equally scored hits: the order of the entries in their TMX files, whatever order the documents
 * were written in. A document's value is the start of its file's index among the searched ones plus its entry's
 * position in the TMX ({@link IndexFields#ORDER}, written by {@link IndexBuilder}), which is the document number it
 * would have if its index had been written in the TMX's order on one thread; a document without that field (a
 * {@link LiveMemory} entry) keeps its document number. So a build on several threads, whose documents come in
 * another order, ranks exactly as a build in the TMX's order (decision 0036).
 */
final class TmxOrder extends LongValuesSource {
    /** BM25 score, best first, then the TMX's order. */
    static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new TmxOrder().getSortField(false));

    private TmxOrder() {
    }

    @Override
    public LongValues getValues(LeafReaderContext leaf, DoubleValues scores) throws IOException {
        NumericDocValues order = DocValues.getNumeric(leaf.reader(), IndexFields.ORDER);
        // the leaf's parent is its index (a DirectoryReader); its start among the memory's indexes (a MultiReader)
        long fileBase = leaf.parent == null ? 0 : leaf.parent.docBaseInParent;
        int docBase = leaf.docBase;
        return new LongValues() {
            private long value;

            @Override
            public long longValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = order.advanceExact(doc) ? fileBase + order.longValue() : docBase + doc;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public boolean isCacheable(LeafReaderContext leaf) {
        return false; // the value depends on where the leaf sits among the searched indexes
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public int hashCode() {
        return TmxOrder.class.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TmxOrder;
    }

    @Override
    public String toString() {
        return "tmx-order";
    }
}
