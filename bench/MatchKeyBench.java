/*
 * TextKey.matchHash against the code it replaced (NFC, toLowerCase, a StringBuilder, getBytes, a MessageDigest per
 * call; decision 0051), on the first 1,000,000 <seg> texts of a TMX, one line per <seg>: thread CPU of each per
 * round, and whether both give the same hashes (their sum). The later rounds (warm) are the ones to compare.
 *   javac -d OUT -cp 'TREE/cli/target/lib/*' bench/MatchKeyBench.java
 *   java -Xmx2g -cp 'OUT:TREE/cli/target/lib/*' MatchKeyBench TMX
 */
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.*;
import java.lang.management.*;
import org.glossa.core.text.TextKey;
public class MatchKeyBench {
  static long oldHash(String text) throws Exception {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(nfc.length()); boolean space = false;
    for (int i = 0; i < nfc.length(); i++) { char c = nfc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) space = sb.length() > 0;
      else { if (space) sb.append(' '); space = false; sb.append(c); } }
    byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    long h = 0; for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xFF); return h == 0 ? 1 : h;
  }
  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>();
    try (var r = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(a[0]))) {
      for (String line; (line = r.readLine()) != null && texts.size() < 1_000_000; ) {
        int i = line.indexOf("<seg>"); if (i >= 0) texts.add(line.substring(i + 5, line.indexOf("</seg>")));
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 5; round++) {
      long x = 0, c0 = mx.getCurrentThreadCpuTime();
      for (String t : texts) x += oldHash(t);
      long c1 = mx.getCurrentThreadCpuTime();
      long y = 0; for (String t : texts) y += TextKey.matchHash(t);
      long c2 = mx.getCurrentThreadCpuTime();
      System.out.printf("round %d: %d texts, old %.2f s, new %.2f s CPU, same sum %b%n", round, texts.size(), (c1-c0)/1e9, (c2-c1)/1e9, x == y);
    }
  }
}
