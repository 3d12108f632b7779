package org.countygraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.extract.SourceDocument;
import org.countygraph.ingest.FileNames;
import org.countygraph.ingest.InputDocument;
import org.countygraph.ingest.InputException;
import org.countygraph.ingest.InputFormat;
import org.countygraph.ingest.InputSink;
import org.countygraph.ingest.Reason;
import org.countygraph.rdf.Iris;
import org.countygraph.store.GraphStore.StoredDocument;

/**
 * One pass of a {@link GraphBuild} over inputs: what it has seen (ids, text hashes, documents
 * present), the outcomes so far, the documents waiting for their store transaction
 * ({@link TransactionBatch}) and the ids of the documents that go into the merged file.
 * Outcomes are handed on in input order, a loaded document's once its transaction committed;
 * {@link #finish()} commits what still waits.
 */
final class BuildPass {
    final List<Outcome> outcomes = new ArrayList<>();
    final Map<String, StoredDocument> registry;
    private final GraphBuild build;
    private final boolean againstStore;
    private final Map<String, String> seenIds = new HashMap<>();
    private final Map<String, String> seenHashes = new HashMap<>();
    private final Set<String> present = new HashSet<>();
    private final List<String> keptPrefixes = new ArrayList<>();
    private final Set<String> merged = new java.util.TreeSet<>();
    private final OutcomeQueue queue;
    private final TransactionBatch batch;

    /** {@code againstStore}: also count documents already stored under other ids as duplicates. */
    BuildPass(GraphBuild build, boolean againstStore) {
        this.build = build;
        this.againstStore = againstStore;
        this.registry = build.store == null ? Map.of() : build.store.registry();
        this.queue = new OutcomeQueue(o -> {
            outcomes.add(o);
            build.listener.outcome(o);
        });
        this.batch = build.store == null ? null : new TransactionBatch(build.store);
    }

    /** Commits the documents still waiting for their transaction and hands on their outcomes. */
    void finish() {
        if (batch != null) batch.commit();
    }

    void read(Path file) {
        build.listener.reading(file, GraphBuild.size(file));
        build.reader.read(file, sink(file));
    }

    InputSink sink(Path file) {
        return new InputSink() {
            @Override
            public void document(InputDocument d) { load(d); }

            @Override
            public void rejected(InputException e) {
                if (e.documentId() != null) present.add(e.documentId());
                if (file != null && InputFormat.of(file) == InputFormat.JSONL && e.source().equals(FileNames.display(file))) {
                    keptPrefixes.add(FileNames.documentId(file) + "-");
                }
                emit(Outcome.failed(e));
            }
        };
    }

    void emit(Outcome o) {
        queue.add(o);
    }

    void load(InputDocument in) {
        build.listener.document(in);
        SourceDocument doc = in.document();
        String id = doc.id();
        String other = seenIds.putIfAbsent(id, in.source());
        if (other != null) {
            emit(Outcome.failed(in.source(), id, Reason.DUPLICATE_ID, "document id " + id + " is also that of " + other));
            return;
        }
        String hash = Iris.hash(doc.text());
        String first = seenHashes.putIfAbsent(hash, id);
        if (first == null && againstStore) first = storedWithHash(hash, id);
        if (first != null) {
            emit(Outcome.of(in.source(), id, Outcome.Status.DUPLICATE, 0, 0,
                    "duplicate " + in.source() + ": same text as document " + first + ", which is the one loaded"));
            return;
        }
        present.add(id);
        StoredDocument old = registry.get(id);
        if (!build.full && old != null && old.contentHash().equals(hash) && old.extractor().equals(build.fingerprint)) {
            unchanged(in, old);
            return;
        }
        GraphBuild.DocumentGraphs dg;
        try {
            dg = GraphBuild.toQuads(build.extractor.extract(doc), in, build.fingerprint);
        } catch (RuntimeException e) {
            emit(Outcome.failed(in.source(), id, Reason.EXTRACT_ERROR, String.valueOf(e.getMessage())));
            return;
        }
        if (build.store == null) {
            loaded(in, dg);
            return;
        }
        OutcomeQueue.Place place = queue.reserve();
        batch.add(dg, failure -> {
            if (failure == null) place.fill(loaded(in, dg));
            else place.fill(Outcome.failed(in.source(), id, Reason.STORE_ERROR, String.valueOf(failure.getMessage())));
        });
    }

    /** Writes a committed (or, without a store, extracted) document's files and tells its outcome. */
    private Outcome loaded(InputDocument in, GraphBuild.DocumentGraphs dg) {
        String id = dg.documentId();
        written(id, dg.quads());
        Outcome o = Outcome.of(in.source(), id, Outcome.Status.LOADED, dg.articles(), dg.quads().size(),
                "loaded " + id + " from " + in.source() + ": " + dg.articles() + " articles, " + dg.quads().size() + " quads");
        if (build.store == null) emit(o);
        return o;
    }

    private String storedWithHash(String hash, String id) {
        for (StoredDocument d : registry.values()) {
            if (d.contentHash().equals(hash) && !d.id().equals(id)) return d.id();
        }
        return null;
    }

    private void unchanged(InputDocument in, StoredDocument old) {
        long quads = build.store.documentQuads(old.iri()).size();
        if (build.graphs != null) {
            // TDB2 keeps values, not lexical forms ("0.90" comes back as "0.9"): the files come
            // from the earlier build's file or a fresh extraction, never from the store
            Path file = build.graphs.resolve(old.id() + ".trig");
            if (Files.exists(file)) {
                merged.add(old.id());
            } else {
                try {
                    written(old.id(), GraphBuild.toQuads(build.extractor.extract(in.document()), in, build.fingerprint).quads());
                } catch (RuntimeException e) {
                    emit(Outcome.failed(in.source(), old.id(), Reason.EXTRACT_ERROR, String.valueOf(e.getMessage())));
                    return;
                }
            }
        }
        emit(Outcome.of(in.source(), old.id(), Outcome.Status.UNCHANGED, old.articles().size(), quads,
                "unchanged " + old.id() + " (" + in.source() + ")"));
    }

    private void written(String id, List<Quad> quads) {
        if (build.graphs == null) return;
        GraphBuild.writeTrig(quads, build.graphs.resolve(id + ".trig"));
        merged.add(id);
    }

    void removeAbsent() {
        for (StoredDocument d : registry.values()) {
            if (present.contains(d.id()) || keptPrefixes.stream().anyMatch(d.id()::startsWith)) continue;
            drop(d);
        }
    }

    void drop(StoredDocument d) {
        build.requireStore();
        try {
            build.store.removeDocument(d.iri());
            if (build.graphs != null) Files.deleteIfExists(build.graphs.resolve(d.id() + ".trig"));
        } catch (RuntimeException | IOException e) {
            emit(Outcome.failed(d.id(), d.id(), Reason.STORE_ERROR, "cannot drop: " + e.getMessage()));
            return;
        }
        emit(Outcome.of(d.id(), d.id(), Outcome.Status.REMOVED, 0, 0, "removed " + d.id() + ": no longer among the inputs"));
    }

    void writeMerged() {
        if (build.graphs != null) MergedTrig.write(build.graphs, List.copyOf(merged), build.graphs.resolve(GraphBuild.MERGED));
    }
}
