package org.countygraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.build.GraphBuild;
import org.countygraph.build.GraphBuild.DocumentGraphs;
import org.countygraph.extract.Extractor;
import org.countygraph.ingest.InputDocument;
import org.countygraph.rdf.Iris;
import org.countygraph.build.TransactionBatch;
import org.countygraph.store.GraphStore;
import org.countygraph.vocab.CG;

/**
 * A corpus extracted once and then copied at the level of quads until it is as large as asked:
 * copy {@code k} of a document has the id {@code <id>-r<k>}, so its document and article graphs
 * are distinct, while the entities it names (keyed by identity, not by document) are shared
 * between copies as they are between real articles that name the same county.
 *
 * @param documents one entry per document copy: its registry triples and article quads
 */
record ExtractedCorpus(List<DocumentGraphs> documents) {
    ExtractedCorpus {
        documents = List.copyOf(documents);
    }

    /** Extracts every document of {@code corpus} with {@code threads} threads. */
    static ExtractedCorpus extract(BenchCorpus corpus, Extractor extractor, int threads) {
        List<DocumentGraphs> out = Collections.synchronizedList(new ArrayList<>());
        ParallelRun.time("extract", corpus.documents(), d -> d.document().text().length(), threads,
                (InputDocument d) -> {
                    DocumentGraphs g = GraphBuild.toQuads(extractor.extract(d.document()), d, "bench");
                    out.add(g);
                    return g.quads().size();
                });
        List<DocumentGraphs> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> a.documentId().compareTo(b.documentId()));
        return new ExtractedCorpus(sorted);
    }

    /** The number of quads a store holds after loading every document: registry triples and article quads. */
    long quads() {
        return documents.stream().mapToLong(d -> d.registry().size() + d.quads().size()).sum();
    }

    /** Copies of this corpus, as many as needed for at least {@code minQuads} quads (one copy at least). */
    ExtractedCorpus replicatedTo(long minQuads) {
        long per = Math.max(1, quads());
        int copies = (int) Math.max(1, (minQuads + per - 1) / per);
        List<DocumentGraphs> out = new ArrayList<>();
        for (int k = 1; k <= copies; k++) {
            for (DocumentGraphs d : documents) out.add(copy(d, k));
        }
        return new ExtractedCorpus(out);
    }

    /** Loads every document into the store the way a build does: several to a write transaction ({@link TransactionBatch}). */
    void loadInto(GraphStore store) {
        TransactionBatch batch = new TransactionBatch(store);
        for (DocumentGraphs d : documents) {
            batch.add(d, failure -> {
                if (failure != null) throw new BenchException("cannot load " + d.documentId() + ": " + failure.getMessage());
            });
        }
        batch.commit();
    }

    /** Writes every quad, the registry's in the documents graph, as N-Quads. */
    void writeNQuads(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF s = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            s.start();
            for (DocumentGraphs d : documents) {
                for (Triple t : d.registry()) s.quad(Quad.create(GraphStore.DOCUMENTS, t));
                d.quads().forEach(s::quad);
            }
            s.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static DocumentGraphs copy(DocumentGraphs d, int k) {
        String id = d.documentId() + "-r" + k;
        Renamer r = new Renamer(d.documentId(), id);
        List<Triple> reg = new ArrayList<>(d.registry().size());
        for (Triple t : d.registry()) reg.add(Triple.create(r.node(t.getSubject()), t.getPredicate(), r.node(t.getObject())));
        List<Quad> quads = new ArrayList<>(d.quads().size());
        for (Quad q : d.quads()) {
            quads.add(Quad.create(r.node(q.getGraph()), r.node(q.getSubject()), q.getPredicate(), r.node(q.getObject())));
        }
        return new DocumentGraphs(id, r.node(d.documentIri()), d.articles(), reg, quads);
    }

    /** Renames a document's IRIs (its document, its articles and all under them) and its id literal. */
    private record Renamer(String from, String to) {
        Node node(Node n) {
            if (n.isURI()) {
                String iri = n.getURI();
                String doc = Iris.document(from);
                String art = CG.ID + "article/" + from + "/";
                if (iri.equals(doc)) return NodeFactory.createURI(Iris.document(to));
                if (iri.startsWith(art)) return NodeFactory.createURI(CG.ID + "article/" + to + "/" + iri.substring(art.length()));
                return n;
            }
            if (n.isLiteral() && n.getLiteralLexicalForm().equals(from) && n.getLiteralLanguage().isEmpty()) {
                return NodeFactory.createLiteralString(to);
            }
            return n;
        }
    }
}
