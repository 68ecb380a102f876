/**
 * Translation projects: a folder with {@code glossa-project.properties} naming its languages, sources, glossaries
 * and memories (paths and globs), read and written in a form a person can edit.
 */
package org.glossa.core.project;
