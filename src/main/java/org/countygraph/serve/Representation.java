package org.countygraph.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * A representation the server can give of an entity: its HTML page or its description in one RDF
 * syntax. Each has the media types it answers to, a file extension for {@code /data/...} URLs and
 * the names {@code ?format=} accepts.
 */
public enum Representation {
    HTML("HTML", null, List.of("text/html", "application/xhtml+xml"), "html", List.of("html", "page")),
    TURTLE("Turtle", RDFFormat.TURTLE_PRETTY, List.of("text/turtle", "application/x-turtle"), "ttl", List.of("ttl", "turtle")),
    JSONLD("JSON-LD", RDFFormat.JSONLD, List.of("application/ld+json", "application/json"), "jsonld", List.of("jsonld", "json-ld", "json")),
    NTRIPLES("N-Triples", RDFFormat.NTRIPLES_UTF8, List.of("application/n-triples"), "nt", List.of("nt", "ntriples", "n-triples")),
    RDFXML("RDF/XML", RDFFormat.RDFXML_PLAIN, List.of("application/rdf+xml", "application/xml"), "rdf", List.of("rdf", "rdfxml", "xml", "rdf-xml"));

    /** The RDF syntaxes, in the order the server prefers them. */
    public static final List<Representation> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    /** Everything an entity IRI can be served as, the page first. */
    public static final List<Representation> ALL = List.of(HTML, TURTLE, JSONLD, NTRIPLES, RDFXML);

    private final String displayName;
    private final RDFFormat format;
    private final List<String> mediaTypes;
    private final String extension;
    private final List<String> names;

    Representation(String displayName, RDFFormat format, List<String> mediaTypes, String extension, List<String> names) {
        this.displayName = displayName;
        this.format = format;
        this.mediaTypes = mediaTypes;
        this.extension = extension;
        this.names = names;
    }

    /** A human name, e.g. {@code Turtle}. */
    public String displayName() { return displayName; }

    /** The Jena writer format; null for {@link #HTML}. */
    public RDFFormat format() { return format; }

    /** The media types this answers to, the canonical one first. */
    public List<String> mediaTypes() { return mediaTypes; }

    /** The canonical media type, sent as {@code Content-Type}. */
    public String mediaType() { return mediaTypes.get(0); }

    /** The file extension used in {@code /data/...} URLs, without the dot. */
    public String extension() { return extension; }

    /** The representation a {@code ?format=} value names, ignoring case; empty when it names none. */
    public static Optional<Representation> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.names.contains(n) || r.mediaTypes.contains(n)) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** The RDF representation with this file extension; empty when none has it. */
    public static Optional<Representation> byExtension(String ext) {
        for (Representation r : RDF) if (r.extension.equals(ext)) return Optional.of(r);
        return Optional.empty();
    }
}
