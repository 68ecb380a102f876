/**
 * The desktop editor's application: start-up (display and toolkit checks), the JavaFX application and the
 * workspace that wires windows to view models.
 */
package org.glossa.desktop;
