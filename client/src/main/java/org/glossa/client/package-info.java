/**
 * Glossa's HTTP clients of services: memories, termbases and change events of a Glossa server
 * (docs/server-api.md). Core stays free of web code; the CLI and the desktop editor use this module wherever they
 * accept a server URL instead of a file.
 *
 * <h2>The API (small and stable)</h2>
 * <ul>
 *   <li>{@link org.glossa.client.ServerResource#parse(String)}: {@code http(s)://HOST:PORT/memories/NAME} or
 *       {@code …/termbases/NAME} (also the {@code …/api/memories/NAME} form); {@link org.glossa.client.ServerAddress}
 *       is the server part, {@link org.glossa.client.ServerAddress#isUrl(String)} tells a URL from a file name.</li>
 *   <li>{@link org.glossa.client.Credentials}: the token from {@code GLOSSA_TOKEN}, else from
 *       {@code ~/.config/glossa/credentials} (lines {@code URL TOKEN}; refused when others may read it).</li>
 *   <li>{@link org.glossa.client.ServerConnection#open(ServerAddress)}: one server with its token; gives
 *       {@link org.glossa.client.RemoteMemory} (a core {@link org.glossa.core.tm.MemoryLookup}; {@code check},
 *       {@code add}, {@code importTmx}, {@code concordance}, {@code delete}), {@link org.glossa.client.RemoteTermbase} ({@code load()} → core
 *       {@link org.glossa.core.glossary.Glossary}) and {@link org.glossa.client.EventStream} (server-sent events,
 *       reconnecting with {@code Last-Event-ID}).</li>
 *   <li>Every failure is a {@link org.glossa.client.ClientException} (an {@link org.glossa.core.InputException}
 *       whose "file" is the URL): the message names the URL and the cause; the CLI prints it and exits 2.</li>
 * </ul>
 * Sub-packages add clients of other services (e.g. machine translation) on the same footing.
 */
package org.glossa.client;
