package org.countygraph.vocab;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The vocabulary constants and ontology/countygraph.ttl agree both ways, and every term is documented. */
class VocabularyTest {
    private static final Graph ONTO = OntologyFiles.ontology();
    private static final Node TYPE = Terms.type;
    private static final Set<String> DECLARATIONS = Set.of(
            Vocab.OWL + "Class", Vocab.OWL + "ObjectProperty", Vocab.OWL + "DatatypeProperty",
            Vocab.OWL + "AnnotationProperty", Vocab.SKOS + "ConceptScheme");
    private static final Set<String> PROPERTY_TYPES = Set.of(Vocab.OWL + "ObjectProperty", Vocab.OWL + "DatatypeProperty");

    private static Node uri(String s) { return NodeFactory.createURI(s); }

    /** The constants (static final Node fields) of a vocabulary class. */
    private static List<Node> constants(Class<?> c) throws IllegalAccessException {
        List<Node> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Node.class.equals(f.getType())) {
                Node n = (Node) f.get(null);
                assertEquals(f.getName(), n.getLocalName(), c.getSimpleName() + "." + f.getName() + " is named unlike its term " + n);
                out.add(n);
            }
        }
        return out;
    }

    private static boolean declared(Node term) {
        return DECLARATIONS.stream().anyMatch(t -> ONTO.contains(term, TYPE, uri(t)));
    }

    /** Every class and property of the ontology in a namespace. */
    private static Set<String> declaredTerms(String ns) {
        Set<String> out = new TreeSet<>();
        for (String t : DECLARATIONS) {
            ONTO.find(Node.ANY, TYPE, uri(t)).forEachRemaining(tr -> {
                Node s = tr.getSubject();
                if (s.isURI() && s.getURI().startsWith(ns)) out.add(s.getURI());
            });
        }
        return out;
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> c : List.of(CG.class, ORG.class, Terms.class)) {
            for (Node n : constants(c)) {
                boolean builtin = n.getURI().startsWith(Vocab.RDF) && !n.getURI().equals(Vocab.RDF + "Statement")
                        || n.getURI().startsWith(Vocab.RDFS);
                if (!builtin && !declared(n)) missing.add(c.getSimpleName() + "." + n.getLocalName());
            }
        }
        assertEquals(List.of(), missing, "constants without a declaration in ontology/countygraph.ttl");
    }

    @Test
    void everyTermOfTheOntologyHasAConstant() throws Exception {
        Set<String> constants = new TreeSet<>();
        for (Class<?> c : List.of(CG.class, ORG.class, Terms.class)) constants(c).forEach(n -> constants.add(n.getURI()));
        List<String> missing = new ArrayList<>();
        for (String ns : List.of(CG.NS, Vocab.ORG, Vocab.SKOS, Vocab.PROV, Vocab.SCHEMA, Vocab.RDF)) {
            for (String term : declaredTerms(ns)) if (!constants.contains(term)) missing.add(term);
        }
        assertEquals(List.of(), missing, "terms of ontology/countygraph.ttl without a constant in CG, ORG or Terms");
    }

    @Test
    void theCoreVocabularyIsThere() {
        for (String cls : List.of("Person", "Official", "Place", "AdministrativeDivision", "Province", "City", "County",
                "Township", "Village", "Zone", "Organization", "Enterprise", "GovernmentBody", "Industry", "Initiative",
                "Project", "Observation", "Article")) {
            assertTrue(ONTO.contains(uri(CG.NS + cls), TYPE, uri(Vocab.OWL + "Class")), "class cg:" + cls);
        }
        for (String p : List.of("title", "partOf", "locatedIn", "inIndustry", "developsIndustry", "launchedBy", "refArea",
                "indicator", "value", "unit", "period", "growthRate", "divisionCode", "mentions")) {
            Node n = uri(CG.NS + p);
            assertTrue(PROPERTY_TYPES.stream().anyMatch(t -> ONTO.contains(n, TYPE, uri(t))), "property cg:" + p);
        }
        Node sub = uri(Vocab.RDFS + "subClassOf");
        assertTrue(ONTO.contains(CG.Official, sub, CG.Person));
        assertTrue(ONTO.contains(CG.County, sub, CG.AdministrativeDivision));
        assertTrue(ONTO.contains(CG.AdministrativeDivision, sub, CG.Place));
        assertTrue(ONTO.contains(CG.Zone, sub, CG.Place));
        assertTrue(ONTO.contains(CG.Organization, sub, ORG.Organization));
        assertTrue(ONTO.contains(CG.Enterprise, sub, CG.Organization));
        assertTrue(ONTO.contains(CG.GovernmentBody, sub, CG.Organization));
        assertTrue(ONTO.contains(CG.Industry, sub, Terms.Concept));
        assertTrue(ONTO.contains(CG.Article, sub, Terms.NewsArticle));
        assertTrue(ONTO.contains(CG.partOf, TYPE, uri(Vocab.OWL + "TransitiveProperty")));
    }

    @Test
    void everyTermHasChineseAndEnglishLabelsAndAComment() {
        List<String> bad = new ArrayList<>();
        for (String ns : List.of(CG.NS, Vocab.ORG, Vocab.SKOS, Vocab.PROV, Vocab.SCHEMA, Vocab.RDF)) {
            for (String term : declaredTerms(ns)) {
                Node t = uri(term);
                if (labels(t, Terms.label, "zh") != 1) bad.add(term + ": needs one rdfs:label @zh");
                if (labels(t, Terms.label, "en") != 1) bad.add(term + ": needs one rdfs:label @en");
                if (labels(t, uri(Vocab.RDFS + "comment"), "zh") < 1) bad.add(term + ": needs an rdfs:comment @zh");
                if (labels(t, uri(Vocab.RDFS + "comment"), "en") < 1) bad.add(term + ": needs an rdfs:comment @en");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyPropertyOfOursHasADomainAndARange() {
        List<String> bad = new ArrayList<>();
        for (String term : declaredTerms(CG.NS)) {
            Node t = uri(term);
            boolean property = PROPERTY_TYPES.stream().anyMatch(p -> ONTO.contains(t, TYPE, uri(p)));
            if (!property) continue;
            if (!ONTO.contains(t, uri(Vocab.RDFS + "domain"), Node.ANY)) bad.add(term + ": no rdfs:domain");
            if (!ONTO.contains(t, uri(Vocab.RDFS + "range"), Node.ANY)) bad.add(term + ": no rdfs:range");
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theOntologyHasAVersionIriAndVersionInfo() {
        Node onto = uri("https://w3id.org/countygraph/ontology");
        assertTrue(ONTO.contains(onto, TYPE, uri(Vocab.OWL + "Ontology")));
        var version = ONTO.find(onto, uri(Vocab.OWL + "versionIRI"), Node.ANY).toList();
        assertEquals(1, version.size());
        assertTrue(version.get(0).getObject().getURI().startsWith("https://w3id.org/countygraph/ontology/"), version.toString());
        var info = ONTO.find(onto, uri(Vocab.OWL + "versionInfo"), Node.ANY).toList();
        assertEquals(1, info.size());
        assertTrue(version.get(0).getObject().getURI().endsWith("/" + info.get(0).getObject().getLiteralLexicalForm()),
                "the version IRI ends with owl:versionInfo");
    }

    private static long labels(Node s, Node p, String lang) {
        return ONTO.find(s, p, Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals(lang)).count();
    }
}
