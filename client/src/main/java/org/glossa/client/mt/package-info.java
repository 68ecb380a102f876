/**
 * HTTP clients of machine translation services, as core's {@link org.glossa.core.mt.MtProvider}: the DeepL API
 * ({@code POST /v2/translate}, {@code tag_handling=xml}) and the LibreTranslate API ({@code POST /translate},
 * {@code format=html}; LibreTranslate can run on premises). {@link org.glossa.client.mt.MtClients} makes the one the
 * settings name. Errors name the URL and the cause ({@link org.glossa.client.ClientException}).
 */
package org.glossa.client.mt;
