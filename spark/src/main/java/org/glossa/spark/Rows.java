package org.glossa.spark;

import java.io.Serializable;
import org.glossa.core.text.TextKey;

/** Core's values in the serializable form Spark moves between JVMs. */
final class Rows {
    private Rows() {
    }

    /** A {@link TextKey}. */
    record Key(long hi, long lo) implements Serializable {
        static Key of(String text) {
            TextKey k = TextKey.of(text);
            return new Key(k.hi(), k.lo());
        }
    }
}
