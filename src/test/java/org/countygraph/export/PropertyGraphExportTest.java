package org.countygraph.export;

import static org.countygraph.export.ExportFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The property-graph and picture exports, read back by independent readers (JGraphT, the JDK's XML parser). */
class PropertyGraphExportTest {
    private static final String ENTITY = """
            ((STRSTARTS(STR(%1$s), "https://w3id.org/countygraph/ontology#")
              && %1$s NOT IN (cg:Mention, cg:Sentence, cg:Credit, cg:SourceDocument)) || %1$s = org:Post)""";
    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/countygraph/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    private static long count(DatasetGraph ds, String query) {
        try (QueryExec qe = QueryExec.dataset(ds).query(QueryFactory.create(PREFIXES + query)).build()) {
            return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
        }
    }

    /** The entities of a dataset, counted by SPARQL: the oracle for vertex counts. */
    static long entityCount(DatasetGraph ds) {
        return count(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?t } FILTER" + ENTITY.formatted("?t") + " }");
    }

    /** The distinct triples between entities (but types and org:heldBy), counted by SPARQL: the oracle for edge counts. */
    static long linkCount(DatasetGraph ds) {
        return count(ds, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {"
                + " { SELECT DISTINCT ?s WHERE { GRAPH ?g1 { ?s a ?ts } FILTER" + ENTITY.formatted("?ts") + " } }"
                + " GRAPH ?g { ?s ?p ?o } FILTER(?p NOT IN (rdf:type, org:heldBy))"
                + " { SELECT DISTINCT ?o WHERE { GRAPH ?g2 { ?o a ?to } FILTER" + ENTITY.formatted("?to") + " } } } }");
    }

    /** A GraphML file read by JGraphT's importer (schema validation on), with the attributes it saw. */
    record Imported(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> vertex, Map<DefaultEdge, Map<String, String>> edge) {
        String vertexWith(String key, String value) {
            return vertex.entrySet().stream().filter(e -> value.equals(e.getValue().get(key))).map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> new AssertionError("no vertex with " + key + " = " + value));
        }
    }

    static Imported importGraphml(byte[] bytes) {
        Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeSupplier(SupplierUtil.createDefaultEdgeSupplier()).buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        assertTrue(importer.isSchemaValidation());
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> vattrs = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> eattrs = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> vattrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> eattrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.importGraph(g, new StringReader(text(bytes)));
        return new Imported(g, vattrs, eattrs);
    }

    static Document xml(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<String> texts(Document d, String ns, String tag) {
        NodeList nl = d.getElementsByTagNameNS(ns, tag);
        return java.util.stream.IntStream.range(0, nl.getLength()).mapToObj(i -> nl.item(i).getTextContent()).toList();
    }

    @Test
    void graphmlIsReadByJgraphtWithTheEntitiesAndLinksSparqlCounts() {
        Imported in = importGraphml(export(seed(), Selection.ALL, ExportFormat.GRAPHML));
        assertEquals(entityCount(seed()), in.graph().vertexSet().size(), "vertices");
        assertEquals(linkCount(seed()), in.graph().edgeSet().size(), "edges");
        String youxian = in.vertexWith("iri", YOUXIAN.getURI());
        assertEquals("攸县", in.vertex().get(youxian).get("label"));
        assertEquals("County", in.vertex().get(youxian).get("type"));
        assertEquals("430223", in.vertex().get(youxian).get("divisionCode"));
        String zhuzhou = in.vertexWith("iri", ZHUZHOU.getURI());
        DefaultEdge partOf = in.graph().getAllEdges(youxian, zhuzhou).stream()
                .filter(e -> "partOf".equals(in.edge().get(e).get("type"))).findFirst().orElseThrow(() -> new AssertionError("攸县 partOf 株洲市 missing"));
        Map<String, String> attrs = in.edge().get(partOf);
        assertTrue(attrs.get("graph").startsWith(ID + "article/"), attrs.toString());
        assertTrue(Double.parseDouble(attrs.get("confidence")) > 0, attrs.toString());
        assertFalse(attrs.get("evidence").isBlank(), attrs.toString());
    }

    @Test
    void provenanceRecordsAreNotVertices() {
        Imported in = importGraphml(export(seed(), Selection.ALL, ExportFormat.GRAPHML));
        for (Map<String, String> v : in.vertex().values()) {
            assertFalse(Set.of("Mention", "Sentence", "Credit", "SourceDocument", "Statement").contains(v.get("type")), v.toString());
            assertFalse(v.get("iri").matches(".*/(mention|sentence|fact|credit)/.*"), v.get("iri"));
        }
    }

    @Test
    void entitiesOnlyInAReferenceGraphAreNotNodesButTheirLinksBetweenNodesAre() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        seed().find().forEachRemaining(ds::add);
        Node gazetteer = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/countygraph/graph/divisions");
        Node other = org.apache.jena.graph.NodeFactory.createURI(ID + "division/430224");
        ds.add(gazetteer, other, org.countygraph.vocab.Terms.type, org.countygraph.vocab.CG.County);
        ds.add(gazetteer, other, org.countygraph.vocab.CG.partOf, ZHUZHOU);
        ds.add(gazetteer, YOUXIAN, org.countygraph.vocab.Terms.type, org.countygraph.vocab.CG.County);
        ds.add(gazetteer, YOUXIAN, org.countygraph.vocab.CG.partOf, ZHUZHOU);
        Imported in = importGraphml(export(ds, Selection.ALL, ExportFormat.GRAPHML));
        assertEquals(entityCount(seed()), in.graph().vertexSet().size(), "a division only in the gazetteer became a node");
        String youxian = in.vertexWith("iri", YOUXIAN.getURI());
        String zhuzhou = in.vertexWith("iri", ZHUZHOU.getURI());
        DefaultEdge partOf = in.graph().getAllEdges(youxian, zhuzhou).stream()
                .filter(e -> "partOf".equals(in.edge().get(e).get("type"))).findFirst().orElseThrow();
        assertTrue(in.edge().get(partOf).get("graph").contains(gazetteer.getURI()), in.edge().get(partOf).toString());
        Imported named = importGraphml(export(ds, Selection.create().graph(gazetteer.getURI()).build(), ExportFormat.GRAPHML));
        assertEquals(2, named.graph().vertexSet().size(), "naming the reference graph exports the entities it types");
        named.vertexWith("iri", other.getURI());
    }

    @Test
    void gexfHoldsTheSameNodesAndEdgesWithConsistentEnds() {
        Document d = xml(export(seed(), Selection.ALL, ExportFormat.GEXF));
        String ns = "http://gexf.net/1.3";
        NodeList nodes = d.getElementsByTagNameNS(ns, "node");
        NodeList edges = d.getElementsByTagNameNS(ns, "edge");
        assertEquals(entityCount(seed()), nodes.getLength());
        assertEquals(linkCount(seed()), edges.getLength());
        Set<String> ids = new java.util.HashSet<>();
        Set<String> labels = new java.util.HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
            labels.add(((Element) nodes.item(i)).getAttribute("label"));
        }
        assertTrue(labels.containsAll(List.of("攸县", "株洲市", "石峰区")), labels.toString());
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")), e.getAttribute("id"));
        }
    }

    @Test
    void anAreaTakesWhatLiesInItAndThePeopleWithPostsThere() {
        Imported in = importGraphml(export(seed(), Selection.create().area(YOUXIAN.getURI()).build(), ExportFormat.GRAPHML));
        Set<String> labels = in.vertex().values().stream().map(v -> v.get("label")).collect(Collectors.toSet());
        assertTrue(labels.containsAll(List.of("攸县", "鸾山镇", "攸县高新区", "李鹏程", "攸县县委书记")), labels.toString());
        assertFalse(labels.contains("石峰区") || labels.contains("株洲市"), labels.toString());
        Set<String> iris = in.vertex().values().stream().map(v -> v.get("iri")).collect(Collectors.toSet());
        in.graph().edgeSet().forEach(e -> assertTrue(iris.contains(in.vertex().get(in.graph().getEdgeSource(e)).get("iri"))));
    }

    @Test
    void aNeighbourhoodGrowsWithDepth() {
        Node li = entityLabelled("李鹏程");
        Set<String> one = labels(Selection.create().around(YOUXIAN.getURI()).build());
        assertTrue(one.containsAll(List.of("攸县", "株洲市", "攸县县委书记")), one.toString());
        assertFalse(one.contains("李鹏程"), "李鹏程 is two links away: " + one);
        Set<String> two = labels(Selection.create().around(YOUXIAN.getURI()).depth(2).build());
        assertTrue(two.contains("李鹏程") && two.containsAll(one), two.toString());
        assertTrue(labels(Selection.create().around(li.getURI()).build()).contains("攸县县委书记"));
    }

    private static Set<String> labels(Selection sel) {
        return importGraphml(export(seed(), sel, ExportFormat.GRAPHML)).vertex().values().stream().map(v -> v.get("label"))
                .collect(Collectors.toSet());
    }

    @Test
    void anUnknownEntityOrAreaIsNoSuchNode() {
        NoSuchNodeException e = assertThrows(NoSuchNodeException.class,
                () -> export(seed(), Selection.create().around(ID + "division/999999").build(), ExportFormat.SVG));
        assertTrue(e.getMessage().contains("division/999999"), e.getMessage());
        assertThrows(NoSuchNodeException.class, () -> export(seed(), Selection.create().area(ID + "division/999999").build(), ExportFormat.CSV));
        assertThrows(NoSuchNodeException.class, () -> export(seed(), Selection.create().graph(ID + "article/none/1").build(), ExportFormat.NQ));
    }

    @Test
    void svgIsWellFormedHoldsTheChineseLabelsAndIsTheSameEachTime() {
        byte[] svg = export(seed(), Selection.ALL, ExportFormat.SVG);
        Document d = xml(svg);
        String ns = "http://www.w3.org/2000/svg";
        assertEquals("svg", d.getDocumentElement().getLocalName());
        assertEquals(ns, d.getDocumentElement().getNamespaceURI());
        List<String> texts = texts(d, ns, "text");
        assertTrue(texts.containsAll(List.of("攸县", "株洲市", "李鹏程", "石峰区")), texts.toString());
        assertTrue(d.getDocumentElement().getAttribute("font-family").contains("Noto Sans CJK SC"));
        assertArrayEquals(svg, export(seed(), Selection.ALL, ExportFormat.SVG), "the layout is not deterministic");
        byte[] around = export(seed(), Selection.create().around(YOUXIAN.getURI()).depth(2).build(), ExportFormat.SVG);
        assertTrue(texts(xml(around), ns, "text").contains("攸县"));
    }

    @Test
    void dotHasANodePerEntityAndAnEdgePerLink() {
        String dot = text(export(seed(), Selection.ALL, ExportFormat.DOT));
        assertTrue(dot.startsWith("digraph countygraph {") && dot.stripTrailing().endsWith("}"), dot.substring(0, 40));
        long nodes = dot.lines().filter(l -> l.matches("  n\\d+ \\[label=.*")).count();
        long edges = dot.lines().filter(l -> l.matches("  n\\d+ -> n\\d+ .*")).count();
        assertEquals(entityCount(seed()), nodes);
        assertEquals(linkCount(seed()), edges);
        assertTrue(dot.contains("[label=\"攸县\""), "攸县 missing");
    }

    /** A tiny dataset whose values need escaping in every format. */
    static DatasetGraph awkward() {
        String trig = """
                PREFIX cg: <https://w3id.org/countygraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                <https://example.org/g/1> {
                  <https://example.org/e/1> a cg:Enterprise ; rdfs:label "甲&乙 <b>\\"丙\\"</b>\\u0001"@zh ; skos:altLabel "a;b"@zh, "c\\nd"@zh ;
                    cg:locatedIn <https://example.org/e/2> .
                  <https://example.org/e/2> a cg:County, cg:Place ; rdfs:label "丁县"@zh ; cg:divisionCode "000001" .
                }""";
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(trig, Lang.TRIG).parse(ds);
        return ds;
    }

    @Test
    void awkwardLabelsAreEscapedInEveryFormat() {
        DatasetGraph ds = awkward();
        String label = "甲&乙 <b>\"丙\"</b>\uFFFD";
        Imported in = importGraphml(export(ds, Selection.ALL, ExportFormat.GRAPHML));
        assertEquals(label, in.vertex().get(in.vertexWith("iri", "https://example.org/e/1")).get("label"));
        assertEquals(2, in.graph().vertexSet().size());
        assertEquals(1, in.graph().edgeSet().size());
        assertTrue(texts(xml(export(ds, Selection.ALL, ExportFormat.SVG)), "http://www.w3.org/2000/svg", "text").contains(label));
        Element node = (Element) xml(export(ds, Selection.ALL, ExportFormat.GEXF)).getElementsByTagNameNS("http://gexf.net/1.3", "node").item(0);
        assertEquals(label, node.getAttribute("label"));
        String dot = text(export(ds, Selection.ALL, ExportFormat.DOT));
        assertTrue(dot.contains("label=\"甲&乙 <b>\\\"丙\\\"</b>\u0001\""), dot);
    }
}
