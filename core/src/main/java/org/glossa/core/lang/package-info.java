/** BCP 47 language tags: the one place that canonicalises, validates and compares them ({@link org.glossa.core.lang.LanguageTags}). */
package org.glossa.core.lang;
