package org.countygraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.countygraph.TestFiles;
import org.countygraph.build.ReferenceGraphs;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands around the ontology: validate, build --strict, diagram, query --reference. */
class OntologyCommandsIT {
    @TempDir
    Path dir;

    /** Runs a command, returning its exit code and what it printed on stdout. */
    private record Run(int code, String out) {}

    private static Run run(IntSupplier command) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = command.getAsInt();
            return new Run(code, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void validateAcceptsTheSeedGraphAndRejectsABrokenOne() throws Exception {
        Run ok = run(() -> Main.run("validate", "--data", "graphs/countygraph.trig"));
        assertEquals(0, ok.code(), ok.out());
        assertTrue(ok.out().contains("0 violations"), ok.out());

        Path broken = dir.resolve("broken.trig");
        Files.writeString(broken, """
                PREFIX cg: <https://w3id.org/countygraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <https://w3id.org/countygraph/id/article/x/0> {
                  <https://w3id.org/countygraph/id/division/430223> a cg:County ; rdfs:label "攸县"@zh , "攸縣"@zh .
                }
                """, StandardCharsets.UTF_8);
        Run bad = run(() -> Main.run("validate", "--data", broken.toString()));
        assertEquals(ValidateCommand.VIOLATIONS, bad.code(), bad.out());
        assertTrue(bad.out().contains("VIOLATION  id:division/430223 (攸"), bad.out());
        assertTrue(bad.out().contains("at most one per language tag"), bad.out());
        assertTrue(bad.out().contains("1 violation,"), bad.out());
    }

    @Test
    void buildLoadsTheReferenceGraphsAndStrictValidationPasses() {
        Path store = dir.resolve("tdb2");
        Run build = run(() -> Main.run("build", "--seeds", TestFiles.SEEDS.toString(), "--store", store.toString(),
                "--graphs", dir.resolve("graphs").toString(), "--strict"));
        assertEquals(0, build.code(), build.out());
        assertTrue(build.out().contains("validated: 0 violations"), build.out());

        Run validate = run(() -> Main.run("validate", "--store", store.toString()));
        assertEquals(0, validate.code(), validate.out());

        Run chain = run(() -> Main.run("query", "--store", store.toString(), "--results", "csv", """
                SELECT ?city ?province WHERE {
                  GRAPH <https://w3id.org/countygraph/graph/divisions> {
                    ?c cg:divisionCode "430223" ; cg:partOf ?ci . ?ci rdfs:label ?city ; cg:partOf/rdfs:label ?province } }"""));
        assertEquals(0, chain.code(), chain.out());
        assertTrue(chain.out().contains("株洲市,湖南省"), chain.out());

        Run schema = run(() -> Main.run("query", "--store", store.toString(), "--results", "csv",
                "SELECT ?l WHERE { GRAPH <https://w3id.org/countygraph/graph/ontology> { cg:partOf rdfs:label ?l FILTER(lang(?l) = 'zh') } }"));
        assertTrue(schema.out().contains("隶属于"), "the endpoint can show property labels: " + schema.out());

        try (GraphStore s = GraphStore.open(store)) {
            long before = s.size();
            ReferenceGraphs.loadInto(s);
            assertEquals(before, s.size(), "loading the reference graphs again replaces them");
        }
    }

    @Test
    void diagramPrintsDot() {
        Run r = run(() -> Main.run("diagram"));
        assertEquals(0, r.code());
        assertTrue(r.out().contains("digraph countygraph {"), r.out());
    }

    @Test
    void queryWithReferenceAddsTheGazetteerToFiles() {
        Run r = run(() -> Main.run("query", "--reference", "--data", "graphs/countygraph.trig", "--results", "csv",
                "SELECT ?province WHERE { ?c rdfs:label \"攸县\"@zh ; cg:partOf+ ?p . ?p a cg:Province ; rdfs:label ?province }"));
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("湖南省"), r.out());
    }
}
