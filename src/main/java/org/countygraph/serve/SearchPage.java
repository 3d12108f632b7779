package org.countygraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The search results page ({@code /search?q=}), grouped by class, and the suggestions the search
 * box asks for as one types ({@code /search.json?q=}).
 */
final class SearchPage {
    /** Results on the page. */
    static final int PAGE_LIMIT = 200;
    /** Suggestions in the JSON answer. */
    static final int SUGGESTIONS = 10;

    private SearchPage() {}

    /** The results page for a term. */
    static String html(Graph g, IriMapping mapping, LabelIndex index, String term) {
        String t = LabelSearch.clean(term);
        Labels labels = new Labels(g, mapping);
        StringBuilder sb = new StringBuilder("<section class=\"search-results\">");
        if (t.isEmpty()) {
            sb.append("<h1>搜索 Search</h1><p>输入名称、别名或拼音 · Type a name, an alias or pinyin (e.g. <code>youxian</code>).</p>");
            return Layout.page("搜索 Search", "", "", sb.append("</section>").toString(), List.of());
        }
        List<LabelSearch.Hit> hits = LabelSearch.find(g, mapping, index, t, PAGE_LIMIT);
        sb.append("<h1>搜索 “").append(Html.esc(t)).append("” <span class=\"count\">").append(hits.size()).append("</span></h1>");
        if (hits.isEmpty()) {
            sb.append("<p class=\"nothing\">没有找到 Nothing found for “").append(Html.esc(t))
                    .append("”. 试试更短的名称或拼音 · Try a shorter name or its pinyin.</p>");
        }
        for (Map.Entry<Node, List<LabelSearch.Hit>> group : byType(hits).entrySet()) {
            Node type = group.getKey();
            sb.append("<section class=\"search-group\"><h2>").append(Html.esc(type == null ? "其他 Other" : labels.term(type).both()))
                    .append(" <span class=\"count\">").append(group.getValue().size()).append("</span></h2><ul>");
            for (LabelSearch.Hit h : group.getValue()) {
                sb.append("<li>").append(Html.link(mapping.pagePath(h.iri().getURI()), h.label(), "result", h.iri().getURI()));
                if (!h.matched().equals(h.label())) sb.append(" <small class=\"note\">").append(Html.esc(h.matched())).append("</small>");
                sb.append("</li>");
            }
            sb.append("</ul></section>");
        }
        return Layout.page("搜索 " + t, t, "", sb.append("</section>").toString(), List.of());
    }

    /** The suggestions for a term as JSON: {@code {"query": ..., "results": [{iri, label, matched, type, href}]}}. */
    static String json(Graph g, IriMapping mapping, LabelIndex index, String term) {
        String t = LabelSearch.clean(term);
        Labels labels = new Labels(g, mapping);
        StringBuilder sb = new StringBuilder("{\"query\":").append(Json.quote(t)).append(",\"results\":[");
        boolean first = true;
        for (LabelSearch.Hit h : LabelSearch.find(g, mapping, index, t, SUGGESTIONS)) {
            if (!first) sb.append(',');
            first = false;
            sb.append("{\"iri\":").append(Json.quote(h.iri().getURI()))
                    .append(",\"label\":").append(Json.quote(h.label()))
                    .append(",\"matched\":").append(Json.quote(h.matched()))
                    .append(",\"type\":").append(Json.quote(h.type() == null ? "" : labels.term(h.type()).zh()))
                    .append(",\"href\":").append(Json.quote(mapping.pagePath(h.iri().getURI()))).append('}');
        }
        return sb.append("]}").toString();
    }

    /** Hits grouped by class in the front page's order, other classes after, each group keeping rank order. */
    private static Map<Node, List<LabelSearch.Hit>> byType(List<LabelSearch.Hit> hits) {
        Map<Node, List<LabelSearch.Hit>> out = new LinkedHashMap<>();
        for (Node cls : EntityClasses.BROWSABLE) {
            List<LabelSearch.Hit> group = new ArrayList<>();
            for (LabelSearch.Hit h : hits) if (cls.equals(h.type())) group.add(h);
            if (!group.isEmpty()) out.put(cls, group);
        }
        for (LabelSearch.Hit h : hits) {
            if (h.type() != null && EntityClasses.BROWSABLE.contains(h.type())) continue;
            out.computeIfAbsent(h.type(), k -> new ArrayList<>()).add(h);
        }
        return out;
    }
}
