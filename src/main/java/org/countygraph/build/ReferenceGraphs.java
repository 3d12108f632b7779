package org.countygraph.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.countygraph.extract.Gazetteer;
import org.countygraph.rdf.DivisionGraph;
import org.countygraph.store.GraphStore;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.OntologyFiles;
import org.countygraph.vocab.Vocab;

/**
 * The reference graphs every store holds next to the article graphs, each in a named graph of its
 * own under {@code https://w3id.org/countygraph/graph/}: the ontology, the SHACL shapes, the
 * industry taxonomy and the division gazetteer. They let the endpoint answer schema questions, let
 * pages show property labels, and link every extracted division to its code, prefecture and
 * province. Usage: {@code ReferenceGraphs.loadInto(store)}, or {@code addTo(dataset)} in memory.
 */
public final class ReferenceGraphs {
    private ReferenceGraphs() {}

    public static final Node ONTOLOGY = name("ontology");
    public static final Node SHAPES = name("shapes");
    public static final Node ARTICLE_SHAPES = name("article-shapes");
    public static final Node INDUSTRIES = name("industries");
    public static final Node DIVISIONS = name("divisions");

    private static final Node VERSION_INFO = NodeFactory.createURI(Vocab.OWL + "versionInfo");
    private static final Map<Graph, Optional<String>> FINGERPRINTS = Collections.synchronizedMap(new IdentityHashMap<>());
    private static volatile List<Named> bundled;

    /** One reference graph and the name it is stored under. */
    public record Named(Node name, Graph graph) {
        public Named {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(graph, "graph");
        }
    }

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

    /**
     * Replaces each reference graph in the store with the bundled one, one transaction per graph,
     * and returns how many it replaced. A graph without blank nodes carries its fingerprint
     * ({@code <graph> owl:versionInfo "sha256:..."}) and is skipped while the store's copy has the
     * same one: the gazetteer and the taxonomy are most of the work. Graphs with blank nodes (the
     * ontology and the shapes, which are small) are always replaced, as blank node labels change
     * from parse to parse.
     */
    public static int loadInto(GraphStore store) {
        int replaced = 0;
        for (Named n : bundled()) {
            Optional<Node> version = fingerprint(n.graph()).map(NodeFactory::createLiteralString);
            if (version.isPresent() && store.hasTriple(n.name(), n.name(), VERSION_INFO, version.get())) continue;
            Graph g = n.graph();
            if (version.isPresent()) {
                g = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(g, n.graph());
                g.add(Triple.create(n.name(), VERSION_INFO, version.get()));
            }
            store.replaceGraph(n.name(), g);
            replaced++;
        }
        return replaced;
    }

    /** Adds the reference graphs to an in-memory dataset as named graphs (replacing any of the same name). */
    public static void addTo(DatasetGraph ds) {
        for (Named n : bundled()) {
            ds.removeGraph(n.name());
            n.graph().find().forEachRemaining(t -> ds.add(n.name(), t.getSubject(), t.getPredicate(), t.getObject()));
        }
    }

    /** A SHA-256 of the graph's sorted N-Triples, or empty when it has blank nodes. */
    static Optional<String> fingerprint(Graph g) {
        return FINGERPRINTS.computeIfAbsent(g, ReferenceGraphs::computeFingerprint);
    }

    private static Optional<String> computeFingerprint(Graph g) {
        List<String> lines = new ArrayList<>();
        for (Triple t : g.find().toList()) {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) return Optional.empty();
            lines.add(NodeFmtLib.str(t));
        }
        Collections.sort(lines);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            return Optional.of("sha256:" + HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node name(String local) { return NodeFactory.createURI(CG.GRAPH + local); }
}
