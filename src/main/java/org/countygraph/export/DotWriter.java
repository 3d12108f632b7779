package org.countygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.countygraph.export.PropertyGraph.Edge;
import org.countygraph.export.PropertyGraph.Vertex;

/**
 * Writes a {@link PropertyGraph} as Graphviz DOT: one node per entity ({@code n0, n1...}) labelled
 * with its Chinese label, filled with its type's colour and carrying its IRI as tooltip and URL;
 * one edge per link labelled with the property's local name. Fonts name CJK families first so
 * that {@code dot -Tsvg} or {@code -Tpng} draws the Chinese labels.
 */
final class DotWriter {
    static final String FONTS = "Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,PingFang SC,WenQuanYi Micro Hei,SimHei,sans-serif";

    void write(PropertyGraph g, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("digraph countygraph {\n");
        w.write("  graph [charset=\"UTF-8\", rankdir=LR, overlap=false, fontname=" + quote(FONTS) + "];\n");
        w.write("  node [shape=box, style=\"rounded,filled\", fontname=" + quote(FONTS) + "];\n");
        w.write("  edge [fontname=" + quote(FONTS) + ", fontsize=10, color=\"#888888\"];\n");
        Map<String, String> ids = new HashMap<>();
        for (Vertex v : g.vertices()) {
            String id = "n" + ids.size();
            ids.put(v.id(), id);
            w.write("  " + id + " [label=" + quote(v.label()) + ", tooltip=" + quote(v.type() + " " + v.id())
                    + ", URL=" + quote(v.id()) + ", fillcolor=" + quote(Palette.of(v.type())) + "];\n");
        }
        for (Edge e : g.edges()) {
            w.write("  " + ids.get(e.source()) + " -> " + ids.get(e.target()) + " [label=" + quote(e.type()) + "];\n");
        }
        w.write("}\n");
        w.flush();
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
