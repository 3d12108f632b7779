package org.countygraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher makes the JVM exit on OutOfMemoryError rather than limp on (reliability plan §4
 * E12): after an OOM, Jena's caches and TDB2's buffers may be left inconsistent (GH-4043), so the
 * process must die and be restarted.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("bin", "countygraph");

    /** The JVM options of the launcher's {@code exec java} line. */
    private static List<String> launcherFlags() throws Exception {
        String exec = Files.readAllLines(LAUNCHER).stream().filter(l -> l.strip().startsWith("exec java")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'exec java' line in " + LAUNCHER));
        return Arrays.stream(exec.split("\\s+")).filter(t -> t.startsWith("-XX:")).toList();
    }

    @Test
    void theLauncherSetsExitOnOutOfMemoryError() throws Exception {
        assertTrue(launcherFlags().contains("-XX:+ExitOnOutOfMemoryError"), "flags: " + launcherFlags());
    }

    @Test
    void withTheLaunchersFlagsAJvmOutOfHeapExitsInsteadOfLimping() throws Exception {
        Probe with = probe(launcherFlags());
        assertNotEquals(0, with.exit(), with.output());
        assertFalse(with.output().contains("limping"), with.output());
        assertTrue(with.output().contains("Terminating due to java.lang.OutOfMemoryError"), with.output());
        Probe without = probe(List.of());
        assertEquals(0, without.exit(), "the probe itself is broken: " + without.output());
        assertTrue(without.output().contains("limping"), without.output());
    }

    private record Probe(int exit, String output) {}

    private static Probe probe(List<String> flags) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m"));
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", Path.of("target", "test-classes").toString(), OomProbe.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not end");
        return new Probe(p.exitValue(), out);
    }
}
