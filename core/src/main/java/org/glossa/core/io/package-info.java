/**
 * File and XML safety every writer and reader uses: atomic writes (temporary file in the same folder, forced, moved
 * into place), file locks, a file's identity (size, modification time, file key: whether it changed without reading
 * it), XML parsers that never fetch external entities, and byte counting for the bomb guards.
 */
package org.glossa.core.io;
