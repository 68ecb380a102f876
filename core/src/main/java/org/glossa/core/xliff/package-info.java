/**
 * XLIFF in and out: Glossa's writers for 1.2 and 2.1 (valid against the OASIS schemas) and readers for XLIFF
 * 1.0–2.2 from any tool, XLIFF 2 checked against the specification's processing requirements
 * (see docs/decisions/0001-xliff-conventions.md).
 */
package org.glossa.core.xliff;
