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
 * Writes a {@link PropertyGraph} as GEXF 1.3, Gephi's format: nodes {@code n0, n1...} labelled with
 * the Chinese label, with attributes {@code iri}, {@code type}, {@code types} and the literal
 * attributes; edges labelled with the property's local name, weighted by the number of articles
 * that state them, with attributes {@code type}, {@code property}, {@code graph}, {@code articles},
 * {@code confidence}, {@code evidence}.
 */
final class GexfWriter {
    private static final List<String> EDGE_ATTRS = List.of("type", "property", "graph", "articles", "confidence", "evidence");

    void write(PropertyGraph g, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
        w.write("  <meta><creator>CountyGraph</creator><description>entities and their links from Chinese regional-development news"
                + "</description></meta>\n");
        w.write("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
        w.write("    <attributes class=\"node\" mode=\"static\">\n");
        attribute(w, "iri", "iri", "string");
        attribute(w, "type", "type", "string");
        attribute(w, "types", "types", "string");
        List<String> names = g.attributeNames();
        Map<String, String> idOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            idOf.put(names.get(i), "a" + i);
            attribute(w, "a" + i, names.get(i), typeName(g.attributes().get(names.get(i))));
        }
        w.write("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n");
        for (String a : EDGE_ATTRS) {
            attribute(w, a, a, a.equals("articles") ? "integer" : a.equals("confidence") ? "double" : "string");
        }
        w.write("    </attributes>\n    <nodes>\n");
        Map<String, String> ids = new HashMap<>();
        for (Vertex v : g.vertices()) {
            String id = "n" + ids.size();
            ids.put(v.id(), id);
            w.write("      <node id=\"" + id + "\" label=\"" + XmlLib.esc(v.label()) + "\">\n        <attvalues>\n");
            value(w, "iri", v.id());
            value(w, "type", v.type());
            value(w, "types", String.join(" ", v.types()));
            for (var e : v.attributes().entrySet()) value(w, idOf.get(e.getKey()), String.join(GraphmlWriter.MULTI, e.getValue()));
            w.write("        </attvalues>\n      </node>\n");
        }
        w.write("    </nodes>\n    <edges>\n");
        int n = 0;
        for (Edge e : g.edges()) {
            w.write("      <edge id=\"e" + n++ + "\" source=\"" + ids.get(e.source()) + "\" target=\"" + ids.get(e.target())
                    + "\" label=\"" + XmlLib.esc(e.type()) + "\" weight=\"" + Math.max(1, e.graphs().size()) + "\">\n        <attvalues>\n");
            value(w, "type", e.type());
            value(w, "property", e.property());
            value(w, "graph", String.join(" ", e.graphs()));
            value(w, "articles", Integer.toString(e.graphs().size()));
            if (e.confidence().isPresent()) value(w, "confidence", Double.toString(e.confidence().getAsDouble()));
            if (e.evidence().isPresent()) value(w, "evidence", e.evidence().get());
            w.write("        </attvalues>\n      </edge>\n");
        }
        w.write("    </edges>\n  </graph>\n</gexf>\n");
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

    private static void attribute(Writer w, String id, String title, String type) throws IOException {
        w.write("      <attribute id=\"" + id + "\" title=\"" + XmlLib.esc(title) + "\" type=\"" + type + "\"/>\n");
    }

    private static void value(Writer w, String id, String value) throws IOException {
        w.write("          <attvalue for=\"" + id + "\" value=\"" + XmlLib.esc(value) + "\"/>\n");
    }
}
