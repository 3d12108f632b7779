package org.countygraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update operation with a validator in front: a request holding {@code LOAD} is
 * refused with 400 before anything runs, whoever sends it, because {@code LOAD} makes the server
 * fetch a URL or read a local file. An update cut by the update timeout answers 503, and one whose
 * WHERE calls {@code SERVICE} 422, as queries do, not 500; either way nothing is changed.
 *
 * <p>The body (already bounded by the request size limit) is read once, parsed to check it, and
 * then given to Fuseki, which parses and runs it in one write transaction. The check also answers
 * 400 to a request naming its graphs both in the protocol and in USING or WITH, which the SPARQL
 * 1.1 Protocol makes a client error and Fuseki 5.6.0 answers with 500.
 */
final class UpdateService extends SPARQL_Update {
    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check(action, body);
        try {
            super.execute(action, new ByteArrayInputStream(body));
        } catch (ActionErrorException e) {
            if (e.getCause() instanceof QueryCancelledException) ServletOps.error(503, "Update timed out; nothing was changed.");
            if (e.getCause() instanceof QueryDeniedException denied) ServletOps.error(422, denied.getMessage());
            if (e.getCause() instanceof ResultTooLargeException tooLarge) ServletOps.errorBadRequest(tooLarge.getMessage());
            throw e;
        }
    }

    /**
     * Parses the request as Fuseki will, with the protocol's {@code using-graph-uri} and
     * {@code using-named-graph-uri}: a request that names graphs both there and in USING or WITH is
     * 400 (Fuseki 5.6.0 answers 500), one with LOAD is 400; a syntax error is left to Fuseki.
     */
    private static void check(HttpAction action, byte[] body) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequest().getParameterValues(HttpNames.paramUsingGraphURI);
        String[] named = action.getRequest().getParameterValues(HttpNames.paramUsingNamedGraphURI);
        if (graphs != null) for (String g : graphs) using.addUsing(NodeFactory.createURI(g));
        if (named != null) for (String g : named) using.addUsingNamed(NodeFactory.createURI(g));
        UpdateRequest req;
        try {
            req = UpdateFactory.read(using, new ByteArrayInputStream(body), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return; // Fuseki reports the syntax error itself
        } catch (QueryException | UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        for (Update u : req.getOperations()) {
            if (u instanceof UpdateLoad load) {
                ServletOps.errorBadRequest("LOAD is not allowed on this server (it would fetch " + load.getSource()
                        + "); send the data with INSERT DATA instead.");
            }
        }
    }
}
