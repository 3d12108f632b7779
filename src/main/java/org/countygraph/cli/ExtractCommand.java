package org.countygraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.countygraph.build.GraphBuild;
import org.countygraph.extract.Extractor;
import org.countygraph.ingest.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: extract files to RDF on stdout or into a file, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the given files to RDF (one named graph per article), without a store.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "News text files.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, description = "Output file (default: stdout).")
    Path output;

    @Option(names = "--format", description = "trig, ttl, nq or jsonld (default: ${DEFAULT-VALUE}).", defaultValue = "trig")
    String format;

    @Override
    public Integer call() throws IOException {
        RDFFormat fmt = switch (format) {
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "ttl" -> RDFFormat.TRIG_PRETTY; // named graphs need TriG; ttl gives the union below
            case "nq" -> RDFFormat.NQUADS;
            case "jsonld" -> RDFFormat.JSONLD11;
            default -> throw new IllegalArgumentException("unknown --format '" + format + "': use trig, ttl, nq or jsonld");
        };
        Extractor x = Extractors.standard();
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        for (Path f : files) {
            GraphBuild.toQuads(x.extract(SourceReader.read(f))).quads().forEach(ds::add);
        }
        try (OutputStream out = output == null ? System.out : Files.newOutputStream(output)) {
            if (format.equals("ttl")) {
                DatasetGraph union = DatasetGraphFactory.createTxnMem();
                ds.getUnionGraph().find().forEachRemaining(union.getDefaultGraph()::add);
                GraphBuild.write(union, out, RDFFormat.TURTLE_PRETTY);
            } else {
                GraphBuild.write(ds, out, fmt);
            }
        }
        return 0;
    }
}
