package org.countygraph.serve;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code countygraph serve} in a child JVM, for the tests that must measure its CPU, limit its heap
 * or kill it with SIGKILL: started on a free loopback port, its stderr in a log file, stopped
 * (forcibly) on {@link #close()}. Needs {@code target/classes} and {@code target/lib} (Maven's
 * package phase, which runs before the integration tests).
 */
final class ChildServer implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+)/");
    private final Process process;
    private final String url;
    private final Path log;

    private ChildServer(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** The production classpath: the compiled classes and the runtime dependencies. */
    static String classpath() {
        return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + Path.of("target", "lib").toAbsolutePath() + File.separator + "*";
    }

    /** A {@code java} command line: this JVM's {@code java}, {@code jvmArgs}, the classpath, the main class and its arguments. */
    static List<String> java(List<String> jvmArgs, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Starts {@code serve --store STORE --port 0 ARGS} and waits (at most two minutes) until it says where it serves.
     *
     * @param log where its stderr goes
     */
    static ChildServer start(Path store, List<String> jvmArgs, List<String> serveArgs, Path log) {
        List<String> args = new ArrayList<>(List.of("serve", "--store", store.toString(), "--port", "0"));
        args.addAll(serveArgs);
        ProcessBuilder pb = new ProcessBuilder(java(jvmArgs, "org.countygraph.cli.Main", args))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Process p = pb.start();
            CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> readUrl(p), r -> new Thread(r, "child-start").start());
            try {
                return new ChildServer(p, url.get(2, TimeUnit.MINUTES), log);
            } catch (Exception e) {
                p.destroyForcibly();
                throw new IllegalStateException("the server did not start: " + e + "\n" + tail(log), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readUrl(Process p) {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    Thread drain = new Thread(() -> drain(out), "child-stdout");
                    drain.setDaemon(true);
                    drain.start();
                    return m.group(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // stdout closes as the JVM exits: wait for the exit, so that its code (and its last stderr lines) can be read
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) throw new IllegalStateException("the server closed its output but did not exit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the server exited with " + p.exitValue());
    }

    private static void drain(BufferedReader r) {
        try {
            while (r.readLine() != null) {
                // keep the pipe empty
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    String url() { return url; }

    long pid() { return process.pid(); }

    boolean isAlive() { return process.isAlive(); }

    /** The CPU time the server process has used so far (all its threads). */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for pid " + pid()));
    }

    /** Kills the server with SIGKILL (on Linux) and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The end of the server's log, for failure messages. */
    String logTail() { return tail(log); }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() { kill(); }
}
