/*
 * The TMX parse alone, Woodstox against Aalto (decision 0051): each round reads the whole file with both StAX
 * parsers in turn (the settings SafeXml gives them), asking every text and element name as TmxReader does, and
 * prints each one's thread CPU. The later rounds (warm) are the ones to compare.
 *   javac -d OUT -cp 'TREE/cli/target/lib/*' bench/TmxParseBench.java
 *   java -Xmx512m -cp 'OUT:TREE/cli/target/lib/*' TmxParseBench TMX wstx,aalto ROUNDS
 */
import javax.xml.stream.*;
import java.io.*;
import java.nio.file.*;
public class TmxParseBench {
  public static void main(String[] a) throws Exception {
    for (int round = 0; round < Integer.parseInt(a[2]); round++) {
      for (String which : a[1].split(",")) {
        XMLInputFactory f = which.equals("aalto") ? new com.fasterxml.aalto.stax.InputFactoryImpl() : new com.ctc.wstx.stax.WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        if (which.equals("wstx")) f.setProperty("com.ctc.wstx.lazyParsing", false);
        long t0 = System.nanoTime();
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long chars = 0; int elems = 0;
        try (InputStream in = Files.newInputStream(Path.of(a[0]))) {
          XMLStreamReader r = f.createXMLStreamReader(a[0], in);
          while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.CHARACTERS) chars += r.getText().length();
            else if (e == XMLStreamConstants.START_ELEMENT) { elems++; r.getLocalName(); r.getLocation().getLineNumber(); }
          }
        }
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        System.out.printf("%s round %d: %.2f s wall, %.2f s cpu, %d chars %d elems%n", which, round, (System.nanoTime()-t0)/1e9, cpu/1e9, chars, elems);
      }
    }
  }
}
