package org.countygraph.serve;

import java.util.Optional;
import java.util.regex.Pattern;
import org.countygraph.CountyGraphException;

/**
 * The mapping between the public IRIs of entities (by default under
 * {@code https://w3id.org/countygraph/id/}) and this server's own paths, as in Pubby:
 * {@code <base>division/430223} is served at {@code /id/division/430223}, which answers 303 with
 * {@code /page/division/430223} (HTML) or {@code /data/division/430223.ttl} (and the other RDF
 * extensions).
 *
 * @param publicBase the IRI prefix of the entities this server answers for; ends with {@code /}
 */
public record IriMapping(String publicBase) {
    /** The default public base, the instance namespace of the vocabulary. */
    public static final String DEFAULT_BASE = org.countygraph.vocab.CG.ID;
    /** Where entity IRIs are dereferenced. */
    public static final String ID = "/id/";
    /** Where entity pages are. */
    public static final String PAGE = "/page/";
    /** Where entity descriptions in RDF are. */
    public static final String DATA = "/data/";

    private static final Pattern BASE = Pattern.compile("https?://[^\\s<>\"{}|^`\\\\]+/");

    public IriMapping {
        if (publicBase == null || !BASE.matcher(publicBase).matches()) {
            throw new CountyGraphException("public base must be an http(s) IRI ending with '/': " + publicBase);
        }
    }

    /** The suffix of an IRI under the public base, e.g. {@code division/430223}; empty for other IRIs. */
    public Optional<String> suffix(String iri) {
        if (iri == null || !iri.startsWith(publicBase) || iri.length() == publicBase.length()) return Optional.empty();
        return Optional.of(iri.substring(publicBase.length()));
    }

    /** True for an IRI this server answers for. */
    public boolean isLocal(String iri) { return suffix(iri).isPresent(); }

    /** The public IRI of a suffix. */
    public String iri(String suffix) { return publicBase + suffix; }

    /** The path that dereferences a local IRI, e.g. {@code /id/division/430223}. */
    public String idPath(String iri) { return ID + PathCodec.encodePath(require(iri)); }

    /** The path of a local IRI's page. */
    public String pagePath(String iri) { return PAGE + PathCodec.encodePath(require(iri)); }

    /** The path of a local IRI's description in one RDF syntax, e.g. {@code /data/division/430223.ttl}. */
    public String dataPath(String iri, Representation r) {
        if (r == Representation.HTML) return pagePath(iri);
        return DATA + PathCodec.encodePath(require(iri)) + "." + r.extension();
    }

    private String require(String iri) {
        return suffix(iri).orElseThrow(() -> new CountyGraphException("not under the public base " + publicBase + ": " + iri));
    }
}
