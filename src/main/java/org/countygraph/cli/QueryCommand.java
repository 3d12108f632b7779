package org.countygraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.countygraph.build.ReferenceGraphs;
import org.countygraph.store.GraphStore;
import org.countygraph.vocab.Vocab;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: run SPARQL locally over files or a store, with CountyGraph's prefixes predeclared. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query over RDF files or a store. The default graph is the union of the "
                + "named graphs. Prefixes cg: org: skos: prov: schema: rdfs: rdf: xsd: owl: are predeclared.")
final class QueryCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--data", arity = "1..*", paramLabel = "FILE", description = "RDF files (TriG, Turtle, N-Quads...).")
        List<Path> data;

        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder.")
        Path store;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Option(names = "--reference", description = "With --data: also load the reference graphs (ontology, shapes, "
            + "industries, divisions) that a built store holds.")
    boolean reference;

    @Option(names = "--results", description = "text, csv, tsv or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    String results;

    @Option(names = "--query", paramLabel = "FILE", description = "Read the query from a file.")
    Path queryFile;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query text.")
    String queryText;

    @Override
    public Integer call() throws IOException {
        if ((queryText == null) == (queryFile == null)) {
            throw new IllegalArgumentException("give the query as an argument or with --query FILE, not both or neither");
        }
        String text = queryFile != null ? Files.readString(queryFile, StandardCharsets.UTF_8) : queryText;
        Query query = parse(text);
        if (source != null && source.data != null) {
            DatasetGraph ds = DatasetGraphFactory.createTxnMem();
            for (Path p : source.data) RDFDataMgr.read(ds, p.toString());
            if (reference) ReferenceGraphs.addTo(ds);
            run(query, unionView(ds));
        } else {
            Path dir = source != null && source.store != null ? source.store : Path.of("data/tdb2");
            try (GraphStore s = GraphStore.open(dir)) {
                Txn.executeRead(s.dataset(), () -> run(query, s.dataset()));
            }
        }
        return 0;
    }

    /** Parses a query with CountyGraph's prefixes predeclared. */
    static Query parse(String text) {
        Query q = new Query();
        q.setPrefixMapping(Vocab.prefixMapping());
        QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        return q;
    }

    /** A view of a dataset whose default graph is the union of its named graphs. */
    static DatasetGraph unionView(DatasetGraph ds) {
        DatasetGraph view = DatasetGraphFactory.create(ds.getUnionGraph());
        ds.listGraphNodes().forEachRemaining(g -> view.addGraph(g, ds.getGraph(g)));
        return view;
    }

    private void run(Query query, DatasetGraph ds) {
        try (QueryExec qe = QueryExec.dataset(ds).query(query).build()) {
            if (query.isSelectType()) {
                org.apache.jena.query.ResultSet rs = org.apache.jena.query.ResultSet.adapt(qe.select());
                switch (results) {
                    case "csv" -> ResultSetMgr.write(System.out, rs, ResultSetLang.RS_CSV);
                    case "tsv" -> ResultSetMgr.write(System.out, rs, ResultSetLang.RS_TSV);
                    case "json" -> ResultSetMgr.write(System.out, rs, ResultSetLang.RS_JSON);
                    case "text" -> ResultSetFormatter.out(System.out, rs, query.getPrefixMapping());
                    default -> throw new IllegalArgumentException("unknown --results '" + results + "': use text, csv, tsv or json");
                }
            } else if (query.isAskType()) {
                System.out.println(qe.ask());
            } else if (query.isConstructType() || query.isDescribeType()) {
                var g = query.isConstructType() ? qe.construct() : qe.describe();
                g.getPrefixMapping().setNsPrefixes(Vocab.prefixMapping());
                RDFDataMgr.write(System.out, g, RDFFormat.TURTLE_PRETTY);
            } else {
                throw new IllegalArgumentException("unsupported query form");
            }
        }
        System.out.flush();
    }
}
