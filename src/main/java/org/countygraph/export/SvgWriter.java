package org.countygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.countygraph.export.PropertyGraph.Edge;
import org.countygraph.export.PropertyGraph.Vertex;

/**
 * Draws a {@link PropertyGraph} as SVG, without Graphviz: a {@link ForceLayout}, a circle per
 * entity filled with its type's colour and its Chinese label beneath (in a CJK font family, with a
 * white halo so that it reads over edges), an arrow per link labelled with the property (an
 * article's {@code mentions} links dashed and unlabelled), and a legend of the types. Hovering shows an entity's type and IRI. Labels longer than
 * {@value #LABEL_CHARS} characters are cut with an ellipsis (the whole label is in the hover text).
 * More than {@value #MAX_VERTICES} entities is refused: no picture of that many is readable.
 */
final class SvgWriter {
    static final int MAX_VERTICES = 1500;
    static final int LABEL_CHARS = 16;
    private static final double SCALE = 150;
    private static final double MARGIN = 70;
    /** Room at the sides for half of the longest label. */
    private static final double MARGIN_X = 120;
    private static final int EDGE_LABELS_UP_TO = 400;
    private static final String FONTS = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',"
            + "'WenQuanYi Micro Hei',SimHei,sans-serif";

    /** @param centre the id of the vertex to put in the middle, or null */
    void write(PropertyGraph g, String centre, OutputStream out) throws IOException {
        checkSize(g);
        int n = g.vertices().size();
        Map<String, Integer> index = new HashMap<>();
        for (Vertex v : g.vertices()) index.put(v.id(), index.size());
        List<int[]> pairs = new ArrayList<>();
        for (Edge e : g.edges()) pairs.add(new int[] {index.get(e.source()), index.get(e.target())});
        int c = centre == null ? -1 : index.getOrDefault(centre, -1);
        double[][] pos = ForceLayout.layout(n, pairs, c);
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        for (double[] p : pos) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        TreeSet<String> types = new TreeSet<>();
        g.vertices().forEach(v -> types.add(v.type()));
        double legend = 30 + 20 * Math.ceil(types.size() / 6.0);
        double width = Math.max(40 + 150 * Math.min(6, types.size()), (maxX - minX) * SCALE + 2 * MARGIN_X);
        double height = (maxY - minY) * SCALE + 2 * MARGIN + legend;
        double[][] xy = new double[n][2];
        for (int i = 0; i < n; i++) {
            xy[i][0] = (pos[i][0] - minX) * SCALE + MARGIN_X + (width - ((maxX - minX) * SCALE + 2 * MARGIN_X)) / 2;
            xy[i][1] = (pos[i][1] - minY) * SCALE + MARGIN + legend;
        }

        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"zh\" role=\"img\" width=\"" + num(width) + "\" height=\"" + num(height)
                + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\"" + XmlLib.esc(FONTS) + "\">\n");
        w.write("<title>" + XmlLib.esc("CountyGraph: " + n + " entities, " + g.edges().size() + " links") + "</title>\n");
        w.write("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                + " orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#999999\"/></marker></defs>\n");
        w.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        legend(w, types);
        w.write("<g class=\"edges\" stroke=\"#aaaaaa\" stroke-width=\"1.2\">\n");
        for (int k = 0; k < pairs.size(); k++) {
            int[] e = pairs.get(k);
            double[] a = xy[e[0]];
            double[] b = xy[e[1]];
            double dx = b[0] - a[0], dy = b[1] - a[1];
            double d = Math.max(1e-6, Math.sqrt(dx * dx + dy * dy));
            double rb = radius(e[1], c) + 2;
            w.write("<line x1=\"" + num(a[0]) + "\" y1=\"" + num(a[1]) + "\" x2=\"" + num(b[0] - dx / d * rb) + "\" y2=\""
                    + num(b[1] - dy / d * rb) + "\"" + (isMention(g.edges().get(k)) ? " stroke-dasharray=\"3,3\" stroke-opacity=\"0.6\"" : "")
                    + " marker-end=\"url(#arrow)\"><title>" + XmlLib.esc(g.edges().get(k).type())
                    + "</title></line>\n");
        }
        w.write("</g>\n");
        if (pairs.size() <= EDGE_LABELS_UP_TO) {
            w.write("<g class=\"edge-labels\" font-size=\"10\" fill=\"#777777\" text-anchor=\"middle\">\n");
            for (int k = 0; k < pairs.size(); k++) {
                if (isMention(g.edges().get(k))) continue;
                int[] e = pairs.get(k);
                w.write("<text x=\"" + num((xy[e[0]][0] + xy[e[1]][0]) / 2) + "\" y=\"" + num((xy[e[0]][1] + xy[e[1]][1]) / 2 - 3)
                        + "\">" + XmlLib.esc(g.edges().get(k).type()) + "</text>\n");
            }
            w.write("</g>\n");
        }
        w.write("<g class=\"nodes\" text-anchor=\"middle\">\n");
        for (int i = 0; i < n; i++) {
            Vertex v = g.vertices().get(i);
            double r = radius(i, c);
            w.write("<g><title>" + XmlLib.esc(v.label() + " (" + v.type() + ") " + v.id()) + "</title>");
            w.write("<circle cx=\"" + num(xy[i][0]) + "\" cy=\"" + num(xy[i][1]) + "\" r=\"" + num(r) + "\" fill=\""
                    + Palette.of(v.type()) + "\" stroke=\"#333333\" stroke-width=\"1\"/>");
            w.write("<text x=\"" + num(xy[i][0]) + "\" y=\"" + num(xy[i][1] + r + 14) + "\" font-size=\"" + (i == c ? 15 : 13)
                    + "\"" + (i == c ? " font-weight=\"bold\"" : "") + " fill=\"#222222\" stroke=\"#ffffff\" stroke-width=\"3\""
                    + " stroke-linejoin=\"round\" paint-order=\"stroke\">" + XmlLib.esc(shorten(v.label())) + "</text></g>\n");
        }
        w.write("</g>\n</svg>\n");
        w.flush();
    }

    /** Refuses a graph of more than {@value #MAX_VERTICES} entities with an {@link ExportException}. */
    static void checkSize(PropertyGraph g) {
        int n = g.vertices().size();
        if (n > MAX_VERTICES) {
            throw new ExportException("too many entities for a picture: " + n + " > " + MAX_VERTICES
                    + "; narrow the selection (around, area, graph, type) or export graphml or gexf");
        }
    }

    /** An article's {@code cg:mentions} link: drawn dashed and unlabelled, it is bookkeeping rather than a fact. */
    private static boolean isMention(Edge e) { return e.type().equals("mentions"); }

    private static double radius(int i, int centre) { return i == centre ? 12 : 8; }

    private static void legend(Writer w, TreeSet<String> types) throws IOException {
        w.write("<g class=\"legend\" font-size=\"12\" fill=\"#333333\">\n");
        int k = 0;
        for (String t : types) {
            double x = 20 + (k % 6) * 150;
            double y = 24 + (k / 6) * 20;
            w.write("<circle cx=\"" + num(x) + "\" cy=\"" + num(y - 4) + "\" r=\"6\" fill=\"" + Palette.of(t) + "\" stroke=\"#333333\"/>"
                    + "<text x=\"" + num(x + 12) + "\" y=\"" + num(y) + "\">" + XmlLib.esc(t) + "</text>\n");
            k++;
        }
        w.write("</g>\n");
    }

    /** The label cut to {@value #LABEL_CHARS} characters (code points, never half a surrogate pair). */
    static String shorten(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_CHARS) return label;
        return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }

    private static String num(double d) { return String.format(Locale.ROOT, "%.1f", d); }
}
