package org.countygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.countygraph.extract.SourceDocument;

/** Paths and documents the tests share: the seed page lives in the project's {@code seeds/}. */
public final class TestFiles {
    private TestFiles() {}

    public static final Path SEEDS = Path.of("seeds");
    public static final Path SEED = SEEDS.resolve("000_48f2b71468c19a9e.txt");

    public static SourceDocument seed() {
        try {
            return new SourceDocument("000_48f2b71468c19a9e", SEED.toString(), Files.readString(SEED, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
