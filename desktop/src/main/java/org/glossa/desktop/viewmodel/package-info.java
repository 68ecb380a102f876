/**
 * The editor's logic (MVVM): view models in JavaFX properties, tested without a window. No UI nodes here
 * ({@code DesktopArchitectureTest}).
 */
package org.glossa.desktop.viewmodel;
