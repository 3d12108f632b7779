package org.countygraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.countygraph.rdf.ArticleGraphWriter;
import org.countygraph.vocab.CG;

/**
 * CountyGraph's TDB2 store on disk: the article graphs of every loaded document, a registry of
 * documents with their content hashes, and reference graphs (ontology, gazetteer...). The default
 * graph seen by queries is the union of the named graphs.
 *
 * <p>Every change of one document is one write transaction: a failure leaves the store as it was.
 * Usage: {@code try (GraphStore s = GraphStore.open(dir)) { s.replaceDocument(...); }}
 */
public final class GraphStore implements AutoCloseable {
    /** The graph listing loaded documents: their id, name, content hash and articles. */
    public static final Node DOCUMENTS = NodeFactory.createURI(CG.GRAPH + "documents");

    private final Path dir;
    private final DatasetGraph dsg;

    private GraphStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /**
     * Opens (creating if needed) the store in {@code dir}. A {@code dir} that is a link (see
     * {@link StoreGenerations}) opens the folder it points to now, even in a process that opened
     * its earlier target before. A journal entry a crash cut short is dropped first ({@link JournalRepair}).
     */
    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            long cut = JournalRepair.repair(dir.toRealPath());
            if (cut > 0) {
                System.err.println("countygraph: store " + dir + ": cut " + cut + " bytes of a transaction that never committed"
                        + " from the journal (a crash while it was being written)");
            }
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toRealPath().toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new GraphStore(dir, dsg);
        } catch (Exception e) {
            throw new StoreException("cannot open TDB2 store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The TDB2 dataset, for serving and querying. */
    public DatasetGraph dataset() { return dsg; }

    public Path directory() { return dir; }

    /**
     * A loaded document as the documents graph records it.
     *
     * @param id          the document id
     * @param iri         the document's IRI
     * @param contentHash the hash of the text it was extracted from
     * @param extractor   the fingerprint of the extractor that made its graphs, or "" when not recorded
     * @param articles    the IRIs of its article graphs
     */
    public record StoredDocument(String id, Node iri, String contentHash, String extractor, List<Node> articles) {}

    /** Every loaded document by id, in one read transaction. */
    public Map<String, StoredDocument> registry() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, StoredDocument> out = new java.util.TreeMap<>();
            dsg.find(DOCUMENTS, Node.ANY, CG.documentId, Node.ANY).forEachRemaining(q -> {
                Node doc = q.getSubject();
                List<Node> articles = new ArrayList<>();
                dsg.find(DOCUMENTS, doc, CG.hasArticle, Node.ANY).forEachRemaining(a -> articles.add(a.getObject()));
                out.put(q.getObject().getLiteralLexicalForm(), new StoredDocument(q.getObject().getLiteralLexicalForm(), doc,
                        literal(doc, CG.contentHash), literal(doc, CG.extractor), articles));
            });
            return out;
        });
    }

    private String literal(Node doc, Node property) {
        var it = dsg.find(DOCUMENTS, doc, property, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    /** The quads of a document's article graphs, in one read transaction; empty when it is not loaded. */
    public List<Quad> documentQuads(Node documentIri) {
        return Txn.calculateRead(dsg, () -> {
            List<Quad> out = new ArrayList<>();
            dsg.find(DOCUMENTS, documentIri, CG.hasArticle, Node.ANY)
                    .forEachRemaining(a -> dsg.find(a.getObject(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add));
            return out;
        });
    }

    /** The ids and content hashes of the loaded documents. */
    public Map<String, String> documents() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> out = new LinkedHashMap<>();
            dsg.find(DOCUMENTS, Node.ANY, CG.contentHash, Node.ANY).forEachRemaining(q -> {
                Node id = dsg.find(DOCUMENTS, q.getSubject(), CG.documentId, Node.ANY).next().getObject();
                out.put(id.getLiteralLexicalForm(), q.getObject().getLiteralLexicalForm());
            });
            return out;
        });
    }

    /** True when no document and no reference graph is loaded. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /**
     * Replaces everything a document contributed with {@code quads}, in one write transaction.
     *
     * @param documentIri the document's IRI
     * @param registry    triples about the document for the documents graph (id, hash, articles)
     * @param quads       the document's article graphs
     */
    public void replaceDocument(Node documentIri, Collection<org.apache.jena.graph.Triple> registry, Collection<Quad> quads) {
        replaceDocuments(List.of(new DocumentWrite(documentIri, registry, quads)));
    }

    /**
     * A document's new contents for {@link #replaceDocuments}.
     *
     * @param documentIri the document's IRI
     * @param registry    triples about the document for the documents graph (id, hash, articles)
     * @param quads       the document's article graphs
     */
    public record DocumentWrite(Node documentIri, Collection<org.apache.jena.graph.Triple> registry, Collection<Quad> quads) {}

    /**
     * Replaces several documents in one write transaction: each is replaced whole or, when the
     * transaction fails, none is. TDB2 copies every index block a transaction touches, so a
     * transaction per small document copies much the same blocks again and again; one for many
     * documents copies them once.
     */
    public void replaceDocuments(List<DocumentWrite> documents) {
        Txn.executeWrite(dsg, () -> {
            Set<Node> mentioned = new HashSet<>();
            for (DocumentWrite d : documents) {
                dropDocument(d.documentIri(), mentioned);
                for (org.apache.jena.graph.Triple t : d.registry()) dsg.add(DOCUMENTS, t.getSubject(), t.getPredicate(), t.getObject());
                for (Quad q : d.quads()) {
                    if (q.isDefaultGraph()) throw new StoreException("refusing a quad outside a named graph: " + q);
                    dsg.add(q);
                }
            }
            dropNamesOfUnmentioned(mentioned);
        });
    }

    /** Removes a document and its article graphs, in one write transaction; false when it was not loaded. */
    public boolean removeDocument(Node documentIri) {
        return Txn.calculateWrite(dsg, () -> {
            Set<Node> mentioned = new HashSet<>();
            boolean known = dropDocument(documentIri, mentioned);
            dropNamesOfUnmentioned(mentioned);
            return known;
        });
    }

    /** Drops a document's article graphs and registry entry, adding what they mentioned to {@code mentioned}. */
    private boolean dropDocument(Node doc, Set<Node> mentioned) {
        List<Node> graphs = new ArrayList<>();
        dsg.find(DOCUMENTS, doc, CG.hasArticle, Node.ANY).forEachRemaining(q -> graphs.add(q.getObject()));
        boolean known = dsg.find(DOCUMENTS, doc, Node.ANY, Node.ANY).hasNext();
        for (Node g : graphs) {
            dsg.find(g, Node.ANY, CG.mentions, Node.ANY).forEachRemaining(q -> mentioned.add(q.getObject()));
            dsg.removeGraph(g);
        }
        dsg.deleteAny(DOCUMENTS, doc, Node.ANY, Node.ANY);
        return known;
    }

    /**
     * Drops from {@link ArticleGraphWriter#NAMES} the names of those of {@code entities} that no
     * article mentions any more, so that a removed document leaves no named node behind.
     */
    private void dropNamesOfUnmentioned(Set<Node> entities) {
        for (Node e : entities) {
            if (!dsg.find(Node.ANY, Node.ANY, CG.mentions, e).hasNext()) dsg.deleteAny(ArticleGraphWriter.NAMES, e, Node.ANY, Node.ANY);
        }
    }

    /** Replaces a reference graph (ontology, shapes, gazetteer...) in one write transaction. */
    public void replaceGraph(Node name, Graph graph) {
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(name);
            graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** True when the named graph {@code g} holds the triple. */
    public boolean hasTriple(Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> dsg.contains(g, s, p, o));
    }

    /** Number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /** Releases the store so that another process may open it. */
    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
