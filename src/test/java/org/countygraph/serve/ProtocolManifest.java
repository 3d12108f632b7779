package org.countygraph.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The W3C SPARQL 1.1 Protocol test manifest ({@code protocol/manifest.ttl}) read into records:
 * each test's graphs to load and its HTTP requests with the responses they expect.
 */
final class ProtocolManifest {
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static final String HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    /**
     * One request and what its response must be.
     *
     * @param method          the HTTP method
     * @param path            the path and query, starting {@code /sparql/}
     * @param headers         request headers by lower-case name
     * @param body            the body's text, or null
     * @param charset         the body's encoding
     * @param statusClasses   acceptable status classes, e.g. {@code [2, 3]}
     * @param expectedBoolean the ASK answer expected, or null
     * @param expectedFormat  "boolean", "tabular" or "RDF", or null
     */
    record Request(String method, String path, Map<String, String> headers, String body, String charset,
                   Set<Integer> statusClasses, Boolean expectedBoolean, String expectedFormat) {

        /** True when this request is a SPARQL query (by media type, form field or query parameter). */
        boolean isQuery() {
            String type = headers.getOrDefault("content-type", "");
            return type.startsWith("application/sparql-query") || (body != null && body.startsWith("query="))
                    || path.contains("?query=") || path.contains("&query=");
        }
    }

    /**
     * A test.
     *
     * @param name     the manifest's local name, e.g. {@code query_post_form}
     * @param title    its mf:name
     * @param graphs   graph name to the data file to load into it
     * @param requests the requests, in order
     */
    record Test(String name, String title, Map<String, Path> graphs, List<Request> requests) {
        boolean isUpdateTest() { return name.startsWith("update_") || name.startsWith("bad_update"); }

        /** True when the request is one of an update test's updates rather than its follow-up queries. */
        boolean isUpdate(Request r) { return isUpdateTest() && !r.isQuery(); }
    }

    private ProtocolManifest() {}

    static List<Test> read(Path manifest) {
        Model m = RDFDataMgr.loadModel(manifest.toUri().toString());
        Resource root = m.listSubjectsWithProperty(m.createProperty(MF, "entries")).next();
        List<Test> tests = new ArrayList<>();
        for (RDFNode n : root.getPropertyResourceValue(m.createProperty(MF, "entries")).as(RDFList.class).asJavaList()) {
            tests.add(test(m, n.asResource(), manifest.getParent()));
        }
        return tests;
    }

    private static Test test(Model m, Resource t, Path dir) {
        Map<String, Path> graphs = new TreeMap<>();
        for (Statement s : t.listProperties(m.createProperty(UT, "graphData")).toList()) {
            Resource gd = s.getResource();
            String file = gd.getPropertyResourceValue(m.createProperty(UT, "graph")).getURI();
            graphs.put(gd.getProperty(m.createProperty(RDFS_LABEL)).getString(), dir.resolve(file.substring(file.lastIndexOf('/') + 1)));
        }
        Resource action = t.getPropertyResourceValue(m.createProperty(MF, "action"));
        List<Request> requests = new ArrayList<>();
        for (RDFNode r : action.getPropertyResourceValue(m.createProperty(HT, "requests")).as(RDFList.class).asJavaList()) {
            requests.add(request(m, r.asResource()));
        }
        return new Test(t.getLocalName(), t.getProperty(m.createProperty(MF, "name")).getString(), graphs, requests);
    }

    private static Request request(Model m, Resource r) {
        Map<String, String> headers = new TreeMap<>();
        Resource hs = r.getPropertyResourceValue(m.createProperty(HT, "headers"));
        if (hs != null) {
            for (RDFNode h : hs.as(RDFList.class).asJavaList()) {
                headers.put(string(m, h.asResource(), HT, "fieldName").toLowerCase(), string(m, h.asResource(), HT, "fieldValue"));
            }
        }
        Resource body = r.getPropertyResourceValue(m.createProperty(HT, "body"));
        Resource resp = r.getPropertyResourceValue(m.createProperty(HT, "resp"));
        Set<Integer> classes = new TreeSet<>();
        for (Statement s : resp.listProperties(m.createProperty(MF, "expectedStatus")).toList()) {
            String uri = s.getResource().getURI();
            classes.add(Integer.parseInt(uri.substring(HTS.length(), HTS.length() + 1)));
        }
        Statement bool = resp.getProperty(m.createProperty(MF, "expectedBoolean"));
        Statement format = resp.getProperty(m.createProperty(MF, "expectedFormat"));
        return new Request(string(m, r, HT, "methodName"), string(m, r, HT, "absolutePath"), headers,
                body == null ? null : string(m, body, CNT, "chars"), body == null ? "UTF-8" : string(m, body, CNT, "characterEncoding"),
                classes, bool == null ? null : bool.getBoolean(), format == null ? null : format.getString());
    }

    private static String string(Model m, Resource r, String ns, String local) {
        Property p = m.createProperty(ns, local);
        Statement s = r.getProperty(p);
        if (s == null) throw new IllegalStateException(r + " has no " + local);
        return s.getString();
    }
}
