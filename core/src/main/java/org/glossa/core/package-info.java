/**
 * Glossa's core library: everything the command line, the desktop editor, the server and the Spark jobs share.
 * Only {@link org.glossa.core.InputException} lives here: unreadable or invalid input, naming the file (and line:column
 * for XML), which every front end shows without a stack trace.
 *
 * <p>Layering (checked by {@code CoreArchitectureTest}): {@code model} depends on nothing; no two packages depend on
 * each other in a cycle; core knows no UI, command-line, web, database or Spark library and never prints.
 */
package org.glossa.core;
