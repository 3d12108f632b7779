package org.countygraph.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
import org.countygraph.ingest.FileNames;
import org.countygraph.ingest.InputDocument;
import org.countygraph.ingest.InputException;
import org.countygraph.ingest.InputFormat;
import org.countygraph.ingest.InputLimits;
import org.countygraph.ingest.Reason;
import org.countygraph.ingest.SourceReader;
import org.countygraph.rdf.ArticleGraphWriter;
import org.countygraph.rdf.Iris;
import org.countygraph.store.GraphStore;
import org.countygraph.store.GraphStore.StoredDocument;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;
import org.countygraph.vocab.Vocab;

/**
 * The build: documents read, extracted where they changed, and loaded into the store several
 * to a write transaction, each whole or not at all.
 *
 * <ol>
 *   <li>{@link #run(Path)} lists the input files under a folder (recursively, sorted);
 *       {@link #add(List)} takes files one by one, {@link #remove(Collection)} document ids.</li>
 *   <li>Each file is read ({@link SourceReader}): a text file or page is one document, a JSON
 *       Lines file one a record. What cannot be read is a {@link Outcome.Status#FAILED} outcome
 *       naming the file, the reason and (for encodings) the byte offset; the store keeps whatever
 *       version it had; the build goes on.</li>
 *   <li>A document whose text hash and extractor fingerprint equal the stored ones is
 *       {@link Outcome.Status#UNCHANGED} and not extracted again. One whose text equals another's
 *       of the same build is a {@link Outcome.Status#DUPLICATE}: the first (in file order) is loaded.</li>
 *   <li>Else it is extracted and its graphs replace its earlier version in a write transaction
 *       shared with the documents around it ({@link TransactionBatch}, up to 200,000 quads): a
 *       failure or a crash leaves each document at its new version or its earlier one, whole.
 *       Outcomes are told in input order, a loaded document's once its transaction committed.</li>
 *   <li>{@link #run(Path)} then drops the documents no longer among the inputs, each in its own
 *       transaction. With a graphs folder, each loaded document's {@code <graphs>/<document>.trig} is
 *       written once it committed, and at the end the merged {@code <graphs>/countygraph.trig}
 *       from those files, in order of document id ({@link MergedTrig}): no quads are kept in memory.</li>
 *   <li>With a store, {@link #run(Path)} last replaces the store's reference graphs (ontology, shapes,
 *       industries, divisions) with the bundled ones where they changed ({@link ReferenceGraphs}).</li>
 * </ol>
 *
 * Usage: {@code GraphBuild.create().extractor(x).store(store).build().run(Path.of("seeds"))}.
 * Entities live only in article graphs, so one that no document mentions any more is gone from
 * the union once its last document is replaced or dropped: the result equals a full rebuild.
 */
public final class GraphBuild {
    /** The merged file in the graphs folder. */
    public static final String MERGED = "countygraph.trig";

    final Extractor extractor;
    final SourceReader reader;
    final GraphStore store;
    final Path graphs;
    final String fingerprint;
    final boolean full;
    final BuildListener listener;

    private GraphBuild(Builder b) {
        this.extractor = b.extractor;
        this.reader = SourceReader.create(b.limits);
        this.store = b.store;
        this.graphs = b.graphs;
        this.fingerprint = b.fingerprint != null ? b.fingerprint : CodeFingerprint.of(b.extractor.getClass());
        this.full = b.full;
        this.listener = b.listener;
    }

    /** A build that extracts with {@code extractor} and logs one line per document to {@code log}. */
    public GraphBuild(Extractor extractor, PrintStream log) {
        this(create().extractor(extractor).log(log));
    }

    public static Builder create() { return new Builder(); }

    /** Builds a {@link GraphBuild}; only the extractor is required. */
    public static final class Builder {
        private Extractor extractor;
        private InputLimits limits = InputLimits.DEFAULT;
        private GraphStore store;
        private Path graphs;
        private String fingerprint;
        private boolean full;
        private BuildListener listener = o -> {};

        private Builder() {}

        public Builder extractor(Extractor x) { this.extractor = Objects.requireNonNull(x, "extractor"); return this; }

        /** Input limits. Defaults to {@link InputLimits#DEFAULT}. */
        public Builder limits(InputLimits l) { this.limits = Objects.requireNonNull(l, "limits"); return this; }

        /** The store to load; none (the default) extracts without loading and without incremental skipping. */
        public Builder store(GraphStore s) { this.store = s; return this; }

        /** The folder for TriG files; none (the default) writes no files. */
        public Builder graphs(Path dir) { this.graphs = dir; return this; }

        /** The extractor fingerprint stored with each document. Defaults to {@link CodeFingerprint} of the extractor's class. */
        public Builder fingerprint(String f) {
            if (f == null || f.isBlank()) throw new IllegalArgumentException("fingerprint must not be blank: '" + f + "'");
            this.fingerprint = f;
            return this;
        }

        /** True to extract every document even when unchanged. Defaults to false. */
        public Builder full(boolean f) { this.full = f; return this; }

        /** Hears every outcome. Defaults to none. */
        public Builder listener(BuildListener l) { this.listener = Objects.requireNonNull(l, "listener"); return this; }

        /** Logs one line per outcome to {@code log}. */
        public Builder log(PrintStream log) { return listener(new LogListener(Objects.requireNonNull(log, "log"))); }

        /**
         * Also prints a {@link ProgressListener} line to {@code out} at most once per {@code every}: documents,
         * characters, triples, rate, time left. Wraps the listener set so far, so call it after {@link #listener} or {@link #log}.
         */
        public Builder progress(PrintStream out, java.time.Duration every) {
            return listener(new ProgressListener(out, every, listener));
        }

        public GraphBuild build() {
            if (extractor == null) throw new IllegalStateException("a GraphBuild needs an extractor");
            return new GraphBuild(this);
        }
    }

    /** The earlier entry point: {@link #run(Path)} with this build's extractor and listener and the given graphs folder and store. */
    public BuildReport run(Path seeds, Path graphsDir, GraphStore target) {
        Builder b = create().extractor(extractor).listener(listener).full(full).graphs(graphsDir).store(target).fingerprint(fingerprint);
        b.limits = reader.limits();
        return b.build().run(seeds);
    }

    /** Makes the store hold exactly the documents under {@code root}: see the class comment. */
    public BuildReport run(Path root) {
        List<Path> files = SourceReader.files(root);
        listener.starting(files.size(), files.stream().mapToLong(GraphBuild::size).sum());
        BuildPass pass = new BuildPass(this, false);
        for (Path f : files) pass.read(f);
        pass.finish();
        pass.removeAbsent();
        pass.writeMerged();
        if (store != null) ReferenceGraphs.loadInto(store);
        return new BuildReport(pass.outcomes);
    }

    /** Adds or replaces the documents of the given files (folders are read recursively); nothing is dropped. */
    public BuildReport add(List<Path> files) {
        BuildPass pass = new BuildPass(this, true);
        for (Path p : files) {
            List<Path> listed;
            try {
                listed = SourceReader.files(p);
            } catch (InputException e) {
                pass.emit(Outcome.failed(e.at(e.source(), FileNames.documentId(p))));
                continue;
            }
            for (Path f : listed) pass.read(f);
        }
        pass.finish();
        return new BuildReport(pass.outcomes);
    }

    /** Adds or replaces the document(s) read from a stream; {@code format} null means sniff it. */
    public BuildReport add(InputStream in, String name, String id, InputFormat format) {
        BuildPass pass = new BuildPass(this, true);
        reader.read(in, name, id, format, pass.sink(null));
        pass.finish();
        return new BuildReport(pass.outcomes);
    }

    /** Drops documents by id, each in its own transaction; an unknown id is a failure. */
    public BuildReport remove(Collection<String> ids) {
        requireStore();
        BuildPass pass = new BuildPass(this, true);
        for (String id : ids) {
            StoredDocument d = pass.registry.get(id);
            if (d == null) pass.emit(Outcome.failed(id, id, Reason.NOT_FOUND, "no document with this id in the store"));
            else pass.drop(d);
        }
        return new BuildReport(pass.outcomes);
    }

    /** A file's size in bytes, 0 when it cannot be told (the reading reports why). */
    static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    void requireStore() {
        if (store == null) throw new IllegalStateException("this operation needs a store");
    }

    /** A document's quads and its entry in the documents graph. */
    public record DocumentGraphs(String documentId, Node documentIri, int articles, List<Triple> registry, List<Quad> quads) {}

    /** Turns an extraction into quads and the document's registry triples. */
    public static DocumentGraphs toQuads(DocumentExtraction x) {
        return toQuads(x, null, null);
    }

    /**
     * Turns an extraction into quads and registry triples: id, content hash, articles, the
     * extractor's fingerprint, and for a derived text ({@link InputDocument#derived()}) the text
     * itself ({@code cg:text}), since offsets point into it, and its URL.
     */
    public static DocumentGraphs toQuads(DocumentExtraction x, InputDocument in, String fingerprint) {
        List<Quad> quads = new ArrayList<>();
        new ArticleGraphWriter(new StreamRDFBase() {
            @Override
            public void quad(Quad q) { quads.add(q); }
        }).write(x);
        SourceDocument d = x.document();
        Node doc = Iris.checked(Iris.document(d.id()));
        List<Triple> reg = new ArrayList<>();
        reg.add(Triple.create(doc, Terms.type, CG.SourceDocument));
        reg.add(Triple.create(doc, CG.documentId, NodeFactory.createLiteralString(d.id())));
        reg.add(Triple.create(doc, CG.contentHash, NodeFactory.createLiteralString(Iris.hash(d.text()))));
        if (fingerprint != null) reg.add(Triple.create(doc, CG.extractor, NodeFactory.createLiteralString(fingerprint)));
        if (in != null && in.derived()) reg.add(Triple.create(doc, CG.text, NodeFactory.createLiteralString(d.text())));
        if (in != null) in.url().ifPresent(u -> reg.add(Triple.create(doc, Terms.url, NodeFactory.createLiteralString(u))));
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

    static void writeTrig(DatasetGraph ds, Path file) {
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
