/**
 * Machine translation behind a small provider interface: {@link org.glossa.core.mt.MtProvider} (a service's language
 * pairs and batch translation of texts whose inline codes are {@code <x id="N"/>} placeholders), and
 * {@link org.glossa.core.mt.MachineTranslator}, which protects and restores the codes ({@link org.glossa.core.mt.MtCodes}),
 * batches, keeps a persistent cache ({@link org.glossa.core.mt.MtCache}), limits the request rate and passes glossary
 * hints. Its suggestions are never above 99 and never final: {@link org.glossa.core.mt.MtPreTranslator} fills empty
 * targets as unconfirmed; {@link org.glossa.core.mt.MtSuggestions} offers them as memory matches marked "MT". The HTTP
 * clients (DeepL API, LibreTranslate API) are in the client module ({@code org.glossa.client.mt}); off unless
 * configured ({@link org.glossa.core.mt.MtSettings}).
 */
package org.glossa.core.mt;
