/**
 * Writing the translated document: the original rebuilt with each translated block replaced by its units' targets.
 */
package org.glossa.core.merge;
