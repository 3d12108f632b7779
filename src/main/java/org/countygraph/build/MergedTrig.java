package org.countygraph.build;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The merged TriG file of a graphs folder ({@value GraphBuild#MERGED}), written by copying the
 * per-document files one after the other, so that a build holds no more than one document's
 * quads in memory however large the corpus.
 *
 * <p>Each per-document file is pretty TriG with the same prefix block ({@link GraphBuild#writeTrig});
 * the merged file keeps the first file's block and drops the repeats, so that for one document it
 * is that document's file byte for byte. Article graphs are disjoint between documents and hold no
 * blank nodes (every node has an IRI), so the copies together are the union of the documents.
 */
final class MergedTrig {
    private MergedTrig() {}

    /** Writes {@code target} from {@code <graphs>/<id>.trig} for each id, in the order given. */
    static void write(Path graphs, List<String> ids, Path target) {
        if (ids.isEmpty()) {
            GraphBuild.writeTrig(DatasetGraphFactory.createTxnMem(), target);
            return;
        }
        Set<String> prefixes = new HashSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (String id : ids) {
                copy(graphs.resolve(id + ".trig"), out, prefixes, first);
                first = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void copy(Path file, BufferedWriter out, Set<String> prefixes, boolean first) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean header = true;
            String line;
            while ((line = in.readLine()) != null) {
                if (header && (line.startsWith("PREFIX ") || line.startsWith("@prefix "))) {
                    if (prefixes.add(line)) out.write(line + "\n");
                    continue;
                }
                if (header && line.isBlank()) {
                    if (first) out.write("\n");
                    continue;
                }
                if (header && !first) out.write("\n");
                header = false;
                out.write(line);
                out.write("\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " into the merged file", e);
        }
    }
}
