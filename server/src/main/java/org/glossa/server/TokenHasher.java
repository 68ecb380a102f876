package org.glossa.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes API tokens with Argon2id (Bouncy Castle's implementation, pure Java: no native library to install), with a
 * random 16-byte salt per token, stored in the PHC string form {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}
 * (OWASP's minimum parameters). Only the hash is stored; the token is shown once.
 */
final class TokenHasher {
    private static final int MEMORY_KB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private TokenHasher() {
    }

    /** A new random secret: 32 bytes, URL-safe Base64. */
    static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] h = argon2(secret, salt, MEMORY_KB, ITERATIONS, PARALLELISM);
        return "$argon2id$v=19$m=" + MEMORY_KB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(h);
    }

    /** Whether {@code secret} matches a hash made by {@link #hash} (constant-time comparison). */
    static boolean verify(String secret, String phc) {
        String[] p = phc.split("\\$");
        if (p.length != 6 || !p[1].equals("argon2id")) return false;
        int m = 0, t = 0, par = 0;
        for (String kv : p[3].split(",")) {
            String[] x = kv.split("=", 2);
            if (x.length != 2) return false;
            int v = Integer.parseInt(x[1]);
            switch (x[0]) {
                case "m" -> m = v;
                case "t" -> t = v;
                case "p" -> par = v;
                default -> {
                    return false;
                }
            }
        }
        byte[] expected = B64D.decode(p[5]);
        return MessageDigest.isEqual(expected, argon2(secret, B64D.decode(p[4]), m, t, par));
    }

    private static byte[] argon2(String secret, byte[] salt, int memoryKb, int iterations, int parallelism) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKb).withIterations(iterations).withParallelism(parallelism)
                .withSalt(salt).build();
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(params);
        byte[] out = new byte[HASH_BYTES];
        g.generateBytes(secret.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
