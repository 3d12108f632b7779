package org.countygraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.countygraph.build.ReferenceGraphs;
import org.countygraph.vocab.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The example queries of ontology/README.md, run as {@code bin/countygraph query --reference --data
 * graphs/countygraph.trig} would run them: each must parse, and one row must hold every value of its
 * {@code # expect:} line.
 */
class ExampleQueriesTest {
    private static final Pattern BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPECT = Pattern.compile("^# expect: (.+)$", Pattern.MULTILINE);
    private static final PrefixMapping PREFIXES = Vocab.prefixMapping();
    private static DatasetGraph seed;

    @BeforeAll
    static void load() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(ds, Path.of("graphs", "countygraph.trig").toString());
        ReferenceGraphs.addTo(ds);
        seed = QueryCommand.unionView(ds);
    }

    static List<String> queries() throws IOException {
        String readme = Files.readString(Path.of("ontology", "README.md"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void theReadmeHasElevenExampleQueries() throws IOException {
        assertEquals(11, queries().size());
    }

    @TestFactory
    List<DynamicTest> everyExampleQueryAnswersOnTheSeed() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (String text : queries()) {
            int n = ++i;
            tests.add(DynamicTest.dynamicTest("query " + n, () -> run(n, text)));
        }
        return tests;
    }

    private static void run(int n, String text) {
        Matcher m = EXPECT.matcher(text);
        assertTrue(m.find(), "query " + n + " has no '# expect:' line");
        List<String> expected = List.of(m.group(1).trim().split("\\s+"));
        Query q = QueryCommand.parse(text);
        assertTrue(q.isSelectType(), "query " + n + " is a SELECT");
        List<Set<String>> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(seed).query(q).build()) {
            qe.select().forEachRemaining(b -> {
                Set<String> values = new HashSet<>();
                b.vars().forEachRemaining(v -> values.addAll(forms(b.get(v))));
                rows.add(values);
            });
        }
        assertFalse(rows.isEmpty(), "query " + n + " returned no rows");
        assertTrue(rows.stream().anyMatch(r -> r.containsAll(expected)),
                "query " + n + ": no row holds " + expected + "; rows: " + rows);
    }

    /** The ways a value may be written in an expect line: lexical form, IRI, prefixed name. */
    private static List<String> forms(Node n) {
        if (n == null) return List.of();
        if (n.isLiteral()) return List.of(n.getLiteralLexicalForm());
        if (n.isURI()) return List.of(n.getURI(), PREFIXES.shortForm(n.getURI()));
        return List.of(n.toString());
    }
}
