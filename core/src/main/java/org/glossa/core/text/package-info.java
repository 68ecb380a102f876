/**
 * Small text utilities every layer uses: word counts by ICU word boundaries and 128-bit text keys for sets and
 * indexes that would otherwise hold the texts.
 */
package org.glossa.core.text;
