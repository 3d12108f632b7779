package org.countygraph.build;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.countygraph.extract.Gazetteer;
import org.countygraph.rdf.DivisionGraph;
import org.countygraph.store.GraphStore;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.OntologyFiles;

/**
 * The reference graphs every store holds next to the article graphs, each in a named graph of its
 * own under {@code https://w3id.org/countygraph/graph/}: the ontology, the SHACL shapes, the
 * industry taxonomy and the division gazetteer. They let the endpoint answer schema questions, let
 * pages show property labels, and link every extracted division to its code, prefecture and
 * province.
 */
public final class ReferenceGraphs {
    private ReferenceGraphs() {}

    public static final Node ONTOLOGY = name("ontology");
    public static final Node SHAPES = name("shapes");
    public static final Node ARTICLE_SHAPES = name("article-shapes");
    public static final Node INDUSTRIES = name("industries");
    public static final Node DIVISIONS = name("divisions");

    /** One reference graph and the name it is stored under. */
    public record Named(Node name, Graph graph) {
        public Named {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(graph, "graph");
        }
    }

    private static volatile List<Named> bundled;

    /** The reference graphs bundled with CountyGraph, built on first use. */
    public static List<Named> bundled() {
        List<Named> b = bundled;
        if (b == null) {
            synchronized (ReferenceGraphs.class) {
                if (bundled == null) {
                    bundled = List.of(
                            new Named(ONTOLOGY, OntologyFiles.ontology()),
                            new Named(SHAPES, OntologyFiles.shapes()),
                            new Named(ARTICLE_SHAPES, OntologyFiles.articleShapes()),
                            new Named(INDUSTRIES, OntologyFiles.industries()),
                            new Named(DIVISIONS, DivisionGraph.of(Gazetteer.bundled())));
                }
                b = bundled;
            }
        }
        return b;
    }

    /** Replaces each reference graph in the store with the bundled one, one transaction per graph. */
    public static void loadInto(GraphStore store) {
        for (Named n : bundled()) store.replaceGraph(n.name(), n.graph());
    }

    /** Adds the reference graphs to an in-memory dataset as named graphs (replacing any of the same name). */
    public static void addTo(DatasetGraph ds) {
        for (Named n : bundled()) {
            ds.removeGraph(n.name());
            n.graph().find().forEachRemaining(t -> ds.add(n.name(), t.getSubject(), t.getPredicate(), t.getObject()));
        }
    }

    private static Node name(String local) { return NodeFactory.createURI(CG.GRAPH + local); }
}
