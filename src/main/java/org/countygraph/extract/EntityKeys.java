package org.countygraph.extract;

import java.util.regex.Pattern;

/**
 * Builds the identity keys of entities; a key is the path of the entity's IRI under
 * {@code https://w3id.org/countygraph/id/}. See {@code docs/IDENTITY.md} for the rules.
 */
public final class EntityKeys {
    private EntityKeys() {}

    /** Characters that may not stand in an IRI path segment, replaced by {@code _}. */
    private static final Pattern UNSAFE = Pattern.compile("[\\s<>\"{}|\\\\^`#?%/\\[\\]@'()*+,;=&$!:]");

    /** A path segment made safe: unsafe characters become {@code _}. */
    public static String segment(String s) {
        String out = UNSAFE.matcher(s.strip()).replaceAll("_");
        if (out.isEmpty()) throw new ExtractException("empty key segment from '" + s + "'");
        return out;
    }

    public static String division(String code) { return "division/" + segment(code); }

    /** A place the gazetteer does not list, qualified by the code of the division it lies in, if known. */
    public static String place(String name, String parentCode) {
        return "place/" + (parentCode == null ? "" : segment(parentCode) + "/") + segment(name);
    }

    public static String person(String name, String qualifier) {
        return "person/" + segment(name) + "/" + segment(qualifier);
    }

    public static String organization(EntityKind kind, String name) {
        String family = switch (kind) {
            case ENTERPRISE -> "enterprise";
            case GOVERNMENT_BODY -> "body";
            default -> "organization";
        };
        return family + "/" + segment(name);
    }

    public static String industry(String name) { return "industry/" + segment(name); }

    public static String initiative(String name, String launcher) {
        String bare = name.replaceAll("[“”‘’\"'「」『』]", "");
        return "initiative/" + (launcher == null ? "" : segment(launcher) + "/") + segment(bare.isBlank() ? name : bare);
    }

    public static String project(String name) { return "project/" + segment(name); }
}
