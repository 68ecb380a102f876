/**
 * Document formats: detecting a file's format (Tika's registry), reading it into blocks and writing a translated
 * document back (plain text, HTML, DOCX and Markdown through Okapi, PDF extraction only), with the guards against
 * hostile input (zip bombs, wrong encodings).
 */
package org.glossa.core.format;
