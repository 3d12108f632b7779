package org.countygraph.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders an {@link EntityView} as HTML: the names and class badges, downloads, posts, officials,
 * figures, facts, backlinks, the neighbourhood picture and the evidence. Every text goes through
 * {@link Html#esc}; the picture's data travels as an escaped JSON attribute.
 */
final class EntityPage {
    private final IriMapping mapping;

    EntityPage(IriMapping mapping) { this.mapping = mapping; }

    String render(EntityView v) {
        String iri = v.iri().iri();
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<article class=\"entity\">");
        head(sb, v);
        if (v.truncated()) {
            sb.append("<p class=\"notice truncated\">此页只读取了每类链接的前 ").append(StoreView.MAX_PER_LOOKUP)
                    .append(" 条，数量和列表不完整。 This entity has more links than a page reads (")
                    .append(StoreView.MAX_PER_LOOKUP).append(" per kind): counts and lists below are incomplete; "
                    + "use the SPARQL endpoint for all of them.</p>");
        }
        sb.append("<div class=\"columns\"><div class=\"main-col\">");
        posts(sb, v);
        officials(sb, v);
        figures(sb, v);
        facts(sb, v);
        backlinks(sb, v);
        sb.append("</div><aside class=\"side-col\">");
        neighbourhood(sb, v);
        sb.append("</aside></div>");
        evidence(sb, v);
        sb.append("</article>");
        StringBuilder head = new StringBuilder();
        for (Representation r : Representation.RDF) {
            head.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                    .append(Html.esc(mapping.dataPath(iri, r))).append("\">");
        }
        return Layout.page(v.name().main(), null, head.toString(), sb.toString(), List.of(StaticResources.ECHARTS));
    }

    private void head(StringBuilder sb, EntityView v) {
        String iri = v.iri().iri();
        sb.append("<header class=\"entity-head\"><h1 lang=\"zh\">").append(Html.esc(v.name().main())).append("</h1>");
        if (v.name().pinyin() != null || v.name().english() != null) {
            sb.append("<p class=\"other-names\">");
            if (v.name().pinyin() != null) sb.append("<span class=\"pinyin\" lang=\"zh-Latn-pinyin\">").append(Html.esc(v.name().pinyin())).append("</span> ");
            if (v.name().english() != null) sb.append("<span class=\"english\" lang=\"en\">").append(Html.esc(v.name().english())).append("</span>");
            sb.append("</p>");
        }
        sb.append("<p class=\"badges\">");
        boolean first = true;
        for (EntityView.Ref t : v.types()) {
            sb.append(Html.link(t.href(), t.text(), first ? "badge badge-main" : "badge", t.iri())).append(' ');
            first = false;
        }
        sb.append("</p>");
        if (!v.aliases().isEmpty()) {
            sb.append("<p class=\"aliases\">别名 also called: ");
            for (String a : v.aliases()) sb.append("<span class=\"alias\" lang=\"zh\">").append(Html.esc(a)).append("</span> ");
            sb.append("</p>");
        }
        sb.append("<p class=\"iri\"><code>").append(Html.esc(iri)).append("</code></p>");
        sb.append("<p class=\"downloads\">下载 Download: ");
        for (Representation r : Representation.RDF) {
            sb.append("<a class=\"download\" download href=\"").append(Html.esc(mapping.dataPath(iri, r))).append("\" type=\"")
                    .append(r.mediaType()).append("\">").append(r.displayName()).append("</a> ");
        }
        sb.append("</p></header>");
    }

    private void posts(StringBuilder sb, EntityView v) {
        if (v.posts().isEmpty()) return;
        sb.append("<section id=\"posts\"><h2>职务 Posts</h2><ul class=\"posts\">");
        for (EntityView.PostLine p : v.posts()) {
            sb.append("<li><span class=\"post-title\">").append(Html.esc(p.title())).append("</span>");
            if (p.where() != null) sb.append(" of ").append(ref(p.where()));
            sb.append("</li>");
        }
        sb.append("</ul></section>");
    }

    private void officials(StringBuilder sb, EntityView v) {
        if (v.officials().isEmpty()) return;
        sb.append("<section id=\"officials\"><h2>官员 Officials</h2><ul class=\"officials\">");
        for (EntityView.PostLine p : v.officials()) {
            sb.append("<li>").append(p.person() == null ? "（未知 unknown）" : ref(p.person()))
                    .append(" — <span class=\"post-title\">").append(Html.esc(p.title())).append("</span></li>");
        }
        sb.append("</ul></section>");
    }

    private void figures(StringBuilder sb, EntityView v) {
        if (v.figures().isEmpty()) return;
        sb.append("<section id=\"figures\"><h2>数据 Figures</h2><table class=\"figures\"><tr><th>指标 indicator</th>")
                .append("<th>数值 value</th><th>时期 period</th><th>增长 growth</th></tr>");
        for (EntityView.Figure f : v.figures()) {
            sb.append("<tr><td>").append(Html.link(f.observation().href(), f.indicator())).append("</td><td class=\"num\">")
                    .append(Html.esc(f.value())).append(' ').append(Html.esc(f.unit())).append("</td><td>")
                    .append(Html.esc(f.period())).append("</td><td class=\"num\">").append(Html.esc(f.growth())).append("</td></tr>");
        }
        sb.append("</table></section>");
    }

    private void facts(StringBuilder sb, EntityView v) {
        if (v.facts().isEmpty()) return;
        sb.append("<section id=\"facts\"><h2>信息 Facts</h2><dl class=\"facts\">");
        for (EntityView.FactGroup g : v.facts()) {
            sb.append("<dt title=\"").append(Html.esc(g.property().iri())).append("\">").append(Html.esc(g.property().text())).append("</dt><dd>");
            boolean first = true;
            for (EntityView.Ref r : g.values()) {
                if (!first) sb.append("<span class=\"sep\"> · </span>");
                sb.append(ref(r));
                first = false;
            }
            sb.append("</dd>");
        }
        sb.append("</dl></section>");
    }

    private void backlinks(StringBuilder sb, EntityView v) {
        if (v.backlinks().isEmpty()) return;
        String page = mapping.pagePath(v.iri().iri());
        sb.append("<section id=\"backlinks\"><h2>反向链接 Linked from</h2>");
        for (EntityView.BacklinkGroup g : v.backlinks()) {
            sb.append("<h3 title=\"").append(Html.esc(g.propertyIri())).append("\">").append(Html.esc(g.property().text()))
                    .append(" <span class=\"count\">").append(g.total()).append("</span></h3><ul class=\"backlinks\">");
            for (EntityView.Ref r : g.subjects()) sb.append("<li>").append(ref(r)).append("</li>");
            sb.append("</ul>");
            String rel = "?rel=" + URLEncoder.encode(g.propertyIri(), StandardCharsets.UTF_8) + "&offset=";
            pager(sb, page + rel, g.offset(), g.total(), EntityReader.BACKLINK_PAGE, "#backlinks");
        }
        sb.append("</section>");
    }

    private void neighbourhood(StringBuilder sb, EntityView v) {
        EntityView.Neighbourhood n = v.neighbourhood();
        sb.append("<section id=\"neighbourhood\"><h2>关系图 Neighbourhood</h2>");
        sb.append("<div id=\"graph\" class=\"graph\" role=\"img\" aria-label=\"neighbourhood graph\" data-graph=\"")
                .append(Html.esc(json(n))).append("\"></div>");
        sb.append("<p class=\"hint\">点击节点前往其页面 · click a node to open its page</p><p class=\"legend\">")
                .append("<span class=\"cat-person\">人物</span><span class=\"cat-place\">地点</span><span class=\"cat-organization\">组织</span>")
                .append("<span class=\"cat-industry\">产业</span><span class=\"cat-initiative\">举措</span><span class=\"cat-article\">文章</span>")
                .append("<span class=\"cat-other\">其他</span></p><ul class=\"neighbour-list\">");
        for (EntityView.GraphNode node : n.nodes()) {
            if (node.centre()) continue;
            sb.append("<li class=\"cat-").append(Html.esc(node.category())).append("\">").append(Html.link(node.href(), node.label())).append("</li>");
        }
        sb.append("</ul></section>");
    }

    private void evidence(StringBuilder sb, EntityView v) {
        if (v.evidenceTotal() == 0) return;
        sb.append("<section id=\"evidence\"><h2>出处 Evidence <span class=\"count\">").append(v.evidenceTotal())
                .append("</span></h2><ol class=\"evidence\" start=\"").append(v.evidenceOffset() + 1).append("\">");
        for (EntityView.EvidenceLine e : v.evidence()) {
            sb.append("<li><blockquote lang=\"zh\">");
            for (EntityView.Segment s : e.text()) {
                if (s.highlighted()) sb.append("<mark>").append(Html.esc(s.text())).append("</mark>");
                else sb.append(Html.esc(s.text()));
            }
            sb.append("</blockquote><p class=\"meta\">");
            if (!e.confidence().isEmpty()) sb.append("<span class=\"confidence\">置信度 confidence ").append(Html.esc(e.confidence())).append("</span> · ");
            if (e.article() != null) sb.append("<span class=\"source\">文章 ").append(ref(e.article())).append("</span> · ");
            sb.append(Html.link(e.sentence().href(), "原句 sentence"));
            for (String note : e.notes()) sb.append(" · <span class=\"note\">").append(Html.esc(note)).append("</span>");
            sb.append("</p></li>");
        }
        sb.append("</ol>");
        pager(sb, mapping.pagePath(v.iri().iri()) + "?evidence=", v.evidenceOffset(), v.evidenceTotal(), EvidenceReader.PAGE, "#evidence");
        sb.append("</section>");
    }

    /** Previous and next links when a list has more than one page. */
    static void pager(StringBuilder sb, String base, int offset, int total, int size, String anchor) {
        if (total <= size) return;
        sb.append("<p class=\"pager\">");
        if (offset > 0) sb.append(Html.link(base + Math.max(0, offset - size) + anchor, "‹ 上一页 previous")).append(' ');
        sb.append("<span>").append(offset + 1).append("–").append(Math.min(total, offset + size)).append(" / ").append(total).append("</span>");
        if (offset + size < total) sb.append(' ').append(Html.link(base + (offset + size) + anchor, "下一页 next ›"));
        sb.append("</p>");
    }

    /** A value: a link to an entity with its note, or a literal with its language or datatype. */
    static String ref(EntityView.Ref r) {
        StringBuilder sb = new StringBuilder();
        if (r.literal()) sb.append("<span class=\"literal\">").append(Html.esc(r.text())).append("</span>");
        else if (r.href() != null) sb.append(Html.link(r.href(), r.text(), "entity", r.iri()));
        else sb.append("<span class=\"entity\" title=\"").append(Html.esc(r.iri())).append("\">").append(Html.esc(r.text())).append("</span>");
        if (r.note() != null) sb.append(" <small class=\"note\">").append(Html.esc(r.note())).append("</small>");
        return sb.toString();
    }

    private static String json(EntityView.Neighbourhood n) {
        StringBuilder sb = new StringBuilder("{\"nodes\":[");
        for (int i = 0; i < n.nodes().size(); i++) {
            EntityView.GraphNode node = n.nodes().get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"id\":").append(Json.quote(node.id())).append(",\"name\":").append(Json.quote(node.label()))
                    .append(",\"category\":").append(Json.quote(node.category())).append(",\"href\":").append(Json.quote(node.href()))
                    .append(",\"centre\":").append(node.centre()).append('}');
        }
        sb.append("],\"edges\":[");
        for (int i = 0; i < n.edges().size(); i++) {
            EntityView.GraphEdge e = n.edges().get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"source\":").append(Json.quote(e.source())).append(",\"target\":").append(Json.quote(e.target()))
                    .append(",\"label\":").append(Json.quote(e.label())).append('}');
        }
        return sb.append("]}").toString();
    }
}
