package org.countygraph.serve;

import java.util.List;

/**
 * The frame every HTML page shares: head with the style sheet, a top bar with the search box and
 * links to the query page and the dataset description, and the scripts. Pages bring their body.
 */
final class Layout {
    private Layout() {}

    /** The path of the project's own script, which every page loads. */
    static final String SCRIPT = StaticResources.STATIC + "countygraph.js";
    private static final String STYLE = StaticResources.STATIC + "countygraph.css";

    /**
     * A whole page.
     *
     * @param title    the document title (escaped here)
     * @param query    the search box's current text, may be null
     * @param head     extra markup for the head (already safe), e.g. alternate links; may be empty
     * @param body     the body markup (already safe)
     * @param scripts  extra script paths on this server, loaded before the project's own
     */
    static String page(String title, String query, String head, String body, List<String> scripts) {
        StringBuilder sb = new StringBuilder(body.length() + 2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" · CountyGraph</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLE).append("\">")
                .append(head).append("</head><body>\n");
        sb.append("<header class=\"top\"><a class=\"brand\" href=\"/\">CountyGraph <small>县域知识图谱</small></a>")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\" autocomplete=\"off\">")
                .append("<input id=\"search-q\" name=\"q\" type=\"search\" placeholder=\"搜索名称、别名或拼音 Search names, aliases, pinyin\" value=\"")
                .append(Html.esc(query)).append("\" aria-label=\"search\">")
                .append("<button type=\"submit\">搜索</button><ul id=\"suggestions\" class=\"suggestions\" hidden></ul></form>")
                .append("<nav><a href=\"/query\">SPARQL 查询</a><a href=\"/.well-known/void\">VoID</a></nav></header>\n");
        sb.append("<main>").append(body).append("</main>\n");
        sb.append("<footer>CountyGraph · 数据来自新闻报道，每条事实可追溯到原句 · every fact is traced to its sentence · ")
                .append("<a href=\"/countygraph/sparql\">SPARQL endpoint</a></footer>\n");
        for (String s : scripts) sb.append("<script src=\"").append(Html.esc(s)).append("\"></script>");
        sb.append("<script src=\"").append(SCRIPT).append("\"></script>\n</body></html>\n");
        return sb.toString();
    }
}
