package org.countygraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.Function;
import org.countygraph.build.GraphBuild;
import org.countygraph.extract.Extractor;
import org.countygraph.ingest.InputDocument;
import org.countygraph.ingest.Reason;
import org.countygraph.store.GraphStore;

/**
 * The job's extraction stage: one document to its quads, as {@code build} would load them (the
 * article graphs, one a named graph, and the document's entry in the documents graph), or to the
 * reason it failed. A failure is caught here, so a bad document fails alone and never its task.
 */
final class ExtractionStage implements Function<Piece, Extracted> {
    /** Makes the extractor; a lambda that is itself serializable. */
    interface ExtractorSource extends Supplier<Extractor>, java.io.Serializable {}

    private final String fingerprint;
    private final ExtractorSource extractor;

    /** Extraction with the executor's shared standard extractor, recording {@code fingerprint} with each document. */
    ExtractionStage(String fingerprint) {
        this(fingerprint, ExecutorExtractor::get);
    }

    ExtractionStage(String fingerprint, ExtractorSource extractor) {
        if (fingerprint == null || fingerprint.isBlank()) throw new IllegalArgumentException("fingerprint must not be blank: '" + fingerprint + "'");
        this.fingerprint = fingerprint;
        this.extractor = extractor;
    }

    @Override
    public Extracted call(Piece p) {
        if (!p.isDocument()) return Extracted.failed(p.id(), p.source(), p.reason(), p.message());
        try {
            InputDocument in = p.document();
            GraphBuild.DocumentGraphs g = GraphBuild.toQuads(extractor.get().extract(in.document()), in, fingerprint);
            Set<Quad> quads = new LinkedHashSet<>(g.quads());
            for (Triple t : g.registry()) quads.add(Quad.create(GraphStore.DOCUMENTS, t));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RDFDataMgr.writeQuads(bytes, quads.iterator());
            String text = bytes.toString(StandardCharsets.UTF_8);
            if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
            return new Extracted(p.id(), p.source(), true, null, null, g.articles(), quads.size(), p.text().length(), text);
        } catch (RuntimeException | StackOverflowError e) {
            return Extracted.failed(p.id(), p.source(), Reason.EXTRACT_ERROR.name(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
