package org.countygraph.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;

/**
 * Turns a {@link Selection} into a {@link Scope} over a dataset. Requires a read transaction.
 *
 * <ul>
 *   <li>types: the subjects with {@code rdf:type} one of the classes (types are written with their
 *       superclasses, so {@code cg:Place} finds counties too);</li>
 *   <li>area: the place itself, what is {@code cg:partOf}, {@code cg:locatedIn}, {@code org:postIn},
 *       {@code cg:refArea} or {@code cg:launchedBy} it or anything so linked to it, transitively,
 *       and the people who hold a post there;</li>
 *   <li>around: the entities reached in at most {@code depth} links, either direction; articles
 *       are reached but not gone through, so that one article does not pull in all it mentions.</li>
 * </ul>
 *
 * For RDF exports the provenance of the picked nodes comes along: the {@code cg:Mention}s that
 * denote them, the reified statements about them, the sentences these derive from and the credits
 * of picked articles. The queries take their values as bound variables, never as text, and each
 * has a timeout.
 */
final class ScopeResolver {
    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/countygraph/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            """;
    private static final Query OF_TYPE = QueryFactory.create("SELECT DISTINCT ?x WHERE { ?x a ?type }");
    private static final String IN = "(cg:partOf|cg:locatedIn|org:postIn|cg:refArea|cg:launchedBy)*";
    private static final Query IN_AREA = QueryFactory.create(PREFIXES + "SELECT DISTINCT ?x WHERE { { ?x " + IN
            + " ?area } UNION { ?x org:holds/" + IN + " ?area } }");

    private final DatasetGraph dsg;
    private final long timeoutMillis;

    ScopeResolver(DatasetGraph dsg, long timeoutMillis) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
    }

    /** Resolves a selection; with {@code provenance}, the provenance of picked nodes is added. */
    Scope resolve(Selection sel, boolean provenance) {
        Node g = sel.graph().orElse(null);
        if (g != null && !dsg.containsGraph(g)) throw new NoSuchNodeException("no graph <" + g.getURI() + "> in the data");
        Graph view = Scope.view(dsg, g);
        Set<Node> nodes = null;
        if (!sel.types().isEmpty()) nodes = ofTypes(view, sel.types());
        if (sel.area().isPresent()) nodes = intersect(nodes, inArea(view, sel.area().get()));
        if (sel.around().isPresent()) nodes = intersect(nodes, around(view, sel.around().get(), sel.depth()));
        if (nodes != null && provenance) nodes.addAll(provenanceOf(view, nodes));
        return new Scope(dsg, g, nodes);
    }

    private static Set<Node> intersect(Set<Node> a, Set<Node> b) {
        if (a == null) return b;
        a.retainAll(b);
        return a;
    }

    private Set<Node> ofTypes(Graph view, List<Node> types) {
        Set<Node> out = new HashSet<>();
        for (Node t : types) out.addAll(select(view, OF_TYPE, "type", t));
        return out;
    }

    private Set<Node> inArea(Graph view, Node area) {
        if (!view.contains(area, Node.ANY, Node.ANY) && !view.contains(Node.ANY, Node.ANY, area)) {
            throw new NoSuchNodeException("no area <" + area.getURI() + "> in the data");
        }
        return select(view, IN_AREA, "area", area);
    }

    private Set<Node> select(Graph view, Query query, String var, Node value) {
        Set<Node> out = new HashSet<>();
        try (QueryExec qe = QueryExec.graph(view).query(query).substitution(Var.alloc(var), value)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(b -> {
                Node x = b.get("x");
                if (x != null && !x.isLiteral()) out.add(x);
            });
        } catch (QueryCancelledException e) {
            throw new ExportException("selecting " + var + " <" + value + "> took longer than " + timeoutMillis + " ms", e);
        }
        return out;
    }

    private Set<Node> around(Graph view, Node start, int depth) {
        Map<Node, Boolean> entity = new HashMap<>();
        if (!EntityClasses.isEntity(view, start)) throw new NoSuchNodeException("no entity <" + start.getURI() + "> in the data");
        Set<Node> seen = new HashSet<>(Set.of(start));
        Deque<Node> frontier = new ArrayDeque<>(List.of(start));
        for (int d = 1; d <= depth; d++) {
            Deque<Node> next = new ArrayDeque<>();
            for (Node n : frontier) {
                if (!n.equals(start) && view.contains(n, Terms.type, CG.Article)) continue;
                for (Node m : neighbours(view, n)) {
                    if (!seen.contains(m) && entity.computeIfAbsent(m, x -> EntityClasses.isEntity(view, x))) {
                        seen.add(m);
                        next.add(m);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    private static Set<Node> neighbours(Graph view, Node n) {
        Set<Node> out = new HashSet<>();
        view.find(n, Node.ANY, Node.ANY).forEach(t -> {
            if (!t.getPredicate().equals(Terms.type) && !t.getObject().isLiteral()) out.add(t.getObject());
        });
        view.find(Node.ANY, Node.ANY, n).forEach(t -> out.add(t.getSubject()));
        return out;
    }

    private static Set<Node> provenanceOf(Graph view, Set<Node> nodes) {
        Set<Node> records = new HashSet<>();
        for (Node n : nodes) {
            view.find(Node.ANY, CG.denotes, n).forEach(t -> records.add(t.getSubject()));
            view.find(Node.ANY, Terms.subject, n).forEach(t -> records.add(t.getSubject()));
            view.find(n, CG.credit, Node.ANY).forEach(t -> records.add(t.getObject()));
        }
        Set<Node> sentences = new HashSet<>();
        for (Node n : nodes) view.find(n, Terms.wasDerivedFrom, Node.ANY).forEach(t -> sentences.add(t.getObject()));
        for (Node n : records) view.find(n, Terms.wasDerivedFrom, Node.ANY).forEach(t -> sentences.add(t.getObject()));
        records.addAll(sentences);
        return records;
    }
}
