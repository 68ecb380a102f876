package org.glossa.core.xliff;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Namespaces and value syntaxes of XLIFF 2.x. */
final class Xliff2Ns {
    private Xliff2Ns() {
    }

    static final String CORE_20 = "urn:oasis:names:tc:xliff:document:2.0";
    static final String CORE_22 = "urn:oasis:names:tc:xliff:document:2.2";
    static final String XML = XmlElement.XML_NS;
    static final String GLOSSA = "urn:glossa:xliff:1.0";
    static final String FS = "urn:oasis:names:tc:xliff:fs:2.0";
    static final String GLS = "urn:oasis:names:tc:xliff:glossary:2.0";
    static final String MTC = "urn:oasis:names:tc:xliff:matches:2.0";
    static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
    static final String RES = "urn:oasis:names:tc:xliff:resourcedata:2.0";
    static final String CTR = "urn:oasis:names:tc:xliff:changetracking:2.0";
    static final String SLR = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
    static final String VAL = "urn:oasis:names:tc:xliff:validation:2.0";
    static final String ITS = "http://www.w3.org/2005/11/its";
    static final String ITSM = "urn:oasis:names:tc:xliff:itsm:2.1";

    /** Element names each module defines (an unknown name in a module namespace is an error). */
    static final Map<String, Set<String>> MODULE_ELEMENTS = Map.of(
            GLS, Set.of("glossary", "glossEntry", "term", "translation", "definition"),
            MTC, Set.of("matches", "match"),
            MDA, Set.of("metadata", "metaGroup", "meta"),
            RES, Set.of("resourceData", "resourceItem", "resourceItemRef", "source", "target", "reference"),
            CTR, Set.of("changeTrack", "revisions", "revision", "item"),
            SLR, Set.of("profiles", "normalization", "data"),
            VAL, Set.of("validation", "rule"));

    /** Attribute names each module defines for use on core elements. */
    static final Map<String, Set<String>> MODULE_ATTRIBUTES = Map.of(
            FS, Set.of("fs", "subFs"),
            SLR, Set.of("storageRestriction", "sizeRestriction", "equivStorage", "sizeInfo", "sizeInfoRef"));

    /** Fragment-identifier prefixes: core, modules and registered extensions. */
    static final Set<String> FRAGMENT_PREFIXES = Set.of("f", "g", "u", "n", "d", "t",
            "mtc", "gls", "mda", "res", "ctr", "slr", "val", "its", "tbx");

    static final Pattern NMTOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}._:\\-\\u00B7]+");
    static final Pattern PREFIXED_VALUE = Pattern.compile("[\\p{L}_][\\p{L}\\p{M}\\p{N}._\\-]*:.+");
    static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    static final Pattern POSITIVE_INT = Pattern.compile("0*[1-9][0-9]*");
    static final Pattern NON_NEGATIVE_INT = Pattern.compile("[0-9]+");
    /** BCP 47 well-formedness (RFC 5646 syntax, without the registry). */
    static final Pattern BCP47 = Pattern.compile(
            "(?i)(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?"
                    + "(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*"
                    + "(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+|i-[a-z]{2,8}|en-gb-oed|sgn-[a-z]{2}-[a-z]{2,3})");

    static boolean isCore(String ns) {
        return CORE_20.equals(ns) || CORE_22.equals(ns);
    }
}
