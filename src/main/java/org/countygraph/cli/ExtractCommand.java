package org.countygraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.countygraph.build.GraphBuild;
import org.countygraph.extract.Extractor;
import org.countygraph.ingest.InputDocument;
import org.countygraph.ingest.InputException;
import org.countygraph.ingest.InputFormat;
import org.countygraph.ingest.InputSink;
import org.countygraph.ingest.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: extract files to RDF on stdout or into a file, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the given files (text, .html pages, .jsonl records; folders recursively; '-' for "
                + "standard input) to RDF, one named graph per article, without a store. An input that fails is "
                + "reported on one line and the others are extracted; the exit code is then 2.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "News files or folders; '-' for standard input.")
    List<String> files;

    @Option(names = {"-o", "--output"}, description = "Output file; '-' or none for standard output.")
    String output;

    @Option(names = "--format", description = "trig, ttl, nq or jsonld (default: ${DEFAULT-VALUE}).", defaultValue = "trig")
    String format;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Format of standard input: auto, text, html or jsonl (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String inputFormat;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws IOException {
        RDFFormat fmt = switch (format) {
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "ttl" -> RDFFormat.TRIG_PRETTY; // named graphs need TriG; ttl gives the union below
            case "nq" -> RDFFormat.NQUADS;
            case "jsonld" -> RDFFormat.JSONLD11;
            default -> throw new IllegalArgumentException("unknown --format '" + format + "': use trig, ttl, nq or jsonld");
        };
        InputFormat stdinFormat = InputFormat.parse(inputFormat);
        Extractor x = Extractors.standard();
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        List<String> failures = new ArrayList<>();
        InputSink sink = new InputSink() {
            @Override
            public void document(InputDocument d) {
                try {
                    GraphBuild.toQuads(x.extract(d.document())).quads().forEach(ds::add);
                } catch (RuntimeException e) {
                    failed(d.source() + ": EXTRACT_ERROR: " + e.getMessage());
                }
            }

            @Override
            public void rejected(InputException e) { failed(e.getMessage()); }

            private void failed(String line) {
                failures.add(line);
                System.err.println("FAILED " + line);
            }
        };
        SourceReader reader = SourceReader.create(limits.limits());
        for (String f : files) {
            if (f.equals("-")) {
                reader.read(System.in, "-", "stdin", stdinFormat, sink);
                continue;
            }
            try {
                for (Path p : SourceReader.files(Path.of(f))) reader.read(p, sink);
            } catch (InputException e) {
                sink.rejected(e);
            }
        }
        boolean toStdout = output == null || output.equals("-");
        try (OutputStream out = toStdout ? System.out : Files.newOutputStream(Path.of(output))) {
            if (format.equals("ttl")) {
                DatasetGraph union = DatasetGraphFactory.createTxnMem();
                ds.getUnionGraph().find().forEachRemaining(union.getDefaultGraph()::add);
                GraphBuild.write(union, out, RDFFormat.TURTLE_PRETTY);
            } else {
                GraphBuild.write(ds, out, fmt);
            }
        }
        return failures.isEmpty() ? 0 : 2;
    }
}
