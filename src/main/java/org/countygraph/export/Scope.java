package org.countygraph.export;

import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.rdf.ArticleGraphWriter;

/**
 * A resolved {@link Selection}: the graph an export reads (one named graph, or all of them) and,
 * when a filter picks nodes, the set of subjects whose statements it takes. Read it inside a read
 * transaction on the dataset.
 */
public final class Scope {
    /** Nodes in a stable order, so that exports are the same from run to run. */
    static final Comparator<Node> ORDER = Comparator.comparing(Node::toString);

    private final DatasetGraph dsg;
    private final Node graph;
    private final Set<Node> nodes;

    /**
     * @param graph the one named graph to read, or null for all graphs
     * @param nodes the subjects to take, or null for all
     */
    Scope(DatasetGraph dsg, Node graph, Set<Node> nodes) {
        this.dsg = dsg;
        this.graph = graph;
        if (nodes == null) {
            this.nodes = null;
        } else {
            TreeSet<Node> sorted = new TreeSet<>(ORDER);
            sorted.addAll(nodes);
            this.nodes = Collections.unmodifiableSet(sorted);
        }
    }

    /** The whole of a dataset. */
    public static Scope all(DatasetGraph dsg) { return new Scope(dsg, null, null); }

    public DatasetGraph dataset() { return dsg; }

    /** The one named graph read, if the selection names one. */
    public Optional<Node> graph() { return Optional.ofNullable(graph); }

    /** The subjects taken, if a filter picks nodes; empty when every subject is taken. */
    public Optional<Set<Node>> nodes() { return Optional.ofNullable(nodes); }

    /** The graph name to pass to {@code DatasetGraph.find}: the selected graph or any. */
    Node graphOrAny() { return graph == null ? Node.ANY : graph; }

    /** The triples of the scope's graph: the named graph, or the default graph and the union of the named graphs. */
    public Graph view() { return view(dsg, graph); }

    static Graph view(DatasetGraph dsg, Node graph) {
        if (graph != null) return dsg.getGraph(graph);
        Graph dft = dsg.getDefaultGraph();
        return dft.isEmpty() ? dsg.getUnionGraph() : new Union(dft, dsg.getUnionGraph());
    }

    /**
     * The selected quads, streamed from the dataset. A selection of one article graph also takes the
     * names of its subjects from the names graph, where an entity's labels are kept once.
     */
    public Iterator<Quad> quads() {
        if (nodes == null) {
            if (graph == null) return dsg.find();
            return Iter.concat(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY), names(subjectsOfGraph()));
        }
        Node g = graphOrAny();
        Iterator<Quad> own = Iter.flatMap(nodes.iterator(), n -> dsg.find(g, n, Node.ANY, Node.ANY));
        return graph == null ? own : Iter.concat(own, names(nodes));
    }

    /** The selected triples (each once, whatever the graphs holding it), streamed from the dataset; names as for {@link #quads()}. */
    public Iterator<Triple> triples() {
        if (nodes == null && graph == null) return UnionTriples.find(dsg);
        Graph v = view();
        if (nodes == null) return Iter.concat(v.find(), Iter.map(names(subjectsOfGraph()), Quad::asTriple));
        Iterator<Triple> own = Iter.flatMap(nodes.iterator(), n -> v.find(n, Node.ANY, Node.ANY));
        return Iter.concat(own, Iter.map(names(nodes), Quad::asTriple));
    }

    /** The names-graph quads of {@code subjects}, unless the selected graph is the names graph itself. */
    private Iterator<Quad> names(Set<Node> subjects) {
        if (graph == null || graph.equals(ArticleGraphWriter.NAMES)) return Iter.nullIterator();
        return Iter.flatMap(subjects.iterator(), n -> dsg.find(ArticleGraphWriter.NAMES, n, Node.ANY, Node.ANY));
    }

    /** The subjects of the selected graph, in a stable order (an article graph: small). */
    private Set<Node> subjectsOfGraph() {
        TreeSet<Node> out = new TreeSet<>(ORDER);
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }
}
