package org.countygraph.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;

/**
 * The list of all members of a class, by name, a page at a time: {@code /list/County},
 * {@code /list/Official?offset=100}. Classes of the vocabulary go by their local name; {@code Post}
 * is {@code org:Post}.
 */
final class ListPage {
    static final String PREFIX = "/list/";
    static final int PAGE = 100;
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final Query MEMBERS = StoreView.template("""
            SELECT ?s (MIN(?l) AS ?label) WHERE {
              ?s a ?class OPTIONAL { ?s rdfs:label ?l FILTER(LCASE(LANG(?l)) = "zh") }
            } GROUP BY ?s ORDER BY ?label ?s""");
    private static final Query COUNT = StoreView.template("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class }");

    private ListPage() {}

    /** The list page's path for a class. */
    static String path(Node cls) {
        if (cls.equals(ORG.Post)) return PREFIX + "Post";
        return cls.isURI() && cls.getURI().startsWith(CG.NS) ? PREFIX + cls.getLocalName() : null;
    }

    /** The class a list path names, or empty when it names none. */
    static Optional<Node> classOf(String localName) {
        if (!LOCAL_NAME.matcher(localName).matches()) return Optional.empty();
        if (localName.equals("Post")) return Optional.of(ORG.Post);
        return Optional.of(NodeFactory.createURI(CG.NS + localName));
    }

    static int count(Graph g, Node cls) {
        return StoreView.select(g, COUNT, Map.of("class", cls)).stream()
                .map(b -> Integer.parseInt(b.get("n").getLiteralLexicalForm())).findFirst().orElse(0);
    }

    static List<Node> members(Graph g, Node cls, int limit, int offset) {
        return StoreView.select(g, MEMBERS, Map.of("class", cls), limit, offset).stream().map(b -> b.get("s")).toList();
    }

    /** The page, or empty when the class has no members (the caller answers 404). */
    static Optional<String> html(Graph g, IriMapping mapping, Node cls, int offset) {
        int total = count(g, cls);
        if (total == 0) return Optional.empty();
        int from = Math.max(0, Math.min(offset, total - 1));
        Labels labels = new Labels(g, mapping);
        Linker linker = new Linker(g, labels, mapping);
        StringBuilder sb = new StringBuilder("<section class=\"list-page\"><h1>").append(Html.esc(labels.term(cls).both()))
                .append(" <span class=\"count\">").append(total).append("</span></h1><ul class=\"members\">");
        for (Node s : members(g, cls, PAGE, from)) {
            Labels.Name n = labels.of(s);
            sb.append("<li>").append(Html.link(linker.href(s), n.main(), "entity", s.getURI()));
            if (n.pinyin() != null) sb.append(" <small class=\"pinyin\">").append(Html.esc(n.pinyin())).append("</small>");
            sb.append("</li>");
        }
        sb.append("</ul>");
        EntityPage.pager(sb, path(cls) + "?offset=", from, total, PAGE, "");
        return Optional.of(Layout.page(labels.term(cls).both(), "", "", sb.append("</section>").toString(), List.of()));
    }
}
