package org.countygraph.serve;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * The page for a path that names nothing here: it says what was asked for (escaped), and offers
 * the entities whose names match the IRI's last meaningful segment, a search box and the front page.
 */
final class NotFoundPage {
    private NotFoundPage() {}

    /**
     * @param index the names to search for suggestions
     * @param path the request path, as sent
     * @param iri  the public IRI the path names, or null when it names none
     */
    static String html(Graph g, IriMapping mapping, LabelIndex index, String path, String iri) {
        StringBuilder sb = new StringBuilder("<section class=\"not-found\"><h1>未找到 Not found</h1>");
        if (iri != null) {
            sb.append("<p>本数据集中没有这个实体 · The dataset holds nothing about <code>").append(Html.esc(iri)).append("</code>.</p>");
        } else {
            sb.append("<p>这里没有页面 · There is no page at <code>").append(Html.esc(PathCodec.decode(path).orElse(path))).append("</code>.</p>");
        }
        String guess = guess(mapping, iri);
        if (!guess.isEmpty()) {
            List<LabelSearch.Hit> hits = LabelSearch.find(g, mapping, index, guess, 10);
            if (!hits.isEmpty()) {
                sb.append("<h2>您是否要找 Did you mean</h2><ul class=\"suggested\">");
                for (LabelSearch.Hit h : hits) {
                    sb.append("<li>").append(Html.link(mapping.pagePath(h.iri().getURI()), h.label(), "entity", h.iri().getURI())).append("</li>");
                }
                sb.append("</ul>");
            }
        }
        sb.append("<p>").append(Html.link("/search?q=" + java.net.URLEncoder.encode(guess, java.nio.charset.StandardCharsets.UTF_8), "搜索 Search"))
                .append(" · ").append(Html.link("/", "首页 Front page")).append(" · ").append(Html.link("/query", "SPARQL")).append("</p></section>");
        return Layout.page("未找到 Not found", guess, "", sb.toString(), List.of());
    }

    /** The longest segment of the IRI's suffix, after its kind, that is not a number: a name, usually. */
    private static String guess(IriMapping mapping, String iri) {
        if (iri == null) return "";
        String[] segments = mapping.suffix(iri).orElse("").split("/");
        String best = "";
        for (int i = segments.length > 1 ? 1 : 0; i < segments.length; i++) {
            String seg = segments[i];
            if (!seg.matches("[0-9._-]*") && seg.length() > best.length()) best = seg;
        }
        return LabelSearch.clean(best);
    }
}
