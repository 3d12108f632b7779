package org.countygraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.export.PropertyGraph.AttributeKind;
import org.countygraph.export.PropertyGraph.Edge;
import org.countygraph.export.PropertyGraph.ValueType;
import org.countygraph.export.PropertyGraph.Vertex;
import org.countygraph.rdf.ArticleGraphWriter;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;
import org.countygraph.vocab.Terms;

/**
 * Reads the {@link PropertyGraph} of a {@link Scope}. Requires a read transaction.
 *
 * <ol>
 *   <li>the vertices are the entities in scope (see {@link EntityClasses}) that an article names:
 *       an entity only in the reference graphs ({@code https://w3id.org/countygraph/graph/...}: the
 *       gazetteer's thousands of divisions, the industry taxonomy) is not one, unless the selection
 *       names that graph;</li>
 *   <li>an entity's literals become attributes named by the property's local name
 *       ({@code divisionCode}, {@code title}, {@code value}...); its Chinese label is the vertex label
 *       (for an article without a label, its headline);</li>
 *   <li>attributes and links come from every graph, reference graphs included;</li>
 *   <li>a link to another vertex becomes an edge carrying the article graphs that state it and, from
 *       the reified statement about it, a confidence and the sentence it came from;</li>
 *   <li>a link to a sentence ({@code prov:wasDerivedFrom}) becomes the attribute {@code evidence}
 *       holding the sentence's text; links to other non-entities become attributes holding the IRI;</li>
 *   <li>left out: links to entities outside the scope, links to mentions and credits, and
 *       {@code org:heldBy} (the inverse of {@code org:holds}, which is kept).</li>
 * </ol>
 *
 * The graph is built in memory: past {@code limit} quads read, it stops with an {@link ExportException}.
 */
final class PropertyGraphReader {
    private static final Set<Node> SKIPPED = Set.of(Terms.type, ORG.heldBy);
    private static final Set<RDFDatatype> WHOLE = Set.of(XSDDatatype.XSDinteger, XSDDatatype.XSDint, XSDDatatype.XSDlong,
            XSDDatatype.XSDshort, XSDDatatype.XSDbyte, XSDDatatype.XSDnonNegativeInteger, XSDDatatype.XSDpositiveInteger,
            XSDDatatype.XSDnegativeInteger, XSDDatatype.XSDnonPositiveInteger, XSDDatatype.XSDunsignedInt,
            XSDDatatype.XSDunsignedLong, XSDDatatype.XSDunsignedShort, XSDDatatype.XSDunsignedByte);
    private static final Set<RDFDatatype> DECIMAL = Set.of(XSDDatatype.XSDdecimal, XSDDatatype.XSDdouble, XSDDatatype.XSDfloat);

    private final long limit;
    private final String format;
    private long read;
    private Graph view;
    private DatasetGraph dsg;
    private Node graphs;
    private final Map<Node, Boolean> entityCache = new HashMap<>();
    private final Map<String, AttributeKind> kinds = new HashMap<>();

    /** @param format the format being written, for the message when the limit is passed */
    PropertyGraphReader(long limit, String format) {
        this.limit = limit;
        this.format = format;
    }

    PropertyGraph read(Scope scope) {
        view = scope.view();
        dsg = scope.dataset();
        graphs = scope.graphOrAny();
        TreeSet<Node> vertices = vertices(scope);
        List<Vertex> vs = new ArrayList<>();
        List<Edge> es = new ArrayList<>();
        for (Node v : vertices) readEntity(v, vertices, vs, es);
        es.sort((a, b) -> {
            int c = a.source().compareTo(b.source());
            if (c == 0) c = a.type().compareTo(b.type());
            return c != 0 ? c : a.target().compareTo(b.target());
        });
        return new PropertyGraph(vs, es, kinds);
    }

    private TreeSet<Node> vertices(Scope scope) {
        TreeSet<Node> out = new TreeSet<>(Scope.ORDER);
        if (scope.nodes().isPresent()) {
            for (Node n : scope.nodes().get()) if (isEntity(n) && (scope.graph().isPresent() || namedInArticles(n))) out.add(n);
        } else if (scope.graph().isPresent()) {
            Iterator<org.apache.jena.graph.Triple> it = view.find(Node.ANY, Terms.type, Node.ANY);
            while (it.hasNext()) {
                var t = it.next();
                count();
                if (EntityClasses.isEntityClass(t.getObject())) out.add(t.getSubject());
            }
        } else {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Terms.type, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                count();
                if (!isReference(q.getGraph()) && EntityClasses.isEntityClass(q.getObject())) out.add(q.getSubject());
            }
        }
        return out;
    }

    /** True for the reference graphs (ontology, shapes, gazetteer, industry taxonomy...): named under {@link CG#GRAPH}. */
    static boolean isReference(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(CG.GRAPH);
    }

    /** True when an article graph (or the default graph) gives {@code n} an entity class. */
    private boolean namedInArticles(Node n) {
        Iterator<Quad> it = dsg.find(Node.ANY, n, Terms.type, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            count();
            if (!isReference(q.getGraph()) && EntityClasses.isEntityClass(q.getObject())) return true;
        }
        return false;
    }

    private boolean isEntity(Node n) {
        return entityCache.computeIfAbsent(n, x -> EntityClasses.isEntity(view, x));
    }

    private void count() {
        if (++read > limit) {
            throw new ExportException("the selection holds more than " + limit + " statements, and " + format
                    + " is built in memory: narrow it (graph, type, area, around) or export nt or nq");
        }
    }

    /** An edge's statement: its article graphs and best evidence. */
    private static final class Link {
        final TreeSet<String> graphs = new TreeSet<>();
        double confidence = Double.NaN;
        String evidence;
    }

    private void readEntity(Node v, Set<Node> vertices, List<Vertex> vs, List<Edge> es) {
        TreeSet<String> types = new TreeSet<>();
        List<Node> typeNodes = new ArrayList<>();
        List<Node> labels = new ArrayList<>();
        Map<String, TreeSet<String>> attrs = new TreeMap<>();
        Map<String, ValueType> attrTypes = new HashMap<>();
        Map<org.apache.jena.graph.Triple, Link> links = new java.util.LinkedHashMap<>();
        String headline = null;
        Iterator<Quad> it = dsg.find(graphs, v, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            count();
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (p.equals(Terms.type)) {
                if (EntityClasses.isEntityClass(o) && !typeNodes.contains(o)) {
                    typeNodes.add(o);
                    types.add(EntityClasses.localName(o));
                }
            } else if (SKIPPED.contains(p)) {
                continue;
            } else if (o.isLiteral()) {
                if (p.equals(Terms.headline) && headline == null) headline = o.getLiteralLexicalForm();
                if (p.equals(Terms.label)) {
                    if (!labels.contains(o)) labels.add(o);
                } else {
                    attribute(attrs, attrTypes, EntityClasses.localName(p), o.getLiteralLexicalForm(), valueType(o));
                }
            } else if (vertices.contains(o)) {
                Link link = links.computeIfAbsent(org.apache.jena.graph.Triple.create(v, p, o), t -> new Link());
                if (!q.isTriple() && !q.isDefaultGraph()) link.graphs.add(id(q.getGraph()));
            } else if (isEntity(o)) {
                continue;
            } else if (p.equals(Terms.wasDerivedFrom) && view.contains(o, Terms.type, CG.Sentence)) {
                sentenceText(q.getGraph(), o).ifPresent(s -> attribute(attrs, attrTypes, "evidence", s, ValueType.STRING));
            } else if (!EntityClasses.isProvenance(view, o)) {
                attribute(attrs, attrTypes, EntityClasses.localName(p), id(o), ValueType.STRING);
            }
        }
        if (!links.isEmpty()) evidence(v, links);
        if (!graphs.equals(Node.ANY)) { // an article's graph: its entities' names are kept once, in the names graph
            dsg.find(ArticleGraphWriter.NAMES, v, Terms.label, Node.ANY).forEachRemaining(q -> { if (!labels.contains(q.getObject())) labels.add(q.getObject()); });
        }
        Node label = chooseLabel(labels);
        List<String> others = labels.stream().filter(l -> !l.equals(label)).map(Node::getLiteralLexicalForm).sorted().toList();
        for (String other : others) attribute(attrs, attrTypes, "otherLabel", other, ValueType.STRING);
        Map<String, List<String>> values = new TreeMap<>();
        attrs.forEach((k, set) -> {
            values.put(k, List.copyOf(set));
            kinds.merge(k, new AttributeKind(attrTypes.get(k), set.size() > 1),
                    (a, b) -> new AttributeKind(a.type().join(b.type()), a.multiValued() || b.multiValued()));
        });
        String text = label != null ? label.getLiteralLexicalForm() : headline != null ? headline : EntityClasses.localName(v);
        String type = typeNodes.isEmpty() ? "Entity" : EntityClasses.localName(EntityClasses.primary(typeNodes));
        vs.add(new Vertex(id(v), text, type, List.copyOf(types), values));
        links.forEach((t, link) -> es.add(new Edge(id(t.getSubject()), id(t.getObject()), EntityClasses.localName(t.getPredicate()),
                t.getPredicate().getURI(), List.copyOf(link.graphs),
                Double.isNaN(link.confidence) ? OptionalDouble.empty() : OptionalDouble.of(link.confidence),
                Optional.ofNullable(link.evidence))));
    }

    private static void attribute(Map<String, TreeSet<String>> attrs, Map<String, ValueType> types, String name, String value, ValueType type) {
        attrs.computeIfAbsent(name, k -> new TreeSet<>()).add(value);
        types.merge(name, type, ValueType::join);
    }

    /** Fills each link's confidence and sentence from the reified statements ({@code rdf:Statement}) about it. */
    private void evidence(Node v, Map<org.apache.jena.graph.Triple, Link> links) {
        Iterator<Quad> it = dsg.find(graphs, Node.ANY, Terms.subject, v);
        while (it.hasNext()) {
            Quad q = it.next();
            count();
            Node g = q.getGraph();
            Node st = q.getSubject();
            Node p = first(g, st, Terms.predicate);
            Node o = first(g, st, Terms.object);
            if (p == null || o == null) continue;
            Link link = links.get(org.apache.jena.graph.Triple.create(v, p, o));
            if (link == null) continue;
            Node conf = first(g, st, CG.confidence);
            double c = conf != null && conf.isLiteral() ? parse(conf.getLiteralLexicalForm()) : Double.NaN;
            if (Double.isNaN(link.confidence) || c > link.confidence) {
                link.confidence = c;
                Node sentence = first(g, st, Terms.wasDerivedFrom);
                link.evidence = sentence == null ? null : sentenceText(g, sentence).orElse(null);
            }
        }
    }

    private Optional<String> sentenceText(Node g, Node sentence) {
        Node text = first(g, sentence, CG.text);
        return text != null && text.isLiteral() ? Optional.of(text.getLiteralLexicalForm()) : Optional.empty();
    }

    private Node first(Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        if (!it.hasNext()) return null;
        count();
        return it.next().getObject();
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Node chooseLabel(List<Node> labels) {
        return labels.stream().filter(l -> l.getLiteralLanguage().equalsIgnoreCase("zh"))
                .min((a, b) -> a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm()))
                .or(() -> labels.stream().min((a, b) -> a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm())))
                .orElse(null);
    }

    private static ValueType valueType(Node literal) {
        RDFDatatype dt = literal.getLiteralDatatype();
        if (WHOLE.contains(dt)) return ValueType.LONG;
        if (DECIMAL.contains(dt)) return ValueType.DOUBLE;
        return ValueType.STRING;
    }

    /** A node's id in a property graph: its IRI, or {@code _:label} for a blank node. */
    static String id(Node n) {
        return n.isURI() ? n.getURI() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }
}
