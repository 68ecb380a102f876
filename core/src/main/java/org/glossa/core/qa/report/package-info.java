/**
 * QA reports: the outcome of a run written as text, JSON, CSV or one self-contained HTML page. The JSON keys and
 * their order are a contract scripts rely on.
 */
package org.glossa.core.qa.report;
