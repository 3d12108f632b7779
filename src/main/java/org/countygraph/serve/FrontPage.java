package org.countygraph.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;

/**
 * The front page at {@code /}: what the dataset holds (entities by class), the newest articles,
 * lists of counties, officials, enterprises, industries and initiatives, and the ways in (search,
 * the query page, the SPARQL endpoint, the VoID description).
 */
final class FrontPage {
    static final String COUNTS = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
              VALUES ?class { cg:Article cg:Person cg:Official cg:Province cg:City cg:County cg:Township cg:Village
                              cg:Zone cg:Enterprise cg:GovernmentBody cg:Organization cg:Industry cg:Initiative
                              cg:Project cg:Observation org:Post }
              ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class""";
    private static final Query COUNTS_QUERY = StoreView.template(COUNTS);
    private static final Query NEWEST = StoreView.template("""
            SELECT ?a ?h ?date ?dateText ?pub WHERE {
              ?a a cg:Article
              OPTIONAL { ?a schema:headline ?h } OPTIONAL { ?a schema:datePublished ?date }
              OPTIONAL { ?a cg:dateText ?dateText } OPTIONAL { ?a cg:publication ?pub }
              OPTIONAL { ?a cg:sourceDocument ?doc } OPTIONAL { ?a cg:articleIndex ?idx }
            } ORDER BY DESC(?date) DESC(?doc) ?idx LIMIT 12""");
    /** The classes listed on the front page, with how many members each list shows. */
    private static final List<Node> LISTED = List.of(CG.County, CG.Official, CG.Enterprise, CG.Industry, CG.Initiative);
    private static final int LIST_SIZE = 24;

    private FrontPage() {}

    static String html(Graph g, IriMapping mapping, String datasetPath) {
        Labels labels = new Labels(g, mapping);
        Linker linker = new Linker(g, labels, mapping);
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<section class=\"intro\"><h1>CountyGraph 县域知识图谱</h1><p>从地方发展新闻中抽取的官员与职务、行政区划、企业、产业和举措，")
                .append("每条事实都可追溯到原句。 · A knowledge graph of Chinese regional-development news: officials and their posts, ")
                .append("divisions, enterprises, industries and initiatives, each fact traced to the sentence it came from.</p></section>");
        counts(sb, g, labels);
        newest(sb, g, linker);
        sb.append("<div class=\"lists\">");
        for (Node cls : LISTED) list(sb, g, linker, cls);
        sb.append("</div>");
        sb.append("<section class=\"ways-in\"><h2>查询 Query</h2><p>")
                .append(Html.link("/query", "SPARQL 查询页 query page with examples")).append(" · SPARQL endpoint ")
                .append(Html.link(datasetPath + "/sparql", datasetPath + "/sparql")).append(" · ")
                .append(Html.link("/.well-known/void", "VoID 数据集描述 dataset description")).append("</p></section>");
        return Layout.page("CountyGraph", "", "", sb.toString(), List.of());
    }

    private static void counts(StringBuilder sb, Graph g, Labels labels) {
        sb.append("<section class=\"counts\"><h2>数据概况 What is loaded</h2><ul class=\"cards\">");
        for (Binding b : StoreView.select(g, COUNTS_QUERY, Map.of())) {
            Node cls = b.get("class");
            sb.append("<li>").append(Html.link(ListPage.path(cls), labels.term(cls).both(), "card", cls.getURI()))
                    .append("<span class=\"n\">").append(Html.esc(b.get("n").getLiteralLexicalForm())).append("</span>")
                    .append("<code class=\"cls\">").append(Html.esc(EntityReader.shortForm(cls.getURI()))).append("</code></li>");
        }
        sb.append("</ul></section>");
    }

    private static void newest(StringBuilder sb, Graph g, Linker linker) {
        List<Binding> rows = StoreView.select(g, NEWEST, Map.of());
        sb.append("<section class=\"newest\"><h2>最新文章 Newest articles</h2>");
        if (rows.isEmpty()) sb.append("<p>暂无 none yet</p>");
        sb.append("<ul class=\"articles\">");
        for (Binding b : rows) {
            Node a = b.get("a");
            String date = b.contains("date") ? b.get("date").getLiteralLexicalForm()
                    : b.contains("dateText") ? b.get("dateText").getLiteralLexicalForm() : "";
            sb.append("<li>").append(Html.link(linker.href(a), linker.labels().text(a), "entity", a.getURI()));
            sb.append(" <small class=\"note\">").append(Html.esc(date));
            if (b.contains("pub")) sb.append(" · ").append(Html.esc(b.get("pub").getLiteralLexicalForm()));
            sb.append("</small></li>");
        }
        sb.append("</ul></section>");
    }

    private static void list(StringBuilder sb, Graph g, Linker linker, Node cls) {
        int total = ListPage.count(g, cls);
        sb.append("<section class=\"list\" id=\"list-").append(Html.esc(cls.getLocalName())).append("\"><h2>")
                .append(Html.esc(linker.labels().term(cls).both())).append(" <span class=\"count\">").append(total).append("</span></h2>");
        if (total == 0) {
            sb.append("<p class=\"none\">暂无 none yet</p></section>");
            return;
        }
        sb.append("<ul>");
        for (Node s : ListPage.members(g, cls, LIST_SIZE, 0)) {
            sb.append("<li>").append(Html.link(linker.href(s), linker.labels().text(s), "entity", s.getURI()));
            if (cls.equals(CG.Official)) {
                for (Node post : linker.objects(s, ORG.holds)) {
                    sb.append(" <small class=\"note\">").append(Html.esc(linker.labels().text(post))).append("</small>");
                }
            }
            sb.append("</li>");
        }
        sb.append("</ul>");
        if (total > LIST_SIZE) sb.append("<p>").append(Html.link(ListPage.path(cls), "全部 all " + total + " ›")).append("</p>");
        sb.append("</section>");
    }
}
