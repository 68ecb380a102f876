/**
 * The terminology model: a {@link org.glossa.core.glossary.Glossary} of {@link org.glossa.core.glossary.Concept}s,
 * each with {@link org.glossa.core.glossary.Term}s in several languages and a {@link org.glossa.core.glossary.TermStatus}.
 * Reading and writing are in {@code glossary.io}, recognising terms in text in {@code glossary.match}.
 */
package org.glossa.core.glossary;
