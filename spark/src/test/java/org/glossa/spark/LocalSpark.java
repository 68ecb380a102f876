package org.glossa.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One {@code local[2]} Spark context per test class (start it in {@code @BeforeAll}, stop it in {@code @AfterAll}):
 * the jobs join it instead of starting their own. The UI is off in tests.
 */
final class LocalSpark implements AutoCloseable {
    private final JavaSparkContext sc;

    LocalSpark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("glossa-spark-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
        SparkRun.shared = sc;
    }

    @Override
    public void close() {
        SparkRun.shared = null;
        sc.stop();
    }

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    /** {@code glossa spark ARGS} in this JVM. */
    static Run spark(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code glossa ARGS} (the command line, one machine) in this JVM. */
    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = org.glossa.cli.Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
