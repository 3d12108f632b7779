package org.countygraph.serve;

import static java.lang.String.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's graph store protocol read operation, writing in streaming form whatever can stream:
 * N-Triples, N-Quads, and Turtle and TriG in their "blocks" form (still Turtle and TriG, written
 * subject by subject as the store is read, in constant memory). Formats that must hold the whole
 * graph first (JSON-LD, RDF/XML, TriX) are served only up to a cap; above it the answer is 406 with
 * the streaming formats to ask for instead.
 */
final class GraphStoreReader extends GSP_R {
    private final long maxTriples;

    GraphStoreReader(long maxTriples) { this.maxTriples = maxTriples; }

    @Override
    protected void execGetQuads(HttpAction action) {
        ActionLib.setCommonHeaders(action);
        MediaType mediaType = ActionLib.contentNegotationQuads(action);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
        if (lang == null) lang = RDFLanguages.NQUADS;
        if (!RDFLanguages.isQuads(lang)) ServletOps.errorBadRequest("Not a quads format: " + mediaType);
        action.beginRead();
        try {
            DatasetGraph dsg = decideDataset(action);
            RDFFormat fmt = choose(lang, () -> dsg.find());
            if (StreamRDFWriter.defaultSerialization(lang) == null) writeInMemory(action, fmt, out -> RDFDataMgr.write(out, dsg, fmt));
            else write(action, () -> ActionLib.datasetResponse(action, dsg, fmt, null));
        } finally {
            action.endRead();
        }
    }

    @Override
    protected void execGetGSP(HttpAction action) {
        ActionLib.setCommonHeaders(action);
        MediaType mediaType = ActionLib.contentNegotationRDF(action);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
        if (lang == null) lang = RDFLanguages.TURTLE;
        action.beginRead();
        try {
            DatasetGraph dsg = decideDataset(action);
            GraphTarget target = GraphTarget.determineTargetGSP(dsg, action);
            if (!target.exists()) ServletOps.errorNotFound("No such graph: " + target.label());
            Graph graph = target.graph();
            RDFFormat fmt = choose(lang, () -> graph.find());
            if (StreamRDFWriter.defaultSerialization(lang) == null) writeInMemory(action, fmt, out -> RDFDataMgr.write(out, graph, fmt));
            else write(action, () -> ActionLib.graphResponse(action, graph, fmt, null));
        } finally {
            action.endRead();
        }
    }

    /** The streaming form of {@code lang}, or its usual form when the data is within the cap. */
    private RDFFormat choose(Lang lang, Supplier<Iterator<?>> items) {
        RDFFormat streaming = StreamRDFWriter.defaultSerialization(lang);
        if (streaming != null) return streaming;
        Iterator<?> it = items.get();
        try {
            long n = Iter.count(Iter.limit(it, maxTriples + 1));
            if (n > maxTriples) {
                ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, format("More than %d triples: too many to write as %s, "
                        + "which must be built in memory. Ask for application/n-triples, application/n-quads, text/turtle "
                        + "or application/trig, which stream.", maxTriples, lang.getName()));
            }
        } finally {
            Iter.close(it);
        }
        return ActionLib.getNetworkFormatForLang(lang);
    }

    /**
     * Writes a format that is built in memory anyway (the data is within the cap) into a buffer
     * first, so that data the format cannot carry (U+0001 in RDF/XML) is a 406 naming the problem
     * rather than a cut or empty body.
     */
    private static void writeInMemory(HttpAction action, RDFFormat fmt, Consumer<OutputStream> writer) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            writer.accept(buf);
        } catch (JenaException ex) {
            ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "The data cannot be written as " + fmt.getLang().getName() + ": "
                    + ex.getMessage() + ". Ask for application/n-triples, application/n-quads, text/turtle or application/trig.");
        }
        action.setResponseContentType(fmt.getLang().getContentType().getContentTypeStr());
        action.setResponseCharacterEncoding("utf-8");
        try {
            OutputStream out = action.getResponseOutputStream();
            buf.writeTo(out);
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("client went away while receiving " + fmt.getLang().getName(), ex);
        }
        ServletOps.success(action);
    }

    private static void write(HttpAction action, Runnable response) {
        try {
            response.run();
            ServletOps.success(action);
        } catch (JenaException ex) {
            ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "Failed to write output: " + ex.getMessage());
        }
    }
}
