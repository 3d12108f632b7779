package org.countygraph.validate;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.OntologyFiles;
import org.junit.jupiter.api.Test;

/**
 * The shapes on small hand-made graphs: a correct article graph conforms, and each kind of damage
 * is reported on the right node, by the right shape, in the right graph.
 */
class GraphValidatorTest {
    private static final GraphValidator VALIDATOR = GraphValidator.bundled();

    private static final String PREFIXES = """
            PREFIX cg:   <https://w3id.org/countygraph/ontology#>
            PREFIX div:  <https://w3id.org/countygraph/id/division/>
            PREFIX body: <https://w3id.org/countygraph/id/body/>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    /** One article graph as the writer makes it: a county, its city and province, an official, a post, a mention, a fact. */
    private static final String ARTICLE = """
            GRAPH <https://w3id.org/countygraph/id/article/d/0> {
              <https://w3id.org/countygraph/id/article/d/0> a cg:Article ; cg:sourceDocument <https://w3id.org/countygraph/id/document/d> ;
                  cg:articleIndex 0 ; cg:startOffset 0 ; cg:endOffset 40 ;
                  cg:mentions div:430223 , div:4302 , div:43 , <https://w3id.org/countygraph/id/person/李鹏程/攸县> , body:攸县县委 .
              <https://w3id.org/countygraph/id/article/d/0/sentence/0> a cg:Sentence ;
                  cg:inArticle <https://w3id.org/countygraph/id/article/d/0> ;
                  cg:text "湖南省株洲市攸县县委书记李鹏程"@zh ; cg:startOffset 0 ; cg:endOffset 15 .
              div:430223 a cg:County , cg:AdministrativeDivision , cg:Place ; rdfs:label "攸县"@zh ;
                  cg:divisionCode "430223" ; cg:partOf div:4302 .
              div:4302 a cg:City , cg:AdministrativeDivision , cg:Place ; rdfs:label "株洲市"@zh ; skos:altLabel "株洲"@zh ;
                  cg:divisionCode "4302" ; cg:partOf div:43 .
              div:43 a cg:Province , cg:AdministrativeDivision , cg:Place ; rdfs:label "湖南省"@zh ; cg:divisionCode "43" .
              body:攸县县委 a cg:GovernmentBody , cg:Organization ; rdfs:label "攸县县委"@zh ; cg:locatedIn div:430223 .
              <https://w3id.org/countygraph/id/person/李鹏程/攸县> a cg:Official , cg:Person ; rdfs:label "李鹏程"@zh ;
                  org:holds <https://w3id.org/countygraph/id/post/李鹏程/攸县/县委书记> .
              <https://w3id.org/countygraph/id/post/李鹏程/攸县/县委书记> a org:Post ; rdfs:label "攸县县委书记"@zh ;
                  cg:title "县委书记"@zh ; org:postIn div:430223 ;
                  org:heldBy <https://w3id.org/countygraph/id/person/李鹏程/攸县> ;
                  prov:wasDerivedFrom <https://w3id.org/countygraph/id/article/d/0/sentence/0> ;
                  cg:startOffset 6 ; cg:endOffset 15 ; cg:confidence 0.90 .
              <https://w3id.org/countygraph/id/article/d/0/mention/6-8> a cg:Mention ; cg:denotes div:430223 ;
                  cg:anchorText "攸县"@zh ; cg:startOffset 6 ; cg:endOffset 8 ; cg:confidence 0.95 ;
                  prov:wasDerivedFrom <https://w3id.org/countygraph/id/article/d/0/sentence/0> .
              <https://w3id.org/countygraph/id/article/d/0/fact/1> a rdf:Statement ;
                  rdf:subject body:攸县县委 ; rdf:predicate cg:locatedIn ; rdf:object div:430223 ;
                  prov:wasDerivedFrom <https://w3id.org/countygraph/id/article/d/0/sentence/0> ;
                  cg:startOffset 6 ; cg:endOffset 12 ; cg:confidence 0.85 .
              %s
            }
            """;

    /** Validates the article graph with {@code extra} Turtle added to it, plus {@code more} TriG, with the ontology loaded. */
    private static ValidationReport validate(String article, String more) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(PREFIXES + article + more, Lang.TRIG).parse(ds);
        OntologyFiles.ontology().find().forEachRemaining(t ->
                ds.add(org.apache.jena.graph.NodeFactory.createURI(CG.GRAPH + "ontology"), t.getSubject(), t.getPredicate(), t.getObject()));
        return VALIDATOR.validate(ds);
    }

    private static ValidationReport validate(String extra) { return validate(ARTICLE.formatted(extra), ""); }

    private static ValidationReport validateChanged(String from, String to) {
        String article = ARTICLE.formatted("");
        assertTrue(article.contains(from), "fixture lacks: " + from);
        return validate(article.replace(from, to), "");
    }

    private static Finding only(ValidationReport r) {
        assertEquals(1, r.findings().size(), () -> "want one finding, got:\n" + lines(r));
        return r.findings().get(0);
    }

    private static String lines(ValidationReport r) {
        return String.join("\n", r.findings().stream().map(Finding::line).toList());
    }

    private static boolean has(ValidationReport r, String shape, String focus) {
        return r.findings().stream().anyMatch(f -> f.shape().equals(shape) && f.focus().equals(focus));
    }

    @Test
    void aCorrectArticleGraphConforms() {
        ValidationReport r = validate("");
        assertEquals(List.of(), r.findings(), () -> lines(r));
        assertTrue(r.conforms());
        assertEquals(1, r.articleGraphs());
        assertTrue(r.summary().startsWith("0 violations, 0 warnings (1 article graph;"), r.summary());
    }

    @Test
    void aCountyWithACodeButNoPrefectureIsAViolation() {
        ValidationReport r = validateChanged("cg:divisionCode \"430223\" ; cg:partOf div:4302 .", "cg:divisionCode \"430223\" .");
        Finding f = only(r);
        assertEquals(Finding.Level.VIOLATION, f.level());
        assertEquals("id:division/430223", f.focus());
        assertEquals("攸县", f.label());
        assertEquals("cgsh:CountyShape", f.shape());
        assertTrue(f.message().contains("cg:partOf a cg:City or a cg:Province"), f.message());
        assertTrue(f.graph().isEmpty(), "found in the union");
        assertFalse(r.conforms());
    }

    @Test
    void aCountyWithoutACodeNeedNotHaveAParent() {
        ValidationReport r = validateChanged("cg:divisionCode \"430223\" ; cg:partOf div:4302 .", ".");
        assertTrue(r.conforms(), () -> lines(r));
    }

    @Test
    void classesFollowSubClassOfInTheOntology() {
        // the city typed only cg:City is still a cg:Place for cg:partOf, through the ontology
        ValidationReport r = validateChanged("div:4302 a cg:City , cg:AdministrativeDivision , cg:Place ;", "div:4302 a cg:City ;");
        assertEquals(List.of(), r.findings(), () -> lines(r));
    }

    @Test
    void aCountyPartOfAnotherCountyIsAViolation() {
        ValidationReport r = validate("div:430224 a cg:County ; rdfs:label \"茶陵县\"@zh ; cg:divisionCode \"430224\" ; cg:partOf div:430223 .");
        assertTrue(has(r, "cgsh:CountyShape", "id:division/430224"), () -> lines(r));
    }

    @Test
    void twoChineseLabelsAreAViolation() {
        Finding f = only(validate("div:430223 rdfs:label \"攸縣\"@zh ."));
        assertEquals("cgsh:EntityShape", f.shape());
        assertEquals("rdfs:label", f.path());
        assertEquals("id:division/430223", f.focus());
    }

    @Test
    void aPinyinLabelIsNotAChineseLabel() {
        ValidationReport withBoth = validate("div:430223 rdfs:label \"You Xian\"@zh-Latn-pinyin .");
        assertEquals(List.of(), withBoth.findings(), () -> lines(withBoth));
        ValidationReport pinyinOnly = validateChanged("rdfs:label \"攸县\"@zh ;", "rdfs:label \"You Xian\"@zh-Latn-pinyin ;");
        Finding f = only(pinyinOnly);
        assertEquals("cgsh:ChineseLabelShape", f.shape());
        assertEquals("id:division/430223", f.focus());
        assertEquals("", f.label(), "it has no Chinese label to show");
    }

    @Test
    void aPostWithoutPostInIsAWarningForTheTextMayNameNone() {
        Finding f = only(validateChanged("cg:title \"县委书记\"@zh ; org:postIn div:430223 ;", "cg:title \"县委书记\"@zh ;"));
        assertEquals(Finding.Level.WARNING, f.level());
        assertEquals("cgsh:PostShape", f.shape());
        assertEquals("org:postIn", f.path());
        assertTrue(f.focus().contains("post/"), f.focus());
    }

    @Test
    void aPostWithoutTitleIsAViolation() {
        Finding f = only(validateChanged("cg:title \"县委书记\"@zh ; org:postIn", "org:postIn"));
        assertEquals("cg:title", f.path());
    }

    @Test
    void anObservationNeedsAreaIndicatorDecimalValueAndUnit() {
        String good = """
                <https://w3id.org/countygraph/id/article/d/0/observation/1> a cg:Observation ;
                    cg:refArea div:430223 ; cg:indicator "地区生产总值"@zh ; cg:value 182.5 ; cg:unit "亿元" ;
                    cg:growthRate 8.5 ; cg:period "上半年"@zh ;
                    prov:wasDerivedFrom <https://w3id.org/countygraph/id/article/d/0/sentence/0> ;
                    cg:startOffset 0 ; cg:endOffset 10 ; cg:confidence 0.8 .""";
        assertEquals(List.of(), validate(good).findings(), () -> lines(validate(good)));
        Finding stringValue = only(validate(good.replace("cg:value 182.5", "cg:value \"182.5\"")));
        assertEquals("cg:value", stringValue.path());
        assertEquals("\"182.5\"", stringValue.value());
        assertEquals("cg:unit", only(validate(good.replace("cg:unit \"亿元\" ;", ""))).path());
        assertEquals("cg:refArea", only(validate(good.replace("cg:refArea div:430223 ;", ""))).path());
        assertEquals("cg:indicator", only(validate(good.replace("cg:indicator \"地区生产总值\"@zh ;", ""))).path());
    }

    @Test
    void aDivisionCodeMustMatchItsIri() {
        ValidationReport r = validateChanged("cg:divisionCode \"4302\" ;", "cg:divisionCode \"4303\" ;");
        assertTrue(has(r, "cgsh:DivisionIriShape", "id:division/4302"), () -> lines(r));
    }

    @Test
    void aFactWhoseArticleIsInAnotherGraphIsAViolationOfItsOwnGraph() {
        String article = ARTICLE.formatted("").replace(
                "<https://w3id.org/countygraph/id/article/d/0> a cg:Article ;", "<https://w3id.org/countygraph/id/article/d/0>");
        String elsewhere = "GRAPH <https://w3id.org/countygraph/id/article/d/1> { <https://w3id.org/countygraph/id/article/d/0> a cg:Article . }";
        ValidationReport r = validate(article, elsewhere);
        assertFalse(r.conforms());
        assertEquals(2, r.articleGraphs());
        assertTrue(r.findings().stream().noneMatch(f -> f.graph().isEmpty()), () -> "the union cannot see it:\n" + lines(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.shape().equals("cgsh:FactShape") && f.graph().equals(java.util.Optional.of("id:article/d/0"))
                && f.message().contains("article graph has its cg:Article") && f.focus().equals("id:post/李鹏程/攸县/县委书记")), () -> lines(r));
    }

    @Test
    void aStatementWhoseTripleIsNotAssertedIsAViolation() {
        Finding f = only(validateChanged("rdfs:label \"攸县县委\"@zh ; cg:locatedIn div:430223 .", "rdfs:label \"攸县县委\"@zh ."));
        assertEquals("cgsh:AssertedStatementShape", f.shape());
        assertEquals("id:article/d/0/fact/1", f.focus());
        assertTrue(f.graph().isPresent());
    }

    @Test
    void aMentionOfAnEntityTheArticleDoesNotListIsAViolation() {
        Finding f = only(validateChanged("cg:mentions div:430223 , ", "cg:mentions "));
        assertEquals("cgsh:MentionedShape", f.shape());
    }

    @Test
    void factOffsetsOutsideTheirSentenceAreAViolation() {
        Finding f = only(validateChanged("cg:startOffset 6 ; cg:endOffset 12 ;", "cg:startOffset 6 ; cg:endOffset 16 ;"));
        assertEquals("cgsh:FactOffsetShape", f.shape());
    }

    @Test
    void aMentionShorterThanItsTextIsAViolation() {
        Finding f = only(validateChanged("cg:startOffset 6 ; cg:endOffset 8 ;", "cg:startOffset 6 ; cg:endOffset 7 ;"));
        assertEquals("cgsh:AnchorTextShape", f.shape());
    }

    @Test
    void aTownshipWithoutItsCountyIsOnlyAWarning() {
        ValidationReport r = validate("<https://w3id.org/countygraph/id/place/430223/鸾山镇> a cg:Township , cg:AdministrativeDivision , cg:Place ; rdfs:label \"鸾山镇\"@zh .");
        Finding f = only(r);
        assertEquals(Finding.Level.WARNING, f.level());
        assertTrue(r.conforms(), "warnings do not fail");
        assertEquals(1, r.warnings());
        assertTrue(f.line().startsWith("WARNING  id:place/430223/鸾山镇 (鸾山镇)  cg:partOf: "), f.line());
    }

    @Test
    void aGraphWithoutNamedGraphsIsCheckedAsOneArticle() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(PREFIXES + """
                <https://w3id.org/countygraph/id/article/d/0/sentence/0> a cg:Sentence ; cg:text "x"@zh ; cg:startOffset 0 ; cg:endOffset 1 .
                """, Lang.TURTLE).parse(ds);
        ValidationReport r = VALIDATOR.validate(ds);
        assertEquals(1, r.articleGraphs());
        Finding f = only(r);
        assertEquals("cg:inArticle", f.path());
        assertTrue(f.graph().isEmpty());
    }

    @Test
    void theBuilderRefusesAGraphWithoutShapes() {
        var empty = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        var e = assertThrows(org.countygraph.CountyGraphException.class, () -> GraphValidator.create().shapes(empty));
        assertTrue(e.getMessage().contains("no SHACL shapes"), e.getMessage());
        assertThrows(org.countygraph.CountyGraphException.class, () -> GraphValidator.create().shapes(OntologyFiles.shapes()).build());
    }
}
