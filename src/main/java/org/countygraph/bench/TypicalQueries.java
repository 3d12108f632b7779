package org.countygraph.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The fixed set of typical queries the query section times, each a template filled with values
 * drawn (with a fixed seed) from the store itself, and sent over HTTP as a user's client would:
 *
 * <ol>
 *   <li>{@code describe}: an entity's description: its properties and the labels of what they point to;</li>
 *   <li>{@code officials}: the officials of a county: posts in it or in its bodies, with titles and names;</li>
 *   <li>{@code enterprises}: enterprises of an industry in an area (in it, or named with both in an article);</li>
 *   <li>{@code comention}: a 2-hop query: the entities most often named in the articles that name an entity;</li>
 *   <li>{@code search}: the browser's label search ({@code /search.json}) for the first two characters of a name.</li>
 * </ol>
 */
final class TypicalQueries {
    /** One query kind and the requests (paths with query strings) drawn for it. */
    record Kind(String name, List<String> requests) {}

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/countygraph/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String DESCRIBE = "SELECT ?p ?o ?label WHERE { <%s> ?p ?o OPTIONAL { ?o rdfs:label ?label } } LIMIT 1000";
    private static final String OFFICIALS = """
            SELECT DISTINCT ?person ?name ?title WHERE {
              ?org (cg:jurisdiction|cg:partOf)? <%s> .
              ?post org:postIn ?org ; cg:title ?title ; org:heldBy ?person .
              ?person rdfs:label ?name FILTER(LANG(?name) = "zh") } LIMIT 100""";
    /**
     * Finds the distinct candidates first, then checks their type and names them. Written with the type check inside the
     * union, the same answer costs one check per (article, entity) row, and an entity's type is stated in every article
     * graph that names it: p99 162-213 ms at 4 clients against the rewrite's figure in docs/BENCHMARKS.md (2026-11-28).
     */
    private static final String ENTERPRISES = """
            SELECT ?e ?name WHERE {
              { SELECT DISTINCT ?e WHERE {
                  { ?e cg:inIndustry <%2$s> ; cg:locatedIn <%1$s> } UNION { ?a cg:mentions <%1$s> , <%2$s> , ?e } } }
              ?e a cg:Enterprise ; rdfs:label ?name FILTER(LANG(?name) = "zh") } LIMIT 100""";
    /**
     * Counts first, then names the 20 it keeps. Written with the label inside the grouped pattern, the
     * same answer costs a label lookup per (article, entity) row before grouping: 27,000 rows and
     * 270-500 ms against 40-70 ms this way for an entity named in 360 articles (docs/BENCHMARKS.md).
     */
    private static final String COMENTION = """
            SELECT ?other ?name ?n WHERE {
              { SELECT ?other (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a cg:mentions <%s> , ?other . FILTER(?other != <%1$s>) }
                GROUP BY ?other ORDER BY DESC(?n) LIMIT 20 }
              OPTIONAL { ?other rdfs:label ?name FILTER(LANG(?name) = "zh") }
            } ORDER BY DESC(?n)""";

    private TypicalQueries() {}

    /** Draws {@code perKind} requests of each kind from the store; {@code sparqlPath} is the endpoint's path. */
    static List<Kind> draw(DatasetGraph dsg, String sparqlPath, int perKind, long seed) {
        Random random = new Random(seed);
        return Txn.calculateRead(dsg, () -> {
            List<Node> mentioned = column(dsg, "SELECT DISTINCT ?e WHERE { ?a cg:mentions ?e }", "e");
            List<Node> counties = column(dsg, "SELECT DISTINCT ?c WHERE { ?a cg:mentions ?c . ?c a cg:County }", "c");
            List<String> pairs = select(dsg, "SELECT DISTINCT ?area ?ind WHERE { ?area cg:developsIndustry ?ind }",
                    s -> s.getResource("area").getURI() + " " + s.getResource("ind").getURI());
            List<String> names = select(dsg, "SELECT DISTINCT ?l WHERE { ?a cg:mentions ?e . ?e rdfs:label ?l FILTER(LANG(?l) = \"zh\") }",
                    s -> s.getLiteral("l").getLexicalForm());
            names.removeIf(n -> n.length() < 2);
            List<Kind> kinds = new ArrayList<>();
            kinds.add(new Kind("describe", pick(mentioned, perKind, random, e -> sparql(sparqlPath, DESCRIBE.formatted(e.getURI())))));
            kinds.add(new Kind("officials", pick(counties, perKind, random, c -> sparql(sparqlPath, OFFICIALS.formatted(c.getURI())))));
            kinds.add(new Kind("enterprises", pick(pairs, perKind, random, p -> {
                String[] ai = p.split(" ");
                return sparql(sparqlPath, ENTERPRISES.formatted(ai[0], ai[1]));
            })));
            kinds.add(new Kind("comention", pick(mentioned, perKind, random, e -> sparql(sparqlPath, COMENTION.formatted(e.getURI())))));
            kinds.add(new Kind("search", pick(names, perKind, random, n -> "/search.json?q=" + encode(n.substring(0, 2)))));
            return kinds;
        });
    }

    private static String sparql(String path, String query) {
        return path + "?query=" + encode(PREFIXES + query);
    }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static <T> List<String> pick(List<T> from, int n, Random random, Function<T, String> request) {
        if (from.isEmpty()) throw new BenchException("the store holds nothing to draw typical queries from");
        List<T> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(request.apply(shuffled.get(i % shuffled.size())));
        return out;
    }

    private static List<Node> column(DatasetGraph dsg, String query, String var) {
        return select(dsg, query, s -> s.get(var).asNode());
    }

    private static <T> List<T> select(DatasetGraph dsg, String query, Function<QuerySolution, T> f) {
        Query q = QueryFactory.create(PREFIXES + query);
        List<T> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) out.add(f.apply(rs.next()));
        }
        out.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        return out;
    }
}
