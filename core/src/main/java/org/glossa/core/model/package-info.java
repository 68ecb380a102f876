/**
 * The one data model: a {@link org.glossa.core.model.Document} of {@link org.glossa.core.model.Unit}s (each with a
 * {@link org.glossa.core.model.Role}), each a sequence of {@link org.glossa.core.model.Segment}s and
 * {@link org.glossa.core.model.Ignorable}s whose text is {@link org.glossa.core.model.Content} with inline codes.
 * Immutable records; XLIFF is how the model travels. Depends on nothing but the JDK.
 */
package org.glossa.core.model;
