package org.glossa.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs with input and output on HDFS (a {@link MiniDFSCluster}: a name node and a data node in this JVM, Hadoop
 * 3.5 as Spark 4.2 brings it): {@code extract} from {@code hdfs://} to {@code hdfs://} writes the XLIFF the command
 * line writes from the same files on the local disk, {@code qa} reads it there and writes its report there.
 */
class HdfsJobTest extends LocalSparkTest {
    private static MiniDFSCluster cluster;
    private static String hdfs;

    @TempDir
    static Path dfsDir;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startHdfs() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dfsDir.toString());
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
        hdfs = "hdfs://localhost:" + cluster.getNameNodePort();
    }

    @AfterAll
    static void stopHdfs() {
        cluster.shutdown();
    }

    @Test
    void extractAndQaReadAndWriteHdfs() throws Exception {
        Path articles = Archives.generate(tmp.resolve("articles"), 8);
        Files.createDirectories(articles.resolve("sub"));
        Files.copy(Archives.SEEDS.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt"), articles.resolve("sub/seed.txt"));
        FileSystem fs = cluster.getFileSystem();
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(articles.toUri()), new org.apache.hadoop.fs.Path("/archive"));

        String[] common = {"-s", "en", "-t", "de", "-g", Archives.GLOSSARY.toString(), "--json"};
        LocalSpark.Run cli = LocalSpark.cli(ExtractJobTest.concat(new String[] {"extract", articles.toString()}, common,
                "-o", tmp.resolve("cli").toString()));
        LocalSpark.Run sp = LocalSpark.spark(ExtractJobTest.concat(new String[] {"extract", hdfs + "/archive"}, common,
                "-o", hdfs + "/xliff"));
        assertEquals(0, cli.exit(), cli.err());
        assertEquals(0, sp.exit(), sp.err());
        assertEquals(cli.out().replace(tmp.resolve("cli").toString(), "OUT").replace(articles.toString(), "IN"),
                sp.out().replace(hdfs + "/xliff", "OUT").replace(hdfs + "/archive", "IN"));
        List<Path> outputs = Archives.files(tmp.resolve("cli"));
        assertEquals(9, outputs.size(), outputs.toString());
        for (Path f : outputs) {
            try (InputStream in = fs.open(new org.apache.hadoop.fs.Path("/xliff/" + f.toString().replace('\\', '/')))) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("cli").resolve(f)), in.readAllBytes(), f.toString());
            }
        }
        assertEquals(9, fs.listStatus(new org.apache.hadoop.fs.Path("/xliff")).length - 1 // sub/
                + fs.listStatus(new org.apache.hadoop.fs.Path("/xliff/sub")).length);

        // a second run finds the outputs on HDFS up to date, as the command line does on its disk
        LocalSpark.Run again = LocalSpark.spark("extract", hdfs + "/archive", "-s", "en", "-t", "de", "-o", hdfs + "/xliff");
        assertTrue(again.out().contains("total: 0 files extracted, 0 failed, 0 units, 0 segments, 0 words, 9 skipped (up to date)"),
                again.out());

        String[] qa = {"--format", "json", "--fail-on", "never", "-g", Archives.GLOSSARY.toString()};
        LocalSpark.Run cliQa = LocalSpark.cli(ExtractJobTest.concat(new String[] {"qa", tmp.resolve("cli").toString()}, qa));
        LocalSpark.Run spQa = LocalSpark.spark(ExtractJobTest.concat(new String[] {"qa", hdfs + "/xliff"}, qa,
                "-o", hdfs + "/reports/qa.json"));
        assertEquals(0, spQa.exit(), spQa.err());
        assertTrue(spQa.err().contains(hdfs + "/reports/qa.json: "), spQa.err());
        try (InputStream in = fs.open(new org.apache.hadoop.fs.Path("/reports/qa.json"))) {
            String report = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(report.contains("\"issues\""), report);
            assertEquals(cliQa.out().replace(tmp.resolve("cli").toString(), "X").strip(),
                    report.replace(hdfs + "/xliff", "X").strip());
        }
    }
}
