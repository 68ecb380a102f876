package org.glossa.core.tm.score;

/** Edit distance over token keys: insert, delete and substitute each cost 1; two rows of memory. */
final class Levenshtein {
    private Levenshtein() {
    }

    static int distance(String[] a, String[] b) {
        if (a.length < b.length) {
            String[] t = a;
            a = b;
            b = t;
        }
        int m = b.length;
        if (m == 0) return a.length;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            String ai = a[i - 1];
            for (int j = 1; j <= m; j++) {
                int sub = prev[j - 1] + (ai.equals(b[j - 1]) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
