package org.glossa.spark;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class whose jobs share one {@code local[2]} Spark context, started before its tests and stopped after. */
abstract class LocalSparkTest {
    private static LocalSpark spark;

    @BeforeAll
    static void startSpark() {
        spark = new LocalSpark();
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }
}
