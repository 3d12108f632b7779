package org.countygraph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;
import org.countygraph.vocab.Terms;

/**
 * Reads the neighbourhood picture of an entity: the entity, the entities it links to and that link
 * to it, at most {@value #MAX_NEIGHBOURS} of them. Posts are drawn as an edge from the holder to
 * where the post is, labelled with the title; provenance nodes are left out. Structural links come
 * first, articles that merely mention the entity last.
 */
final class NeighbourhoodReader {
    static final int MAX_NEIGHBOURS = 40;
    private static final Set<Node> SKIPPED = Set.of(Terms.type, Terms.label, Terms.altLabel, ORG.holds, ORG.heldBy,
            ORG.postIn, Terms.wasDerivedFrom, CG.credit, CG.creditedPerson, CG.denotes, Terms.subject, Terms.object,
            Terms.predicate, CG.refArea, CG.inArticle, CG.sourceDocument, CG.hasArticle);

    private final Linker linker;
    private final Map<String, EntityView.GraphNode> nodes = new LinkedHashMap<>();
    private final Set<EntityView.GraphEdge> edges = new LinkedHashSet<>();

    NeighbourhoodReader(Linker linker) { this.linker = linker; }

    EntityView.Neighbourhood read(Node iri, List<EntityView.PostLine> posts, List<EntityView.PostLine> officials) {
        nodes.put(iri.getURI(), node(iri, true));
        for (EntityView.PostLine p : posts) if (p.where() != null) link(iri, uri(p.where()), p.title(), true);
        for (EntityView.PostLine p : officials) if (p.person() != null) link(uri(p.person()), iri, p.title(), false);
        for (Iterator<Triple> it = linker.graph().find(iri, Node.ANY, Node.ANY); it.hasNext(); ) {
            Triple t = it.next();
            if (!SKIPPED.contains(t.getPredicate()) && !t.getPredicate().equals(CG.mentions)) link(iri, t.getObject(), name(t.getPredicate()), true);
        }
        List<Triple> mentionedIn = new ArrayList<>();
        for (Iterator<Triple> it = linker.graph().find(Node.ANY, Node.ANY, iri); it.hasNext(); ) {
            Triple t = it.next();
            if (t.getPredicate().equals(CG.mentions)) mentionedIn.add(t);
            else if (!SKIPPED.contains(t.getPredicate())) link(t.getSubject(), iri, name(t.getPredicate()), false);
        }
        for (Iterator<Triple> it = linker.graph().find(iri, CG.mentions, Node.ANY); it.hasNext(); ) {
            link(iri, it.next().getObject(), name(CG.mentions), true);
        }
        for (Triple t : mentionedIn) link(t.getSubject(), iri, name(CG.mentions), false);
        return new EntityView.Neighbourhood(List.copyOf(nodes.values()), List.copyOf(edges));
    }

    private static Node uri(EntityView.Ref r) { return org.apache.jena.graph.NodeFactory.createURI(r.iri()); }

    private String name(Node p) { return linker.labels().term(p).zh(); }

    /** Adds an edge from {@code s} to {@code o} when the far end is an entity and there is room for it. */
    private void link(Node s, Node o, String label, boolean outgoing) {
        Node far = outgoing ? o : s;
        if (!far.isURI() || !linker.mapping().isLocal(far.getURI())) return;
        if (!nodes.containsKey(far.getURI())) {
            List<Node> types = linker.types(far);
            if (EntityClasses.isMachinery(types) || types.contains(ORG.Post) || types.contains(CG.Observation)) return;
            if (nodes.size() > MAX_NEIGHBOURS) return;
            nodes.put(far.getURI(), node(far, false));
        }
        edges.add(new EntityView.GraphEdge(s.getURI(), o.getURI(), label));
    }

    private EntityView.GraphNode node(Node n, boolean centre) {
        return new EntityView.GraphNode(n.getURI(), linker.labels().text(n), EntityClasses.category(linker.types(n)),
                linker.href(n), centre);
    }
}
