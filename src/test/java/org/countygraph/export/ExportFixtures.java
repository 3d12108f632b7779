package org.countygraph.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;

/** The data the export tests share (the committed {@code graphs/countygraph.trig}) and ways to run and check exports. */
final class ExportFixtures {
    private ExportFixtures() {}

    static final String ID = "https://w3id.org/countygraph/id/";
    /** 攸县. */
    static final Node YOUXIAN = NodeFactory.createURI(ID + "division/430223");
    /** 株洲市. */
    static final Node ZHUZHOU = NodeFactory.createURI(ID + "division/4302");
    /** 石峰区. */
    static final Node SHIFENG = NodeFactory.createURI(ID + "division/430204");

    private static DatasetGraph seed;

    /** The seed's article graphs, read once (do not change it). */
    static synchronized DatasetGraph seed() {
        if (seed == null) {
            DatasetGraph ds = DatasetGraphFactory.createTxnMem();
            RDFDataMgr.read(ds, "graphs/countygraph.trig");
            seed = ds;
        }
        return seed;
    }

    /** Every triple of a dataset, each once: what a triple format should hold. */
    static Graph allTriples(DatasetGraph ds) {
        Graph g = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    /** Runs an export of one file and returns its bytes. */
    static byte[] export(DatasetGraph ds, Selection sel, ExportFormat f) {
        return exportFiles(ds, sel, f).values().iterator().next();
    }

    /** Runs an export and returns its files by name. */
    static Map<String, byte[]> exportFiles(DatasetGraph ds, Selection sel, ExportFormat f) {
        return exportFiles(Exporter.create().dataset(ds).build(), sel, f);
    }

    static Map<String, byte[]> exportFiles(Exporter exporter, Selection sel, ExportFormat f) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        exporter.export(sel, f, name -> new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
                super.close();
                files.put(name, toByteArray());
            }
        });
        return files;
    }

    static String text(byte[] bytes) { return new String(bytes, StandardCharsets.UTF_8); }

    /** The IRI of the entity with this Chinese label (keys may change as the extractor does; labels do not). */
    static Node entityLabelled(String label) {
        var q = QueryFactory.create("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e rdfs:label ?l } }");
        try (QueryExec qe = QueryExec.dataset(seed()).query(q).substitution("l", NodeFactory.createLiteralLang(label, "zh")).build()) {
            RowSet rs = qe.select();
            if (!rs.hasNext()) fail("no entity labelled " + label + " in graphs/countygraph.trig");
            return rs.next().get("e");
        }
    }

    /** Fails unless two graphs are isomorphic, printing what each has that the other lacks. */
    static void assertIsomorphic(Graph expected, Graph actual) {
        if (expected.isIsomorphicWith(actual)) return;
        fail("graphs differ (" + expected.size() + " expected, " + actual.size() + " actual triples)\nmissing: "
                + sample(expected.find(), actual) + "\nextra: " + sample(actual.find(), expected));
    }

    /** Fails unless two datasets are isomorphic, printing what each has that the other lacks. */
    static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        if (IsoMatcher.isomorphic(expected, actual)) return;
        List<Quad> missing = new ArrayList<>();
        expected.find().forEachRemaining(q -> { if (!actual.contains(q) && missing.size() < 10) missing.add(q); });
        List<Quad> extra = new ArrayList<>();
        actual.find().forEachRemaining(q -> { if (!expected.contains(q) && extra.size() < 10) extra.add(q); });
        fail("datasets differ\nmissing: " + missing + "\nextra: " + extra);
    }

    private static List<Triple> sample(Iterator<Triple> it, Graph other) {
        List<Triple> out = new ArrayList<>();
        while (it.hasNext() && out.size() < 10) {
            Triple t = it.next();
            if (!other.contains(t)) out.add(t);
        }
        return out;
    }

}
