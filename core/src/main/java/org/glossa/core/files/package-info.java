/**
 * Files as Glossa finds them: which kind a file is ({@link org.glossa.core.files.FileKindDetector}, XLIFF, TMX,
 * glossaries; documents are {@code core.format}'s) and which files a glob selects ({@link org.glossa.core.files.PathGlob}).
 * Public API: the command line and the editor use it.
 */
package org.glossa.core.files;
