package org.countygraph.vocab;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed diagram is what the ontology makes, and draws what the ontology says. */
class OntologyDiagramTest {
    private final String dot = OntologyDiagram.dot(OntologyFiles.ontology(), OntologyFiles.shapes());

    @Test
    void committedDotIsUpToDate() throws Exception {
        Path committed = Path.of("ontology", "countygraph.dot");
        assertTrue(Files.exists(committed), committed + " is missing: run bin/countygraph diagram > " + committed);
        assertEquals(dot, Files.readString(committed, StandardCharsets.UTF_8),
                committed + " is stale: run bin/countygraph diagram > " + committed + " and render the SVG");
        assertTrue(Files.exists(Path.of("ontology", "countygraph.svg")), "ontology/countygraph.svg is missing");
    }

    @Test
    void drawsClassesHierarchyAndProperties() {
        assertTrue(dot.startsWith("// The CountyGraph ontology"), dot);
        assertTrue(dot.contains("\"cg:County\" [label=<"), "a box per class");
        assertTrue(dot.contains("<b>cg:County</b> 县级行政区"), "with its Chinese label");
        assertTrue(dot.contains("\"cg:County\" -> \"cg:AdministrativeDivision\" [arrowhead=empty"), "subClassOf");
        assertTrue(dot.contains("\"cg:Place\" -> \"cg:Place\" [label=\"cg:partOf\"]"), "object property domain to range");
        assertTrue(dot.contains("\"cg:Organization\" -> \"cg:Place\" [label=\"cg:locatedIn\"]"), "unions drawn per member");
        assertTrue(dot.contains("cg:divisionCode : xsd:string"), "datatype properties inside their domain's box");
        assertTrue(dot.contains("\"org:Post\" [shape=box"), "classes of other vocabularies in grey");
        assertTrue(dot.contains("\"cg:Person\" -> \"org:Post\" [label=\"org:holds\"]"), "foreign properties from the shapes");
        assertTrue(dot.contains("\"org:Post\" -> \"cg:Organization\" [label=\"org:postIn\"]"), "foreign properties from the shapes");
        assertEquals(dot, OntologyDiagram.dot(OntologyFiles.ontology(), OntologyFiles.shapes()), "deterministic");
    }
}
