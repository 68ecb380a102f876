import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffReader;

/**
 * Heap needed to read a big XLIFF 2 file (benchmark harness, not part of the Maven build; docs/benchmarks.md, Hostile
 * input). Usage: java -Xmx256m -cp HARNESS:core/target/classes:$(cat /tmp/cp.txt) Xliff2HeapProbe MB FILE [plain|matches]
 * Writes FILE if it is missing or smaller than MB megabytes: units like HugeXmlSmallHeapTest.writeXliff2 (plain) or
 * units whose bulk is translation candidates and notes (matches, like the 100 MB test). Then reads it and prints the
 * units, the read time and the heap used after a full GC with the documents still referenced.
 */
public final class Xliff2HeapProbe {
    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]) * 1024 * 1024;
        Path file = Path.of(args[1]);
        boolean matches = args.length > 2 && args[2].equals("matches");
        if (!Files.exists(file) || Files.size(file) < size) write(file, size, matches);
        long t0 = System.nanoTime();
        List<Document> docs = XliffReader.read(file);
        long t1 = System.nanoTime();
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("file %.1f MB, units %d, read %.1f s, heap after GC with documents %d MB (%.2f bytes/byte), max %d MB%n",
                Files.size(file) / 1048576.0, docs.get(0).units().size(), (t1 - t0) / 1e9, used >> 20,
                used / (double) Files.size(file), rt.maxMemory() >> 20);
    }

    private static void write(Path file, long size, boolean matches) throws Exception {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                    + "xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"de\">"
                    + "<file id=\"f1\">\n");
            long written = 0;
            for (int n = 1; written < size; n++) {
                String unit = matches ? matches(n) : plain(n);
                w.write(unit);
                written += unit.length();
            }
            w.write("</file></xliff>\n");
        }
    }

    private static String plain(int n) {
        return "<unit id=\"u" + n + "\"><segment id=\"s1\" state=\"translated\"><source>The ministers met in "
                + "Brussels on Monday to discuss <pc id=\"1\">item " + n + "</pc> of the budget.</source><target>Die "
                + "Minister trafen sich am Montag in Brüssel, um <pc id=\"1\">Punkt " + n + "</pc> zu besprechen."
                + "</target></segment></unit>\n";
    }

    private static String matches(int n) {
        StringBuilder unit = new StringBuilder("<unit id=\"u" + n + "\"><mtc:matches>");
        for (int m = 1; m <= 4; m++) {
            unit.append("<mtc:match id=\"m").append(m).append("\" ref=\"#s1\" similarity=\"").append(100 - m)
                    .append("\"><source>The ministers met in Brussels on Monday to discuss <pc id=\"1\">item ")
                    .append(n + m).append("</pc> of the budget.</source><target>Die Minister trafen sich am Montag in ")
                    .append("Brüssel, um <pc id=\"1\">Punkt ").append(n + m).append("</pc> zu besprechen.</target></mtc:match>");
        }
        return unit.append("</mtc:matches><notes><note category=\"context\">Agenda of the council meeting, item ").append(n)
                .append(", as agreed on Friday.</note></notes><segment id=\"s1\"><source>Item ").append(n)
                .append(".</source></segment></unit>\n").toString();
    }
}
