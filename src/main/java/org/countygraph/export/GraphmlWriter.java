package org.countygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.countygraph.export.PropertyGraph.AttributeKind;
import org.countygraph.export.PropertyGraph.Edge;
import org.countygraph.export.PropertyGraph.Vertex;

/**
 * Writes a {@link PropertyGraph} as GraphML (yEd, Gephi, NetworkX, JGraphT). Node ids are
 * {@code n0, n1...} (GraphML ids are XML name tokens, which IRIs are not); each node's IRI is its
 * {@code iri} attribute. Node keys: {@code iri}, {@code label}, {@code type}, {@code types} and one
 * per literal attribute; edge keys: {@code label} and {@code type} (the property's local name),
 * {@code property}, {@code graph} (the article graphs, space-separated), {@code articles},
 * {@code confidence}, {@code evidence}. Values of a multi-valued attribute are joined with {@code " | "}.
 */
final class GraphmlWriter {
    static final String MULTI = " | ";

    void write(PropertyGraph g, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        key(w, "iri", "node", "iri", "string");
        key(w, "label", "node", "label", "string");
        key(w, "type", "node", "type", "string");
        key(w, "types", "node", "types", "string");
        List<String> names = g.attributeNames();
        Map<String, String> keyOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            keyOf.put(name, "a" + i);
            key(w, "a" + i, "node", name, typeName(g.attributes().get(name)));
        }
        key(w, "elabel", "edge", "label", "string");
        key(w, "etype", "edge", "type", "string");
        key(w, "property", "edge", "property", "string");
        key(w, "graph", "edge", "graph", "string");
        key(w, "articles", "edge", "articles", "int");
        key(w, "confidence", "edge", "confidence", "double");
        key(w, "evidence", "edge", "evidence", "string");
        w.write("  <graph id=\"countygraph\" edgedefault=\"directed\">\n");
        Map<String, String> ids = new HashMap<>();
        for (Vertex v : g.vertices()) {
            String id = "n" + ids.size();
            ids.put(v.id(), id);
            w.write("    <node id=\"" + id + "\">\n");
            data(w, "iri", v.id());
            data(w, "label", v.label());
            data(w, "type", v.type());
            data(w, "types", String.join(" ", v.types()));
            for (var e : v.attributes().entrySet()) data(w, keyOf.get(e.getKey()), String.join(MULTI, e.getValue()));
            w.write("    </node>\n");
        }
        int n = 0;
        for (Edge e : g.edges()) {
            w.write("    <edge id=\"e" + n++ + "\" source=\"" + ids.get(e.source()) + "\" target=\"" + ids.get(e.target()) + "\">\n");
            data(w, "elabel", e.type());
            data(w, "etype", e.type());
            data(w, "property", e.property());
            data(w, "graph", String.join(" ", e.graphs()));
            data(w, "articles", Integer.toString(e.graphs().size()));
            if (e.confidence().isPresent()) data(w, "confidence", Double.toString(e.confidence().getAsDouble()));
            if (e.evidence().isPresent()) data(w, "evidence", e.evidence().get());
            w.write("    </edge>\n");
        }
        w.write("  </graph>\n</graphml>\n");
        w.flush();
    }

    private static String typeName(AttributeKind k) {
        if (k.multiValued()) return "string";
        return switch (k.type()) {
            case LONG -> "long";
            case DOUBLE -> "double";
            case STRING -> "string";
        };
    }

    private static void key(Writer w, String id, String domain, String name, String type) throws IOException {
        w.write("  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" + XmlLib.esc(name) + "\" attr.type=\"" + type + "\"/>\n");
    }

    private static void data(Writer w, String key, String value) throws IOException {
        w.write("      <data key=\"" + key + "\">" + XmlLib.esc(value) + "</data>\n");
    }
}
