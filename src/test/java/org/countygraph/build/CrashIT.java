package org.countygraph.build;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.countygraph.store.GraphStore;
import org.countygraph.store.GraphStore.StoredDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of a build: {@code kill -9} of a {@code build} in a child JVM part-way leaves a
 * store that opens, holds every document whose transaction committed, whole, and no part of any
 * other; running the build again completes it to what an uninterrupted build gives.
 */
class CrashIT {
    private static final String[] PLACES = {"醴陵市", "茶陵县", "炎陵县", "攸县", "渌口区", "浏阳市", "宁乡市", "湘潭县", "韶山市", "石峰区"};
    private static final String[] NAMES = {"李明", "王刚", "陈亮", "周平", "吴军", "郑涛", "孙伟", "何建国", "刘志强", "杨文华"};
    private static final int DOCUMENTS = 20;
    private static final int KILL_AFTER = 5;

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void killChild() {
        if (child != null && child.isAlive()) child.destroyForcibly();
    }

    private Path seeds() throws IOException {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        for (int i = 0; i < DOCUMENTS; i++) {
            String place = PLACES[i % PLACES.length];
            String name = NAMES[(i * 3) % NAMES.length];
            StringBuilder text = new StringBuilder(place + "新闻第" + i + "期\n\n");
            for (int k = 0; k < 8; k++) {
                text.append(place).append("委书记").append(name).append("主持召开第").append(k + 1)
                        .append("次会议，研究部署产业发展和项目建设工作，要求各部门抓好落实。\n");
            }
            Files.writeString(seeds.resolve(String.format("news-%02d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return seeds;
    }

    @Test
    void aBuildKilledPartWayLeavesWholeDocumentsAndCompletesOnRerun() throws Exception {
        Path seeds = seeds();
        Path store = dir.resolve("store");
        List<String> loaded = killBuildAfter(seeds, store, KILL_AFTER);
        assertTrue(loaded.size() >= KILL_AFTER, loaded.toString());

        Path reference = dir.resolve("reference");
        try (GraphStore ref = GraphStore.open(reference)) {
            assertEquals(DOCUMENTS, GraphBuild.create().extractor(IncrementalBuildIT.extractor()).store(ref).build()
                    .run(seeds).count(Outcome.Status.LOADED));
        }

        try (GraphStore s = GraphStore.open(store); GraphStore ref = GraphStore.open(reference)) {
            Map<String, StoredDocument> registry = s.registry();
            assertTrue(registry.size() >= KILL_AFTER && registry.size() < DOCUMENTS,
                    "the kill came after " + registry.size() + " of " + DOCUMENTS + " documents");
            Set<Node> listed = new HashSet<>();
            for (StoredDocument d : registry.values()) {
                listed.addAll(d.articles());
                Set<Quad> got = Set.copyOf(s.documentQuads(d.iri()));
                Set<Quad> want = Set.copyOf(ref.documentQuads(d.iri()));
                assertEquals(want, got, d.id() + " is not whole: " + StoreContents.diff(want, got));
                assertEquals(ref.registry().get(d.id()), d);
            }
            Set<Node> graphs = Txn.calculateRead(s.dataset(), () -> {
                Set<Node> out = new HashSet<>();
                s.dataset().listGraphNodes().forEachRemaining(out::add);
                return out;
            });
            graphs.remove(GraphStore.DOCUMENTS);
            graphs.remove(org.countygraph.rdf.ArticleGraphWriter.NAMES);
            assertEquals(listed, graphs, "article graphs of no registered document: half-written");
            Set<Node> unmentioned = Txn.calculateRead(s.dataset(), () -> {
                Set<Node> out = new HashSet<>();
                s.dataset().find(org.countygraph.rdf.ArticleGraphWriter.NAMES, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!s.dataset().find(Node.ANY, Node.ANY, org.countygraph.vocab.CG.mentions, q.getSubject()).hasNext()) out.add(q.getSubject());
                });
                return out;
            });
            assertEquals(Set.of(), unmentioned, "names of entities no loaded article mentions: half-written");
            assertTrue(s.size() > 0); // a full scan reads every quad

            BuildReport rerun = GraphBuild.create().extractor(IncrementalBuildIT.extractor()).store(s).build().run(seeds);
            assertTrue(rerun.ok(), rerun.failures().toString());
            assertEquals(registry.size(), rerun.count(Outcome.Status.UNCHANGED));
            assertEquals(DOCUMENTS - registry.size(), rerun.count(Outcome.Status.LOADED));
            Set<Quad> want = StoreContents.quads(ref);
            Set<Quad> got = StoreContents.quads(s);
            assertEquals(want, got, StoreContents.diff(want, got));
        }
    }

    /** Runs {@code countygraph build} in a child JVM and kills it with SIGKILL once it reports {@code n} documents loaded. */
    private List<String> killBuildAfter(Path seeds, Path store, int n) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), "org.countygraph.cli.Main",
                "build", "--seeds", seeds.toString(), "--store", store.toString(), "--graphs", dir.resolve("graphs").toString());
        child = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> loaded = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.startsWith("loaded ")) loaded.add(line);
                else other.add(line);
                if (loaded.size() >= n) {
                    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
                    break;
                }
            }
        }
        child.waitFor();
        assertEquals(n, loaded.size(), "the child ended before the kill: " + other);
        assertNotEquals(0, child.exitValue());
        return loaded;
    }
}
