package org.countygraph.export;

import static org.countygraph.export.ExportFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every RDF export parses back into what it was taken from. */
class RdfExportTest {
    private static final Node ARTICLE_7 = NodeFactory.createURI(ID + "article/000_48f2b71468c19a9e/7");

    static Graph parseGraph(byte[] bytes, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).strict(true).parse(g);
        return g;
    }

    static DatasetGraph parseDataset(byte[] bytes, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).strict(true).parse(ds);
        return ds;
    }

    private static Lang lang(ExportFormat f) {
        return switch (f) {
            case TTL -> Lang.TURTLE;
            case NT -> Lang.NTRIPLES;
            case NQ -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(f.id());
        };
    }

    private static boolean keepsGraphs(ExportFormat f) {
        return f == ExportFormat.NQ || f == ExportFormat.TRIG || f == ExportFormat.JSONLD;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TTL", "NT", "NQ", "TRIG", "JSONLD", "RDFXML"})
    void theWholeGraphParsesBackIsomorphic(ExportFormat f) {
        byte[] out = export(seed(), Selection.ALL, f);
        if (keepsGraphs(f)) {
            assertIsomorphic(seed(), parseDataset(out, lang(f)));
        } else {
            assertIsomorphic(allTriples(seed()), parseGraph(out, lang(f)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TTL", "NQ", "TRIG", "RDFXML"})
    void oneArticleGraphParsesBackAsThatGraphWithTheNamesOfItsEntities(ExportFormat f) {
        byte[] out = export(seed(), Selection.create().graph(ARTICLE_7.getURI()).build(), f);
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        seed().find(ARTICLE_7, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            expected.add(q);
            seed().find(org.countygraph.rdf.ArticleGraphWriter.NAMES, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(expected::add);
        });
        assertFalse(expected.getGraph(org.countygraph.rdf.ArticleGraphWriter.NAMES).isEmpty(), "the article names entities");
        if (keepsGraphs(f)) {
            DatasetGraph actual = parseDataset(out, lang(f));
            assertEquals(2, actual.size(), "graphs in the export: the article's and the names graph");
            assertIsomorphic(expected, actual);
        } else {
            org.apache.jena.graph.Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            expected.find().forEachRemaining(q -> union.add(q.asTriple()));
            assertIsomorphic(union, parseGraph(out, lang(f)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TTL", "TRIG"})
    void aSelectionPastTheMemoryLimitIsStreamedAndStillParsesBack(ExportFormat f) {
        Exporter small = Exporter.create().dataset(seed()).memoryLimit(100).build();
        byte[] out = exportFiles(small, Selection.ALL, f).values().iterator().next();
        if (f == ExportFormat.TRIG) assertIsomorphic(seed(), parseDataset(out, Lang.TRIG));
        else assertIsomorphic(allTriples(seed()), parseGraph(out, Lang.TURTLE));
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"JSONLD", "RDFXML", "GRAPHML"})
    void aSelectionPastTheMemoryLimitIsRefusedForFormatsBuiltInMemory(ExportFormat f) {
        Exporter small = Exporter.create().dataset(seed()).memoryLimit(100).build();
        boolean[] opened = {false};
        ExportException e = assertThrows(ExportException.class,
                () -> small.export(Selection.ALL, f, name -> { opened[0] = true; return java.io.OutputStream.nullOutputStream(); }));
        assertTrue(e.getMessage().contains("100") && e.getMessage().contains(f.id()), e.getMessage());
        assertFalse(opened[0], "a file was opened before the refusal");
    }

    @Test
    void aTypeFilterTakesTheCountiesAndTheirProvenanceOnly() {
        Graph g = parseGraph(export(seed(), Selection.create().type("cg:County").build(), ExportFormat.NT), Lang.NTRIPLES);
        Graph all = allTriples(seed());
        assertTrue(g.contains(YOUXIAN, CG.divisionCode, NodeFactory.createLiteralString("430223")), "攸县's code missing");
        g.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            boolean county = all.contains(s, Terms.type, CG.County);
            boolean provenance = EntityClasses.isProvenance(all, s);
            assertTrue(county || provenance, "neither a county nor provenance: " + t);
        });
        assertFalse(g.contains(ZHUZHOU, Node.ANY, Node.ANY), "株洲市 is a city, not a county");
        assertTrue(g.contains(Node.ANY, CG.denotes, YOUXIAN), "the mentions of 攸县 should come along");
    }

    @Test
    void theFormatsAreNamedAndAnUnknownOneIsAnErrorNamingIt() {
        assertEquals(ExportFormat.JSONLD, ExportFormat.of("JSONLD"));
        assertEquals("application/n-quads", ExportFormat.NQ.mediaType());
        ExportException e = assertThrows(ExportException.class, () -> ExportFormat.of("xlsx"));
        assertTrue(e.getMessage().contains("'xlsx'") && e.getMessage().contains("graphml"), e.getMessage());
    }
}
