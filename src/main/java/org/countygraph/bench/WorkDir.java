package org.countygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmark's scratch folder: stores and replicated inputs, deleted when closed. */
final class WorkDir implements AutoCloseable {
    private final Path root;

    private WorkDir(Path root) { this.root = root; }

    /** A new scratch folder under {@code parent} (the system's temporary folder when null). */
    static WorkDir create(Path parent) {
        try {
            if (parent != null) Files.createDirectories(parent);
            return new WorkDir(parent == null ? Files.createTempDirectory("countygraph-bench") : Files.createTempDirectory(parent, "bench"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch folder under " + parent, e);
        }
    }

    Path path() { return root; }

    Path resolve(String name) { return root.resolve(name); }

    /** Deletes a folder and all it holds, if it exists. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : w.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    @Override
    public void close() { deleteTree(root); }
}
