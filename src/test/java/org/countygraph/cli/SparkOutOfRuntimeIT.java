package org.countygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Spark stays out of what {@code bin/countygraph} runs: the packaged jar's Class-Path and {@code target/lib}. */
class SparkOutOfRuntimeIT {
    private static boolean sparkOrScala(String jar) {
        String n = Path.of(jar).getFileName().toString();
        return n.startsWith("spark-") || n.startsWith("scala-") || n.startsWith("hadoop-");
    }

    @Test
    void theRuntimeLibrariesHoldNoSparkScalaOrHadoop() throws IOException {
        Path lib = Path.of("target/lib");
        assertTrue(Files.isDirectory(lib), "package copies the runtime libraries to " + lib);
        try (Stream<Path> s = Files.list(lib)) {
            assertEquals(List.of(), s.map(Path::toString).filter(SparkOutOfRuntimeIT::sparkOrScala).toList());
        }
    }

    @Test
    void theJarsClassPathHoldsNoSpark() throws IOException {
        try (JarFile jar = new JarFile("target/countygraph.jar")) {
            String cp = jar.getManifest().getMainAttributes().getValue("Class-Path");
            assertTrue(cp.contains("jena-arq"), "the Class-Path lists the runtime libraries: " + cp);
            assertEquals(List.of(), Arrays.stream(cp.split(" ")).filter(SparkOutOfRuntimeIT::sparkOrScala).toList());
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("org/countygraph/spark/")), "the job's classes are not in the jar");
        }
    }
}
