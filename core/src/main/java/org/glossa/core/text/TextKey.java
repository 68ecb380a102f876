package org.glossa.core.text;

/**
 * A 128-bit hash of a text (MurmurHash3 x64 128 over its UTF-16 code units, little-endian), for sets and indexes
 * that would otherwise keep the texts (QA consistency, repetitions in the analysis). Two different texts share a
 * key with a probability of about 2<sup>-128</sup>.
 */
public record TextKey(long hi, long lo) {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    public static TextKey of(CharSequence s) {
        int n = s.length();
        long h1 = 0;
        long h2 = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long k1 = pack(s, i, 4);
            long k2 = pack(s, i + 4, 4);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int tail = n - i;
        if (tail > 4) h2 ^= mixK2(pack(s, i + 4, tail - 4));
        if (tail > 0) h1 ^= mixK1(pack(s, i, Math.min(4, tail)));
        long length = 2L * n;
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new TextKey(h1, h2);
    }

    private static long pack(CharSequence s, int from, int count) {
        long k = 0;
        for (int j = 0; j < count; j++) k |= (long) s.charAt(from + j) << (16 * j);
        return k;
    }

    private static long mixK1(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mixK2(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
