package org.glossa.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerResourceTest {
    @Test
    void memoryAndTermbaseUrlsInBothForms() {
        ServerResource m = ServerResource.parse("http://127.0.0.1:8080/memories/news");
        assertEquals(ServerResource.Kind.MEMORY, m.kind());
        assertEquals("news", m.name());
        assertEquals("http://127.0.0.1:8080", m.server().toString());
        assertEquals("http://127.0.0.1:8080/api/memories/news/lookup?q=x", m.api("/lookup?q=x").toString());

        ServerResource api = ServerResource.parse("http://127.0.0.1:8080/api/memories/news/");
        assertEquals(m, api);

        ServerResource t = ServerResource.parse("HTTPS://TM.Example.org/glossa/termbases/dw-en_de.2");
        assertEquals(ServerResource.Kind.TERMBASE, t.kind());
        assertEquals("dw-en_de.2", t.name());
        assertEquals("https://tm.example.org:443/glossa", t.server().toString());
        assertEquals("https://tm.example.org:443/glossa/termbases/dw-en_de.2", t.toString());
        assertEquals("https://tm.example.org:443/glossa/api/termbases/dw-en_de.2", t.api("").toString());
    }

    @Test
    void serverAddressesCompareEqualAcrossSpellings() {
        assertEquals(ServerAddress.parse("http://localhost"), ServerAddress.parse("http://LOCALHOST:80/"));
        assertEquals(ServerAddress.parse("http://h:8080"), ServerAddress.parse("http://h:8080/api"));
        assertEquals(ServerAddress.parse("http://h:8080"), ServerAddress.parse("http://h:8080/memories/news"));
        assertFalse(ServerAddress.parse("http://h:8080").equals(ServerAddress.parse("https://h:8080")));
        assertEquals("http://[::1]:8080", ServerAddress.parse("http://[::1]:8080/memories/x").toString());
    }

    @Test
    void urlsAreToldFromFileNames() {
        assertTrue(ServerAddress.isUrl("http://h/memories/x"));
        assertTrue(ServerAddress.isUrl(" HTTPS://h/termbases/x"));
        assertFalse(ServerAddress.isUrl("memories/news.tmx"));
        assertFalse(ServerAddress.isUrl("http.tmx"));
    }

    @Test
    void badUrlsAreRefusedNamingThem() {
        ClientException e = assertThrows(ClientException.class, () -> ServerResource.parse("http://h:8080/news"));
        assertEquals("http://h:8080/news", e.file());
        assertTrue(e.getMessage().contains("/memories/NAME"), e.getMessage());

        e = assertThrows(ClientException.class,
                () -> ServerResource.parse("http://h:8080/termbases/dw", ServerResource.Kind.MEMORY));
        assertEquals("http://h:8080/termbases/dw: this names a termbase, but a memory is expected here (…/memories/NAME)",
                e.describe());

        e = assertThrows(ClientException.class, () -> ServerResource.parse("http://h:8080/memories/a b"));
        assertTrue(e.describe().startsWith("http://h:8080/memories/a b: not a URL"), e.describe());

        e = assertThrows(ClientException.class, () -> ServerResource.parse("ftp://h/memories/x"));
        assertTrue(e.getMessage().contains("http:// or https://"), e.getMessage());

        e = assertThrows(ClientException.class, () -> ServerResource.parse("http://h/memories/x?y=1"));
        assertTrue(e.getMessage().contains("no ?query"), e.getMessage());
    }
}
