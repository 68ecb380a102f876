/**
 * How Glossa writes JSON ({@link org.glossa.core.output.Json}, Jackson) and CSV fields
 * ({@link org.glossa.core.output.Csv}), for core's reports and the command line's output alike. Public API.
 */
package org.glossa.core.output;
