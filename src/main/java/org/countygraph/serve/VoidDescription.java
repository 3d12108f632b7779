package org.countygraph.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;
import org.countygraph.vocab.Vocab;

/**
 * The VoID description of the served dataset, at {@code /.well-known/void} (RFC 5785, as the VoID
 * note proposes): title, SPARQL endpoint, dump, URI space, vocabularies, formats, size and one
 * partition per class with its entity count.
 */
final class VoidDescription {
    static final String PATH = "/.well-known/void";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final Query TRIPLES = StoreView.template("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    private static final Query ENTITIES = StoreView.template("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t }");
    private static final Query COUNTS = StoreView.template(FrontPage.COUNTS);

    private VoidDescription() {}

    /**
     * The description.
     *
     * @param server      this server's base URL as the client reached it, e.g. {@code http://127.0.0.1:3030}
     * @param datasetPath the Fuseki dataset's path, e.g. {@code /countygraph}
     */
    static Graph describe(Graph g, IriMapping mapping, String server, String datasetPath) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Vocab.prefixMapping());
        out.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcterms", DCTERMS).setNsPrefix("foaf", FOAF);
        Node ds = uri(server + PATH + "#dataset");
        add(out, ds, Terms.type, uri(VOID + "Dataset"));
        add(out, ds, uri(DCTERMS + "title"), NodeFactory.createLiteralLang("CountyGraph", "en"));
        add(out, ds, uri(DCTERMS + "title"), NodeFactory.createLiteralLang("县域知识图谱", "zh"));
        add(out, ds, uri(DCTERMS + "description"), NodeFactory.createLiteralLang(
                "Officials and their posts, divisions, enterprises, industries and initiatives extracted from Chinese "
                        + "regional-development news; one named graph per article, every fact traced to its sentence.", "en"));
        add(out, ds, uri(FOAF + "homepage"), uri(server + "/"));
        add(out, ds, uri(VOID + "sparqlEndpoint"), uri(server + datasetPath + "/sparql"));
        add(out, ds, uri(VOID + "dataDump"), uri(server + datasetPath));
        add(out, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(mapping.publicBase()));
        add(out, ds, uri(VOID + "rootResource"), uri(server + "/"));
        for (String ns : List.of(CG.NS, Vocab.ORG, Vocab.SKOS, Vocab.PROV, Vocab.SCHEMA)) add(out, ds, uri(VOID + "vocabulary"), uri(ns));
        for (String f : List.of("Turtle", "JSON-LD", "N-Triples", "RDF_XML")) add(out, ds, uri(VOID + "feature"), uri(FORMATS + f));
        add(out, ds, uri(VOID + "triples"), count(g, TRIPLES));
        add(out, ds, uri(VOID + "entities"), count(g, ENTITIES));
        List<Binding> classes = StoreView.select(g, COUNTS, Map.of());
        for (Binding b : classes) {
            Node partition = uri(server + PATH + "#class-" + b.get("class").getLocalName());
            add(out, ds, uri(VOID + "classPartition"), partition);
            add(out, partition, uri(VOID + "class"), b.get("class"));
            add(out, partition, uri(VOID + "entities"), b.get("n"));
        }
        List<Node> counties = ListPage.members(g, CG.County, 1, 0);
        if (!counties.isEmpty()) add(out, ds, uri(VOID + "exampleResource"), counties.get(0));
        return out;
    }

    private static Node count(Graph g, Query q) {
        List<Binding> rows = StoreView.select(g, q, Map.of());
        return rows.isEmpty() ? NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger) : rows.get(0).get("n");
    }

    private static Node uri(String s) { return NodeFactory.createURI(s); }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }
}
