/**
 * The command line ({@code glossa …}): thin picocli commands over core's services, the batch runner that takes
 * files in parallel and reports in input order, progress on standard error, and one exception handler that maps
 * failures to the exit codes (0 ok, 1 QA findings, 2 usage or input errors).
 */
package org.glossa.cli;
