/**
 * The glossary checks of QA: {@code term-missing} and {@code term-forbidden}, with source and target terms
 * recognised in their inflected forms. Each check carries its own good and bad examples.
 */
package org.glossa.core.qa.term;
