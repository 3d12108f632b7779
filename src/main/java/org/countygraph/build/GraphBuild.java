package org.countygraph.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.extract.ArticleExtraction;
import org.countygraph.extract.DocumentExtraction;
import org.countygraph.extract.Extractor;
import org.countygraph.extract.SourceDocument;
import org.countygraph.ingest.SourceReader;
import org.countygraph.rdf.ArticleGraphWriter;
import org.countygraph.rdf.Iris;
import org.countygraph.store.GraphStore;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Vocab;

/**
 * The build: every document under a folder extracted, written as TriG files and loaded into the
 * store, one transaction per document.
 *
 * <ol>
 *   <li>list the input files, sorted;</li>
 *   <li>per file: read, extract, turn into quads; a file that fails is reported and skipped, the
 *       store keeps what it had for it;</li>
 *   <li>write {@code graphs/<doc>.trig} per document and the merged {@code graphs/countygraph.trig};</li>
 *   <li>load each document's graphs into the store, replacing its earlier version, and drop the
 *       documents no longer in the folder;</li>
 *   <li>replace the store's reference graphs (ontology, shapes, industries, divisions) with the
 *       bundled ones ({@link ReferenceGraphs}).</li>
 * </ol>
 */
public final class GraphBuild {
    private final Extractor extractor;
    private final PrintStream log;

    public GraphBuild(Extractor extractor, PrintStream log) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** What a build did: documents loaded and the files that failed, with their reasons. */
    public record Report(int documents, int articles, long quads, List<String> failures) {
        public boolean ok() { return failures.isEmpty(); }
    }

    /** Runs the build. {@code graphsDir} may be null to write no files; {@code store} may be null to load nothing. */
    public Report run(Path seeds, Path graphsDir, GraphStore store) {
        List<Path> files = SourceReader.files(seeds);
        List<String> failures = new ArrayList<>();
        DatasetGraph merged = DatasetGraphFactory.createTxnMem();
        int docs = 0;
        int articles = 0;
        long quads = 0;
        List<Node> present = new ArrayList<>();
        for (Path file : files) {
            DocumentGraphs dg;
            try {
                SourceDocument doc = SourceReader.read(file);
                dg = toQuads(extractor.extract(doc));
            } catch (RuntimeException e) {
                failures.add(file + ": " + e.getMessage());
                log.println("FAILED " + file + ": " + e.getMessage());
                continue;
            }
            present.add(dg.documentIri());
            if (graphsDir != null) writeTrig(dg.quads(), graphsDir.resolve(dg.documentId() + ".trig"));
            if (store != null) store.replaceDocument(dg.documentIri(), dg.registry(), dg.quads());
            dg.quads().forEach(merged::add);
            docs++;
            articles += dg.articles();
            quads += dg.quads().size();
            log.printf("extracted %s: %d articles, %d quads%n", file, dg.articles(), dg.quads().size());
        }
        if (store != null) {
            for (String id : store.documents().keySet()) {
                Node iri = NodeFactory.createURI(Iris.document(id));
                if (!present.contains(iri) && failures.stream().noneMatch(f -> f.contains(id))) {
                    store.removeDocument(iri);
                    log.println("removed " + id + ": no longer in " + seeds);
                }
            }
        }
        if (store != null) {
            int replaced = ReferenceGraphs.loadInto(store);
            log.println("reference graphs (ontology, shapes, industries, divisions): " + replaced + " replaced, the others up to date");
        }
        if (graphsDir != null) writeTrig(merged, graphsDir.resolve("countygraph.trig"));
        return new Report(docs, articles, quads, failures);
    }

    /** A document's quads and its registry entry. */
    public record DocumentGraphs(String documentId, Node documentIri, int articles, List<Triple> registry, List<Quad> quads) {}

    /** Turns an extraction into quads and the document's registry triples. */
    public static DocumentGraphs toQuads(DocumentExtraction x) {
        List<Quad> quads = new ArrayList<>();
        new ArticleGraphWriter(new StreamRDFBase() {
            @Override
            public void quad(Quad q) { quads.add(q); }
        }).write(x);
        SourceDocument d = x.document();
        Node doc = Iris.checked(Iris.document(d.id()));
        List<Triple> reg = new ArrayList<>();
        reg.add(Triple.create(doc, NodeFactory.createURI(Vocab.RDF + "type"), CG.SourceDocument));
        reg.add(Triple.create(doc, CG.documentId, NodeFactory.createLiteralString(d.id())));
        reg.add(Triple.create(doc, CG.contentHash, NodeFactory.createLiteralString(Iris.hash(d.text()))));
        for (ArticleExtraction a : x.articles()) {
            reg.add(Triple.create(doc, CG.hasArticle, Iris.checked(Iris.article(d.id(), a.article().index()))));
        }
        return new DocumentGraphs(d.id(), doc, x.articles().size(), reg, quads);
    }

    /** Writes quads as pretty TriG with CountyGraph's prefixes. */
    public static void writeTrig(List<Quad> quads, Path file) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        quads.forEach(ds::add);
        writeTrig(ds, file);
    }

    private static void writeTrig(DatasetGraph ds, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                write(ds, out, RDFFormat.TRIG_PRETTY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes a dataset in a format with CountyGraph's prefixes. */
    public static void write(DatasetGraph ds, OutputStream out, RDFFormat format) {
        ds.prefixes().putAll(Vocab.prefixMapping());
        RDFDataMgr.write(out, ds, format);
    }

}
