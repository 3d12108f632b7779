package org.countygraph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;
import org.countygraph.vocab.Vocab;

/**
 * Turns nodes into {@link EntityView.Ref}s: display text from {@link Labels}, and a link to the
 * node's page when it is one of ours, to itself when it is an outside {@code http(s)} IRI, to
 * nothing otherwise (so that {@code javascript:} IRIs never become links).
 */
final class Linker {
    private static final PrefixMapping PREFIXES = Vocab.prefixMapping();
    private final Graph g;
    private final Labels labels;
    private final IriMapping mapping;

    Linker(Graph g, Labels labels, IriMapping mapping) {
        this.g = g;
        this.labels = labels;
        this.mapping = mapping;
    }

    Labels labels() { return labels; }

    Graph graph() { return g; }

    IriMapping mapping() { return mapping; }

    /** The link target of a node, or null. */
    String href(Node n) {
        if (!n.isURI()) return null;
        String iri = n.getURI();
        if (mapping.isLocal(iri)) return mapping.pagePath(iri);
        return Html.isSafeHref(iri) && !iri.startsWith("/") ? iri : null;
    }

    /** A node as a value: literal text with its language or datatype, or an entity by its name. */
    EntityView.Ref ref(Node n) {
        if (n.isLiteral()) {
            String note = !n.getLiteralLanguage().isEmpty() ? "@" + n.getLiteralLanguage()
                    : n.getLiteralDatatypeURI().equals(Vocab.XSD + "string") ? null : PREFIXES.shortForm(n.getLiteralDatatypeURI());
            return new EntityView.Ref(n.getLiteralLexicalForm(), null, null, true, note);
        }
        String iri = n.isURI() ? n.getURI() : null;
        return new EntityView.Ref(labels.text(n), href(n), iri, false, null);
    }

    /** A node with the name of its most specific class as a note. */
    EntityView.Ref refWithClass(Node n) {
        EntityView.Ref r = ref(n);
        Node cls = EntityClasses.mostSpecific(types(n));
        return cls == null ? r : new EntityView.Ref(r.text(), r.href(), r.iri(), r.literal(), labels.term(cls).zh());
    }

    /** A class, linked to the list of its members when it is one of the vocabulary's. */
    EntityView.Ref classRef(Node cls) {
        String href = cls.isURI() && cls.getURI().startsWith(CG.NS) ? ListPage.path(cls) : null;
        return new EntityView.Ref(labels.term(cls).both(), href, cls.isURI() ? cls.getURI() : null, false, null);
    }

    /** A property by its name. */
    EntityView.Ref propertyRef(Node p) {
        return new EntityView.Ref(labels.term(p).both(), null, p.getURI(), false, null);
    }

    /** A property read backwards by its inverse name. */
    EntityView.Ref inverseRef(Node p) {
        return new EntityView.Ref(labels.inverse(p).both(), null, p.getURI(), false, null);
    }

    /** The classes of a node. */
    List<Node> types(Node n) { return objects(n, Terms.type); }

    /** The objects of {@code (s, p, ?)}. */
    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        for (Iterator<Triple> it = g.find(s, p, Node.ANY); it.hasNext(); ) out.add(it.next().getObject());
        return out;
    }

    /** The subjects of {@code (?, p, o)}. */
    List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        for (Iterator<Triple> it = g.find(Node.ANY, p, o); it.hasNext(); ) out.add(it.next().getSubject());
        return out;
    }

    /** The first literal of {@code (s, p, ?)} by lexical order, or null. */
    String literal(Node s, Node p) {
        String best = null;
        for (Node o : objects(s, p)) {
            if (o.isLiteral() && (best == null || o.getLiteralLexicalForm().compareTo(best) < 0)) best = o.getLiteralLexicalForm();
        }
        return best;
    }

    /** The first IRI object of {@code (s, p, ?)} by IRI order, or null. */
    Node object(Node s, Node p) {
        Node best = null;
        for (Node o : objects(s, p)) if (o.isURI() && (best == null || o.getURI().compareTo(best.getURI()) < 0)) best = o;
        return best;
    }
}
