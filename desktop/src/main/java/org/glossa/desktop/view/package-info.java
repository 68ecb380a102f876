/**
 * The editor's views: JavaFX nodes bound to the view models. Views hold no logic of their own.
 */
package org.glossa.desktop.view;
