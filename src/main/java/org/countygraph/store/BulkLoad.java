package org.countygraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.countygraph.rdf.ArticleGraphWriter;

/**
 * A load of N-Quads files (the Spark job's {@code part-*} partitions, or {@code .nq}/{@code .nq.gz}
 * files) into an empty TDB2 store with Jena's parallel loader, which builds the indexes side by side.
 *
 * Usage: {@code BulkLoad.files(List.of(dir))} then {@code BulkLoad.into(dsg, files, out)}.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /**
     * What a load parsed: files, quads, default-graph triples, and of the quads those in the names
     * graph ({@link ArticleGraphWriter#NAMES}), which every document repeats for the entities it
     * names and the store holds once.
     */
    public record Loaded(int files, long quads, long triples, long nameQuads) {}

    /**
     * The N-Quads files of the given files and folders, sorted: in a folder (recursively), files named
     * {@code part-*} or ending in {@code .nq} or {@code .nq.gz}; hidden files, {@code _SUCCESS} and
     * checksums are left out. A file given by name is taken as it is.
     */
    public static List<Path> files(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) throw new StoreException("no such N-Quads file or folder: '" + in + "'");
            if (!Files.isDirectory(in)) {
                out.add(in);
                continue;
            }
            try (Stream<Path> s = Files.walk(in)) {
                s.filter(Files::isRegularFile).filter(BulkLoad::isPartition).sorted().forEach(out::add);
            } catch (IOException | UncheckedIOException e) {
                throw new StoreException("cannot list the folder '" + in + "': " + e.getMessage(), e);
            }
        }
        return out;
    }

    static boolean isPartition(Path p) {
        String n = p.getFileName().toString();
        if (n.startsWith(".") || n.startsWith("_") || n.endsWith(".crc")) return false;
        return n.startsWith("part-") || n.endsWith(".nq") || n.endsWith(".nq.gz");
    }

    /** Loads {@code files} into {@code dsg} (a new TDB2 store) in one bulk transaction; progress lines go to {@code out}. */
    public static Loaded into(DatasetGraph dsg, List<Path> files, MonitorOutput out) {
        DataLoader loader = LoaderFactory.parallelLoader(dsg, out);
        long[] names = {0};
        StreamRDF counting = new StreamRDFWrapper(loader.stream()) {
            @Override
            public void quad(Quad q) {
                if (ArticleGraphWriter.NAMES.equals(q.getGraph())) names[0]++;
                super.quad(q);
            }
        };
        loader.startBulk();
        try {
            for (Path f : files) {
                try (InputStream in = open(f)) {
                    RDFParser.source(in).base(f.toUri().toString()).lang(Lang.NQUADS).parse(counting);
                }
            }
        } catch (IOException e) {
            loader.finishException(e);
            throw new StoreException("cannot read N-Quads file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("bulk load failed: " + e.getMessage(), e);
        }
        loader.finishBulk();
        return new Loaded(files.size(), loader.countQuads(), loader.countTriples(), names[0]);
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
