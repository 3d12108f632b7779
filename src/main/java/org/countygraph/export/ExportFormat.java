package org.countygraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A format CountyGraph exports to: RDF for other triple stores, property graphs for Gephi, yEd,
 * NetworkX and Neo4j, and pictures.
 */
public enum ExportFormat {
    /** Turtle: the union of the selected graphs' triples. */
    TTL("ttl", "ttl", "text/turtle", Kind.RDF),
    /** N-Triples, streamed: the union of the selected graphs' triples. */
    NT("nt", "nt", "application/n-triples", Kind.RDF),
    /** N-Quads, streamed: the selected quads with their graphs. */
    NQ("nq", "nq", "application/n-quads", Kind.RDF),
    /** TriG: the selected quads with their graphs. */
    TRIG("trig", "trig", "application/trig", Kind.RDF),
    /** JSON-LD 1.1: the selected quads with their graphs. */
    JSONLD("jsonld", "jsonld", "application/ld+json", Kind.RDF),
    /** RDF/XML: the union of the selected graphs' triples. */
    RDFXML("rdfxml", "rdf", "application/rdf+xml", Kind.RDF),
    /** GraphML, as read by yEd, Gephi, NetworkX and JGraphT. */
    GRAPHML("graphml", "graphml", "application/graphml+xml", Kind.PROPERTY_GRAPH),
    /** GEXF 1.3, Gephi's own format. */
    GEXF("gexf", "gexf", "application/gexf+xml", Kind.PROPERTY_GRAPH),
    /**
     * CSV files for Neo4j's bulk importer ({@code nodes.csv}, {@code relationships.csv}): into a
     * folder, or as one zip archive over HTTP.
     */
    CSV("csv", "zip", "application/zip", Kind.PROPERTY_GRAPH),
    /** Graphviz DOT. */
    DOT("dot", "dot", "text/vnd.graphviz", Kind.PICTURE),
    /** SVG drawn by CountyGraph itself, no Graphviz needed. */
    SVG("svg", "svg", "image/svg+xml", Kind.PICTURE);

    /** What a format writes. */
    public enum Kind { RDF, PROPERTY_GRAPH, PICTURE }

    private final String id;
    private final String extension;
    private final String mediaType;
    private final Kind kind;

    ExportFormat(String id, String extension, String mediaType, Kind kind) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
        this.kind = kind;
    }

    /** The format's name on the command line and in {@code ?format=}, e.g. {@code ttl}. */
    public String id() { return id; }

    /** The file extension of a single-file export (for {@code csv}: of the zip archive). */
    public String extension() { return extension; }

    /** The media type, without parameters. */
    public String mediaType() { return mediaType; }

    public Kind kind() { return kind; }

    /** True for the formats that write several files (only {@code csv}). */
    public boolean isMultiFile() { return this == CSV; }

    /** The media type with a charset where the type is text. */
    public String contentType() {
        return this == CSV ? mediaType : mediaType + "; charset=utf-8";
    }

    /** The format named {@code name}, case-insensitive; an unknown name is an {@link ExportException} naming it. */
    public static ExportFormat of(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (ExportFormat f : values()) if (f.id.equals(n)) return f;
        }
        throw new ExportException("unknown export format '" + name + "': use one of " + names());
    }

    /** The format names, comma-separated, for help and error messages. */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
