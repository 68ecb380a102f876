/**
 * Match analysis for quoting: words and segments of each file in match bands against memories, with repetitions
 * within and across files, written as text, JSON, CSV or HTML.
 */
package org.glossa.core.analysis;
