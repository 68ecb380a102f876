package org.glossa.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenHasherTest {
    @Test
    void verifiesTheSecretAndNothingElseWithASaltPerHash() {
        String secret = TokenHasher.newSecret();
        String h1 = TokenHasher.hash(secret);
        String h2 = TokenHasher.hash(secret);
        assertNotEquals(h1, h2, "salted");
        assertTrue(TokenHasher.verify(secret, h1));
        assertTrue(TokenHasher.verify(secret, h2));
        assertFalse(TokenHasher.verify(secret + "x", h1));
        assertFalse(TokenHasher.verify(secret, "$argon2i$v=19$m=8,t=1,p=1$AAAA$AAAA"));
        assertFalse(TokenHasher.verify(secret, "plain"));
    }
}
