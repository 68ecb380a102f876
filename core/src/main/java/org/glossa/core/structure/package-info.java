/**
 * Article structure: which block of a news article is the title, dateline, lead, heading, caption, credit, byline,
 * body or page furniture, from markup and styles where there are any and from the text where there are none.
 */
package org.glossa.core.structure;
