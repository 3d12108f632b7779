package org.countygraph.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/**
 * The ontology's class diagram as Graphviz DOT, generated from {@code ontology/countygraph.ttl}.
 *
 * <p>Each CountyGraph class is a box titled with its name and Chinese label, listing the datatype
 * properties whose domain it is; an object property is an arrow from its domain to its range;
 * {@code rdfs:subClassOf} is an arrow with a hollow head; classes of other vocabularies that ours
 * specialise are grey. Unions in domains and ranges are drawn as one arrow per member. Properties
 * of other vocabularies (such as {@code org:holds}) have no domain or range of ours: their arrows
 * come from the SHACL shapes, from a shape's target class to the {@code sh:class} of its property
 * shape on that path. The output
 * is deterministic, so the committed {@code ontology/countygraph.dot} can be checked against it.
 * Usage: {@code bin/countygraph diagram > ontology/countygraph.dot}.
 */
public final class OntologyDiagram {
    private OntologyDiagram() {}

    private static final Node A = Terms.type;
    private static final Node SUBCLASS = uri(Vocab.RDFS + "subClassOf");
    private static final Node DOMAIN = uri(Vocab.RDFS + "domain");
    private static final Node RANGE = uri(Vocab.RDFS + "range");
    private static final Node UNION = uri(Vocab.OWL + "unionOf");
    private static final Node EQUIVALENT = uri(Vocab.OWL + "equivalentClass");
    private static final Node OWL_CLASS = uri(Vocab.OWL + "Class");
    private static final Node OBJECT_PROPERTY = uri(Vocab.OWL + "ObjectProperty");
    private static final Node DATATYPE_PROPERTY = uri(Vocab.OWL + "DatatypeProperty");
    private static final Node FIRST = uri(Vocab.RDF + "first");
    private static final Node REST = uri(Vocab.RDF + "rest");
    private static final Node NIL = uri(Vocab.RDF + "nil");
    private static final String FONT = "Noto Sans CJK SC, sans-serif";

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node SH_PROPERTY = uri(SH + "property");
    private static final Node SH_PATH = uri(SH + "path");
    private static final Node SH_CLASS = uri(SH + "class");
    private static final Node SH_OR = uri(SH + "or");
    private static final Node SH_TARGET_CLASS = uri(SH + "targetClass");
    private static final Node SH_TARGET_SUBJECTS_OF = uri(SH + "targetSubjectsOf");

    /** The DOT text of the class diagram of an ontology and the shapes that use it. */
    public static String dot(Graph ontology, Graph shapes) {
        PrefixMapping pm = Vocab.prefixMapping();
        pm.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        pm.setNsPrefix("qb", "http://purl.org/linked-data/cube#");
        Set<Node> classes = new TreeSet<>(OntologyDiagram::compare);
        ontology.find(Node.ANY, A, OWL_CLASS).forEachRemaining(t -> { if (ours(t.getSubject())) classes.add(t.getSubject()); });
        Map<Node, List<String>> fields = new TreeMap<>(OntologyDiagram::compare);
        Set<String> edges = new TreeSet<>();
        Set<Node> foreign = new TreeSet<>(OntologyDiagram::compare);
        ontology.find(Node.ANY, A, DATATYPE_PROPERTY).forEachRemaining(t -> {
            Node p = t.getSubject();
            if (!ours(p)) return;
            String range = one(ontology, p, RANGE).map(r -> pm.shortForm(r.getURI())).orElse("?");
            for (Node d : members(ontology, p, DOMAIN)) {
                fields.computeIfAbsent(d, k -> new ArrayList<>()).add(pm.shortForm(p.getURI()) + " : " + range);
                if (!ours(d)) foreign.add(d);
            }
        });
        ontology.find(Node.ANY, A, OBJECT_PROPERTY).forEachRemaining(t -> {
            Node p = t.getSubject();
            if (!ours(p)) return;
            for (Node d : members(ontology, p, DOMAIN)) {
                for (Node r : members(ontology, p, RANGE)) {
                    edges.add(id(pm, d) + " -> " + id(pm, r) + " [label=\"" + pm.shortForm(p.getURI()) + "\"];");
                    if (!ours(d)) foreign.add(d);
                    if (!ours(r)) foreign.add(r);
                }
            }
        });
        for (String[] e : foreignPropertyEdges(shapes)) {
            Node from = uri(e[0]);
            Node to = uri(e[2]);
            edges.add(id(pm, from) + " -> " + id(pm, to) + " [label=\"" + pm.shortForm(e[1]) + "\"];");
            if (!ours(from)) foreign.add(from);
            if (!ours(to)) foreign.add(to);
        }
        for (Node c : classes) {
            ontology.find(c, SUBCLASS, Node.ANY).forEachRemaining(t -> {
                Node sup = t.getObject();
                if (!sup.isURI()) return;
                edges.add(id(pm, c) + " -> " + id(pm, sup) + " [arrowhead=empty, style=dashed, color=\"#666666\"];");
                if (!ours(sup)) foreign.add(sup);
            });
            one(ontology, c, EQUIVALENT).ifPresent(eq -> {
                for (Node m : list(ontology, one(ontology, eq, UNION).orElse(NIL))) {
                    edges.add(id(pm, m) + " -> " + id(pm, c) + " [arrowhead=empty, style=dotted, color=\"#666666\"];");
                }
            });
        }
        StringBuilder sb = new StringBuilder();
        sb.append("// The CountyGraph ontology's classes. Generated from ontology/countygraph.ttl and shapes.ttl by\n")
          .append("// bin/countygraph diagram > ontology/countygraph.dot; rendered with\n")
          .append("// dot -Tsvg ontology/countygraph.dot -o ontology/countygraph.svg\n")
          .append("digraph countygraph {\n")
          .append("  graph [rankdir=LR, fontname=\"").append(FONT).append("\", nodesep=0.3, ranksep=0.9];\n")
          .append("  node [shape=plain, fontname=\"").append(FONT).append("\", fontsize=10];\n")
          .append("  edge [fontname=\"").append(FONT).append("\", fontsize=9, color=\"#1f4e79\", fontcolor=\"#1f4e79\"];\n");
        for (Node c : classes) {
            sb.append("  ").append(id(pm, c)).append(" [label=<<table border=\"1\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"3\">")
              .append("<tr><td bgcolor=\"#dbe8f5\"><b>").append(esc(pm.shortForm(c.getURI()))).append("</b> ")
              .append(esc(zhLabel(ontology, c))).append("</td></tr>");
            for (String f : sorted(fields.getOrDefault(c, List.of()))) {
                sb.append("<tr><td align=\"left\">").append(esc(f)).append("</td></tr>");
            }
            sb.append("</table>>];\n");
        }
        for (Node f : foreign) {
            sb.append("  ").append(id(pm, f)).append(" [shape=box, style=\"rounded,filled\", fillcolor=\"#eeeeee\", color=\"#999999\", label=\"")
              .append(pm.shortForm(f.getURI()));
            List<String> fs = sorted(fields.getOrDefault(f, List.of()));
            for (String field : fs) sb.append("\\l").append(field);
            if (!fs.isEmpty()) sb.append("\\l");
            sb.append("\"];\n");
        }
        for (String e : edges) sb.append("  ").append(e).append('\n');
        return sb.append("}\n").toString();
    }

    /** {from, property, to} for each property shape of a foreign property: target class to sh:class. */
    private static List<String[]> foreignPropertyEdges(Graph shapes) {
        List<String[]> out = new ArrayList<>();
        shapes.find(Node.ANY, SH_PROPERTY, Node.ANY).forEachRemaining(t -> {
            Node shape = t.getSubject();
            Node path = one(shapes, t.getObject(), SH_PATH).orElse(null);
            if (path == null || !path.isURI() || ours(path)) return;
            List<Node> from = new ArrayList<>();
            shapes.find(shape, SH_TARGET_CLASS, Node.ANY).forEachRemaining(x -> from.add(x.getObject()));
            if (shapes.contains(shape, SH_TARGET_SUBJECTS_OF, Node.ANY)) one(shapes, shape, SH_CLASS).ifPresent(from::add);
            List<Node> to = new ArrayList<>();
            one(shapes, t.getObject(), SH_CLASS).ifPresent(to::add);
            for (Node alt : list(shapes, one(shapes, t.getObject(), SH_OR).orElse(NIL))) one(shapes, alt, SH_CLASS).ifPresent(to::add);
            for (Node f : from) for (Node c : to) if (f.isURI() && c.isURI()) out.add(new String[] {f.getURI(), path.getURI(), c.getURI()});
        });
        return out;
    }

    /** The members of a property's domain or range: the class itself, or each class of an owl:unionOf. */
    private static List<Node> members(Graph g, Node p, Node which) {
        Node c = one(g, p, which).orElse(null);
        if (c == null) return List.of();
        if (c.isURI()) return List.of(c);
        return list(g, one(g, c, UNION).orElse(NIL));
    }

    private static List<Node> list(Graph g, Node head) {
        List<Node> out = new ArrayList<>();
        Node cur = head;
        while (cur != null && !cur.equals(NIL)) {
            one(g, cur, FIRST).ifPresent(out::add);
            cur = one(g, cur, REST).orElse(null);
        }
        return out;
    }

    private static Optional<Node> one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    private static String zhLabel(Graph g, Node n) {
        for (Triple t : g.find(n, Terms.label, Node.ANY).toList()) {
            if (t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals("zh")) return t.getObject().getLiteralLexicalForm();
        }
        return "";
    }

    private static boolean ours(Node n) { return n.isURI() && n.getURI().startsWith(CG.NS); }

    private static String id(PrefixMapping pm, Node n) { return "\"" + pm.shortForm(n.getURI()) + "\""; }

    private static int compare(Node a, Node b) { return a.getURI().compareTo(b.getURI()); }

    private static List<String> sorted(List<String> in) { return in.stream().sorted().toList(); }

    private static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
