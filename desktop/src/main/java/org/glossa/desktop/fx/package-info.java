/**
 * The one discipline for background work in the editor: tasks run off the JavaFX thread and hand their results
 * back to it.
 */
package org.glossa.desktop.fx;
