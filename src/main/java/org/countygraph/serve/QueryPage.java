package org.countygraph.serve;

import java.util.List;

/**
 * The SPARQL query page at {@code /query}: an editor, example queries that answer real questions,
 * and a results table. The project's script sends the query to the read-only endpoint and draws
 * the answer with DOM text nodes (never HTML); without script the form posts to the endpoint itself.
 */
final class QueryPage {
    /** An example: the question it answers and the query. */
    record Example(String question, String sparql) {}

    static final List<Example> EXAMPLES = List.of(
            new Example("哪些官员担任什么职务？ Which officials hold which posts, where?", """
                    SELECT ?person ?title ?where WHERE {
                      ?p a cg:Official ; rdfs:label ?person ; org:holds ?post .
                      FILTER(LANG(?person) = "zh")
                      ?post cg:title ?title .
                      OPTIONAL { ?post org:postIn/rdfs:label ?where FILTER(LANG(?where) = "zh") }
                    } ORDER BY ?person ?title"""),
            new Example("各县级行政区及其上级 Counties, their codes and the city they belong to", """
                    SELECT ?county ?code ?city WHERE {
                      ?c a cg:County ; rdfs:label ?county ; cg:divisionCode ?code .
                      FILTER(LANG(?county) = "zh")
                      OPTIONAL { ?c cg:partOf ?p . ?p a cg:City ; rdfs:label ?city FILTER(LANG(?city) = "zh") }
                    } ORDER BY ?code"""),
            new Example("哪些文章提到攸县？ Which articles mention 攸县?", """
                    SELECT ?article ?headline ?date WHERE {
                      ?c rdfs:label "攸县"@zh .
                      ?article cg:mentions ?c .
                      OPTIONAL { ?article schema:headline ?headline }
                      OPTIONAL { ?article cg:dateText ?date }
                    } ORDER BY ?article"""),
            new Example("各地的企业 Enterprises and where they are", """
                    SELECT ?enterprise ?place ?industry WHERE {
                      ?e a cg:Enterprise ; rdfs:label ?enterprise .
                      FILTER(LANG(?enterprise) = "zh")
                      OPTIONAL { ?e cg:locatedIn/rdfs:label ?place FILTER(LANG(?place) = "zh") }
                      OPTIONAL { ?e cg:inIndustry/rdfs:label ?industry FILTER(LANG(?industry) = "zh") }
                    } ORDER BY ?place ?enterprise"""),
            new Example("各地发展什么产业？ Which industries does each place develop?", """
                    SELECT ?place ?industry WHERE {
                      ?p cg:developsIndustry ?i ; rdfs:label ?place .
                      ?i rdfs:label ?industry .
                      FILTER(LANG(?place) = "zh" && LANG(?industry) = "zh")
                    } ORDER BY ?place ?industry"""),
            new Example("事实及其原句 Facts with the sentence they come from and their confidence", """
                    SELECT ?subject ?predicate ?object ?confidence ?sentence WHERE {
                      ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?predicate ; rdf:object ?o ;
                          cg:confidence ?confidence ; prov:wasDerivedFrom/cg:text ?sentence .
                      ?s rdfs:label ?subject . ?o rdfs:label ?object .
                      FILTER(LANG(?subject) = "zh" && LANG(?object) = "zh")
                    } ORDER BY DESC(?confidence) LIMIT 50"""),
            new Example("各地的经济数据 Figures reported for each area", """
                    SELECT ?area ?indicator ?value ?unit ?period ?growth WHERE {
                      ?ob a cg:Observation ; cg:refArea/rdfs:label ?area ; cg:indicator ?indicator ; cg:value ?value .
                      FILTER(LANG(?area) = "zh")
                      OPTIONAL { ?ob cg:unit ?unit } OPTIONAL { ?ob cg:period ?period } OPTIONAL { ?ob cg:growthRate ?growth }
                    } ORDER BY ?area ?indicator"""),
            new Example("每类实体有多少？ How many entities of each class?", """
                    SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)"""));

    private QueryPage() {}

    /** The prefixes every example starts with. */
    static String prefixes() {
        StringBuilder sb = new StringBuilder();
        org.countygraph.vocab.Vocab.prefixMapping().getNsPrefixMap().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> sb.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        return sb.toString();
    }

    static String html(String datasetPath, IriMapping mapping) {
        String endpoint = datasetPath + "/sparql";
        StringBuilder sb = new StringBuilder("<section class=\"query-page\"><h1>SPARQL 查询 Query</h1>")
                .append("<p>端点 Endpoint: <code>").append(Html.esc(endpoint)).append("</code> (GET or POST <code>query=</code>, read-only). ")
                .append("默认图是所有文章图的并集 · The default graph is the union of the article graphs.</p>");
        sb.append("<div class=\"examples\"><h2>示例 Examples</h2><ul>");
        for (Example e : EXAMPLES) {
            sb.append("<li><button type=\"button\" class=\"example\" data-query=\"").append(Html.esc(prefixes() + e.sparql()))
                    .append("\">").append(Html.esc(e.question())).append("</button></li>");
        }
        sb.append("</ul></div>");
        sb.append("<form id=\"query-form\" method=\"post\" action=\"").append(Html.esc(endpoint))
                .append("\" data-base=\"").append(Html.esc(mapping.publicBase())).append("\">")
                .append("<textarea id=\"query-text\" name=\"query\" rows=\"14\" spellcheck=\"false\">")
                .append(Html.esc(prefixes() + EXAMPLES.get(0).sparql())).append("</textarea>")
                .append("<p><button type=\"submit\" id=\"query-run\">运行 Run</button> <span id=\"query-status\" role=\"status\"></span></p></form>")
                .append("<div id=\"query-results\" class=\"query-results\"></div></section>");
        return Layout.page("SPARQL 查询 Query", "", "", sb.toString(), List.of());
    }
}
