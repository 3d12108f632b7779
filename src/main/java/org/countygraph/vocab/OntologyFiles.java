package org.countygraph.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The files of {@code ontology/} that the jar carries: the OWL ontology, the SHACL shapes for the
 * whole graph and for one article graph, and the industry taxonomy.
 *
 * <p>Each is parsed from the classpath ({@code org/countygraph/ontology/}) on first use and shared
 * read-only afterwards; a missing file is an {@link UncheckedIOException} naming it.
 * Usage: {@code Graph onto = OntologyFiles.ontology();}
 */
public final class OntologyFiles {
    private OntologyFiles() {}

    private static final String BASE = "/org/countygraph/ontology/";
    private static final Map<String, Graph> PARSED = new ConcurrentHashMap<>();

    /** The OWL ontology, {@code countygraph.ttl}. */
    public static Graph ontology() { return graph("countygraph.ttl"); }

    /** The SHACL shapes for the union of all graphs with the reference graphs, {@code shapes.ttl}. */
    public static Graph shapes() { return graph("shapes.ttl"); }

    /** The SHACL shapes for one article graph on its own, {@code article-shapes.ttl}. */
    public static Graph articleShapes() { return graph("article-shapes.ttl"); }

    /** The SKOS industry taxonomy {@code cg:industries}, {@code industries.ttl}. */
    public static Graph industries() { return graph("industries.ttl"); }

    private static Graph graph(String file) {
        return PARSED.computeIfAbsent(file, OntologyFiles::parse);
    }

    private static Graph parse(String file) {
        try (InputStream in = OntologyFiles.class.getResourceAsStream(BASE + file)) {
            if (in == null) throw new UncheckedIOException(new IOException("bundled ontology file missing: " + BASE + file));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(CG.NS).parse(g);
            return new GraphReadOnly(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled ontology file " + BASE + file, e);
        }
    }
}
