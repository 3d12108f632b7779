package org.countygraph.build;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.countygraph.extract.EntityKeys;
import org.countygraph.rdf.Iris;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;
import org.junit.jupiter.api.Test;

/** The division gazetteer and the industry taxonomy as the store receives them. */
class ReferenceGraphsTest {
    private static Graph graph(Node name) {
        return ReferenceGraphs.bundled().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().graph();
    }

    private static final Graph DIVISIONS = graph(ReferenceGraphs.DIVISIONS);
    private static final Graph INDUSTRIES = graph(ReferenceGraphs.INDUSTRIES);

    private static Node division(String code) { return Iris.entity(EntityKeys.division(code)); }

    private static List<Map<String, String>> select(Graph g, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.graph(g).query(query).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(b -> {
                Map<String, String> row = new TreeMap<>();
                b.vars().forEachRemaining(v -> {
                    Node n = b.get(v);
                    row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                });
                rows.add(row);
            });
        }
        return rows;
    }

    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/countygraph/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    @Test
    void youXianLinksToItsCodeCityAndProvince() {
        var rows = select(DIVISIONS, PREFIXES + """
                SELECT ?code ?city ?province WHERE {
                  ?c rdfs:label "攸县"@zh ; a cg:County ; cg:divisionCode ?code ; cg:partOf ?ci .
                  ?ci a cg:City ; rdfs:label ?city ; cg:divisionCode "4302" ; cg:partOf ?p .
                  ?p a cg:Province ; rdfs:label ?province ; cg:divisionCode "43" }""");
        assertEquals(List.of(Map.of("code", "430223", "city", "株洲市", "province", "湖南省")), rows);
        assertTrue(DIVISIONS.contains(division("430223"), CG.partOf, division("4302")), "IRIs are the extractor's");
        assertTrue(DIVISIONS.contains(division("4302"), Terms.altLabel, NodeFactory.createLiteralLang("株洲", "zh")), "short forms as skos:altLabel");
    }

    @Test
    void everyListedDivisionIsThereOnce() {
        var rows = select(DIVISIONS, PREFIXES + """
                SELECT ?type (COUNT(DISTINCT ?d) AS ?n) WHERE { VALUES ?type { cg:Province cg:City cg:County cg:Zone } ?d a ?type }
                GROUP BY ?type ORDER BY ?type""");
        Map<String, String> counts = new TreeMap<>();
        rows.forEach(r -> counts.put(r.get("type").replace(CG.NS, "cg:"), r.get("n")));
        assertEquals("31", counts.get("cg:Province"));
        assertEquals(2978, Integer.parseInt(counts.get("cg:County")) + Integer.parseInt(counts.get("cg:Zone")),
                "2,978 county-level rows, counties and development zones: " + counts);
        assertTrue(Integer.parseInt(counts.get("cg:City")) > 300, counts.toString());
        assertTrue(DIVISIONS.contains(division("130171"), Terms.type, CG.Zone), "石家庄高新技术产业开发区 is a cg:Zone");
        assertTrue(DIVISIONS.contains(division("130171"), CG.partOf, division("1301")), "in 石家庄市");
    }

    @Test
    void everyDivisionHasOneChineseLabelAndEveryNonProvinceAParent() {
        var bad = select(DIVISIONS, PREFIXES + """
                SELECT ?d WHERE { ?d cg:divisionCode ?code .
                  { SELECT ?d (COUNT(?l) AS ?n) WHERE { ?d cg:divisionCode ?c ; rdfs:label ?l FILTER(lang(?l) = "zh") } GROUP BY ?d }
                  FILTER (?n != 1 || (STRLEN(?code) > 2 && NOT EXISTS { ?d cg:partOf ?parent })) }""");
        assertEquals(List.of(), bad);
        // counties of a province-administered list (e.g. 仙桃市 in 湖北) are part of the province
        var direct = select(DIVISIONS, PREFIXES + "SELECT ?p WHERE { ?c rdfs:label \"仙桃市\"@zh ; cg:partOf ?p . ?p a cg:Province }");
        assertEquals(1, direct.size(), "仙桃市 lies directly in 湖北省");
    }

    @Test
    void theTaxonomyHoldsTheWholeStandard() {
        var rows = select(INDUSTRIES, PREFIXES + """
                SELECT ?len (COUNT(?c) AS ?n) WHERE {
                  ?c skos:notation ?code ; skos:inScheme cg:industries ; a cg:Industry BIND (STRLEN(?code) AS ?len) }
                GROUP BY ?len ORDER BY ?len""");
        Map<String, String> byLength = new TreeMap<>();
        rows.forEach(r -> byLength.put(r.get("len"), r.get("n")));
        assertEquals("20", byLength.get("1"), "sections A-T");
        assertEquals("97", byLength.get("2"), "divisions");
        assertEquals("473", byLength.get("3"), "groups, including those of one class");
        assertEquals("1381", byLength.get("4"), "classes, including 3741 飞机制造");
        var c2614 = select(INDUSTRIES, PREFIXES + """
                SELECT ?name ?group ?division ?section WHERE {
                  ?c skos:notation "2614" ; skos:prefLabel ?name ; skos:broader ?g .
                  ?g skos:notation ?group ; skos:broader ?d . ?d skos:notation ?division ; skos:broader ?s .
                  ?s skos:notation ?section ; skos:topConceptOf cg:industries }""");
        assertEquals(List.of(Map.of("name", "有机化学原料制造", "group", "261", "division", "26", "section", "C")), c2614);
    }

    @Test
    void newsSectorsAreConceptsLinkedToTheStandard() {
        for (String sector : List.of("新能源", "新材料", "绿色建材", "精细化工", "全域旅游", "特色农业", "半导体", "轨道交通装备", "光伏")) {
            Node s = Iris.entity(EntityKeys.industry(sector));
            assertTrue(INDUSTRIES.contains(s, Terms.type, CG.Industry), sector + " is a cg:Industry at the extractor's IRI");
            assertTrue(INDUSTRIES.contains(s, Terms.label, NodeFactory.createLiteralLang(sector, "zh")), sector);
            var linked = select(INDUSTRIES, PREFIXES + "SELECT ?code WHERE { <" + s.getURI()
                    + "> skos:broader*/(skos:broader|skos:related) ?c . ?c skos:notation ?code } LIMIT 1");
            assertEquals(1, linked.size(), sector + " reaches a GB/T 4754-2017 concept by skos:broader or skos:related");
        }
        assertTrue(INDUSTRIES.contains(Iris.entity(EntityKeys.industry("精细化工")), Terms.broader,
                Iris.entity("industry/gbt4754/26")), "精细化工 lies within 26 化学原料和化学制品制造业");
        assertTrue(INDUSTRIES.contains(Iris.entity(EntityKeys.industry("光伏")), Terms.broader,
                Iris.entity(EntityKeys.industry("新能源"))), "光伏 is narrower than 新能源");
        assertTrue(INDUSTRIES.contains(Iris.entity(EntityKeys.industry("光伏")), Terms.related,
                Iris.entity("industry/gbt4754/3825")), "光伏 relates to 3825 光伏设备及元器件制造");
    }

    @Test
    void everySectorWordOfTheExtractorIsAConceptOfTheTaxonomy() {
        List<String> missing = new ArrayList<>();
        for (String sector : org.countygraph.extract.Lexicon.bundled("sectors.txt").entries()) {
            if (!INDUSTRIES.contains(Iris.entity(EntityKeys.industry(sector)), Terms.type, CG.Industry)) missing.add(sector);
        }
        assertEquals(List.of(), missing, "add them to tools/industry-sectors.tsv and run tools/industries.py (see ontology/README.md)");
    }

    @Test
    void everyConceptHasOneChineseLabelAndAPrefLabel() {
        var bad = select(INDUSTRIES, PREFIXES + """
                SELECT ?c WHERE { ?c a cg:Industry .
                  FILTER (NOT EXISTS { ?c skos:prefLabel ?p FILTER(lang(?p) = "zh") }
                          || NOT EXISTS { ?c rdfs:label ?l FILTER(lang(?l) = "zh") }
                          || EXISTS { ?c rdfs:label ?a , ?b FILTER(lang(?a) = "zh" && lang(?b) = "zh" && ?a != ?b) }) }""");
        assertEquals(List.of(), bad);
    }
}
