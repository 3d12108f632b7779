package org.countygraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * What an extraction states, read back from its RDF through the public vocabulary, in the shape of
 * a {@link Gold} annotation: entities by kind with their names, posts, relations and figures.
 */
public final class Predicted {
    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/countygraph/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final Map<String, String> CLASSES = Map.of(
            "person", "cg:Person", "county", "cg:County", "enterprise", "cg:Enterprise",
            "industry", "cg:Industry", "initiative", "cg:Initiative");
    private static final Map<String, String> PREDICATES = Map.of(
            "partof", "?s cg:partOf ?o", "located", "?s cg:locatedIn ?o",
            "develops", "?s cg:developsIndustry ?o", "runs", "?o cg:launchedBy ?s");

    final Map<String, Map<String, Set<String>>> entities = new LinkedHashMap<>();
    final List<List<Object>> posts = new ArrayList<>();
    final Map<String, List<List<Set<String>>>> relations = new LinkedHashMap<>();
    final List<List<Object>> figures = new ArrayList<>();

    /** Reads the facts of a dataset of article graphs (its union). */
    public static Predicted of(DatasetGraph ds) {
        Predicted p = new Predicted();
        Map<String, Set<String>> names = names(ds);
        for (String kind : Gold.ENTITY_KINDS) {
            String where = kind.equals("place")
                    ? "?e a cg:Place . FILTER NOT EXISTS { ?e a cg:County }"
                    : "?e a " + CLASSES.get(kind) + " .";
            Map<String, Set<String>> found = new LinkedHashMap<>();
            for (Binding b : select(ds, "SELECT DISTINCT ?e WHERE { GRAPH ?g { " + where + " } }")) {
                String e = b.get("e").getURI();
                found.put(e, names.getOrDefault(e, Set.of()));
            }
            p.entities.put(kind, found);
        }
        for (Binding b : select(ds, "SELECT DISTINCT ?p ?title ?org WHERE { GRAPH ?g { ?p org:holds ?post . ?post cg:title ?title "
                + "OPTIONAL { ?post org:postIn ?org } } }")) {
            Set<String> person = names.getOrDefault(b.get("p").getURI(), Set.of());
            Set<String> org = b.get("org") == null ? Set.of() : names.getOrDefault(b.get("org").getURI(), Set.of());
            p.posts.add(List.of(person, b.get("title").getLiteralLexicalForm(), org));
        }
        for (String kind : Gold.RELATION_KINDS) {
            List<List<Set<String>>> pairs = new ArrayList<>();
            for (Binding b : select(ds, "SELECT DISTINCT ?s ?o WHERE { GRAPH ?g { " + PREDICATES.get(kind) + " } }")) {
                pairs.add(List.of(names.getOrDefault(b.get("s").getURI(), Set.of()), names.getOrDefault(b.get("o").getURI(), Set.of())));
            }
            p.relations.put(kind, pairs);
        }
        for (Binding b : select(ds, "SELECT DISTINCT ?ob ?area ?ind ?vt ?unit WHERE { GRAPH ?g { ?ob a cg:Observation ; "
                + "cg:refArea ?area ; cg:indicator ?ind ; cg:valueText ?vt ; cg:unit ?unit "
                + "FILTER NOT EXISTS { ?ob cg:concerns ?x } } }")) { // the gold's indicators are figures of areas, not of firms
            p.figures.add(List.of(names.getOrDefault(b.get("area").getURI(), Set.of()), b.get("ind").getLiteralLexicalForm(),
                    b.get("vt").getLiteralLexicalForm(), b.get("unit").getLiteralLexicalForm()));
        }
        return p;
    }

    private static Map<String, Set<String>> names(DatasetGraph ds) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Binding b : select(ds, "SELECT ?e ?n WHERE { GRAPH ?g { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } } "
                + "FILTER(langMatches(lang(?n), 'zh') && lang(?n) = 'zh') }")) {
            out.computeIfAbsent(b.get("e").getURI(), k -> new LinkedHashSet<>()).add(b.get("n").getLiteralLexicalForm());
        }
        // the names a text used for an entity are also the anchors of its mentions
        for (Binding b : select(ds, "SELECT ?e ?n WHERE { GRAPH ?g { ?m cg:denotes ?e ; cg:anchorText ?n } }")) {
            out.computeIfAbsent(b.get("e").getURI(), k -> new LinkedHashSet<>()).add(b.get("n").getLiteralLexicalForm());
        }
        return out;
    }

    private static List<Binding> select(DatasetGraph ds, String body) {
        Query q = QueryFactory.create(PREFIXES + body);
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(ds).query(q).build()) {
            qe.select().forEachRemaining(out::add);
        }
        return out;
    }
}
