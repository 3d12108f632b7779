package org.countygraph.build;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.extract.Extractor;
import org.countygraph.extract.hanlp.StandardExtractor;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's lifecycle: a build over a folder extracts only what changed, drops what was removed,
 * forgets entities nobody mentions any more, and ends with exactly what a full rebuild gives.
 */
class IncrementalBuildIT {
    private static Extractor extractor;

    @TempDir
    Path dir;

    /** The standard extractor, made once per test JVM. */
    static synchronized Extractor extractor() {
        if (extractor == null) extractor = StandardExtractor.create();
        return extractor;
    }

    @BeforeAll
    static void makeTheExtractor() {
        extractor();
    }

    static GraphBuild build(GraphStore s, Path graphs) {
        return GraphBuild.create().extractor(extractor).store(s).graphs(graphs).fingerprint("test").build();
    }

    static Map<String, Outcome.Status> statuses(BuildReport r) {
        Map<String, Outcome.Status> out = new TreeMap<>();
        r.outcomes().forEach(o -> out.put(o.documentId(), o.status()));
        return out;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void incrementalThenFullGiveTheSameStore() throws IOException {
        Path seeds = dir.resolve("seeds");
        write(seeds.resolve("liling.txt"), "醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n");
        write(seeds.resolve("chaling.txt"), "茶陵县新闻\n\n茶陵县委书记王刚调研项目建设。\n");
        write(seeds.resolve("sub/yanling.txt"), "炎陵县新闻\n\n炎陵县委书记赵强出席活动。\n");
        write(seeds.resolve("feed.jsonl"), "{\"title\": \"攸县新闻\", \"content\": \"攸县县长周平主持会议。\"}\n"
                + "{\"title\": \"渌口区新闻\", \"content\": \"渌口区委书记吴军调研企业。\"}\n");
        write(seeds.resolve("page.html"), "<html><head><meta charset=utf-8></head><body><h1>株洲市新闻</h1>"
                + "<p>株洲市市长孙伟出席项目签约仪式，推动产业发展。</p></body></html>");

        Path graphs = dir.resolve("graphs");
        try (GraphStore s = GraphStore.open(dir.resolve("incremental"))) {
            BuildReport first = build(s, graphs).run(seeds);
            assertTrue(first.ok(), first.failures().toString());
            assertEquals(6, first.count(Outcome.Status.LOADED), statuses(first).toString());
            assertTrue(StoreContents.labels(s).containsAll(Set.of("王刚", "赵强", "吴军")), StoreContents.labels(s).toString());

            // change one text, one record; remove a file; add one
            write(seeds.resolve("chaling.txt"), "茶陵县新闻\n\n茶陵县委书记陈亮调研项目建设。\n");
            write(seeds.resolve("feed.jsonl"), "{\"title\": \"攸县新闻\", \"content\": \"攸县县长周平主持会议。\"}\n"
                    + "{\"title\": \"渌口区新闻\", \"content\": \"渌口区委书记郑涛调研企业。\"}\n");
            Files.delete(seeds.resolve("sub/yanling.txt"));
            write(seeds.resolve("sub/youxian.txt"), "攸县新闻\n\n攸县县委书记何建国出席活动。\n");

            BuildReport second = build(s, graphs).run(seeds);
            assertTrue(second.ok(), second.failures().toString());
            assertEquals(Map.of("liling", Outcome.Status.UNCHANGED, "chaling", Outcome.Status.LOADED,
                    "yanling", Outcome.Status.REMOVED, "youxian", Outcome.Status.LOADED,
                    "feed-1", Outcome.Status.UNCHANGED, "feed-2", Outcome.Status.LOADED,
                    "page", Outcome.Status.UNCHANGED), statuses(second));
            Set<String> labels = StoreContents.labels(s);
            assertFalse(labels.contains("王刚"), "an official nobody mentions any more stays: " + labels);
            assertFalse(labels.contains("赵强"), "an official of a removed document stays: " + labels);
            assertFalse(labels.contains("吴军"), labels.toString());
            assertTrue(labels.containsAll(Set.of("陈亮", "何建国", "郑涛", "李明")), labels.toString());
            assertFalse(Files.exists(graphs.resolve("yanling.trig")), "the removed document's TriG file stays");
            assertTrue(Files.exists(graphs.resolve("youxian.trig")));

            Set<Quad> incremental = StoreContents.quads(s);
            try (GraphStore fresh = GraphStore.open(dir.resolve("full"))) {
                BuildReport full = build(fresh, dir.resolve("graphs-full")).run(seeds);
                assertEquals(6, full.count(Outcome.Status.LOADED));
                Set<Quad> rebuilt = StoreContents.quads(fresh);
                assertEquals(rebuilt, incremental, StoreContents.diff(rebuilt, incremental));
            }
            for (String file : new String[] {GraphBuild.MERGED, "liling.trig", "chaling.trig", "feed-1.trig"}) {
                assertEquals(Files.readString(dir.resolve("graphs-full").resolve(file)), Files.readString(graphs.resolve(file)),
                        file + " differs between the incremental and the full build");
            }

            // nothing changed: nothing extracted
            BuildReport third = build(s, graphs).run(seeds);
            assertEquals(6, third.count(Outcome.Status.UNCHANGED), statuses(third).toString());
            assertEquals(incremental, StoreContents.quads(s));
        }
    }

    /** A new extractor build re-extracts everything, and --full does too. */
    @Test
    void anotherExtractorOrFullExtractsAgain() throws IOException {
        Path seeds = dir.resolve("seeds");
        write(seeds.resolve("liling.txt"), "醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n");
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            build(s, null).run(seeds);
            assertEquals(Outcome.Status.UNCHANGED, build(s, null).run(seeds).outcomes().get(0).status());
            GraphBuild newer = GraphBuild.create().extractor(extractor).store(s).fingerprint("newer").build();
            assertEquals(Outcome.Status.LOADED, newer.run(seeds).outcomes().get(0).status());
            GraphBuild full = GraphBuild.create().extractor(extractor).store(s).fingerprint("newer").full(true).build();
            assertEquals(Outcome.Status.LOADED, full.run(seeds).outcomes().get(0).status());
            assertEquals("newer", s.registry().get("liling").extractor());
        }
    }

    /** A file that fails keeps its earlier version in the store: a build never loses data to a bad read. */
    @Test
    void aFileThatBreaksKeepsItsEarlierVersion() throws IOException {
        Path seeds = dir.resolve("seeds");
        write(seeds.resolve("liling.txt"), "醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n");
        write(seeds.resolve("feed.jsonl"), "{\"title\": \"攸县新闻\", \"content\": \"攸县县长周平主持会议。\"}\n");
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            build(s, null).run(seeds);
            Set<Quad> before = StoreContents.quads(s);
            Files.write(seeds.resolve("liling.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
            Files.write(seeds.resolve("feed.jsonl"), new byte[0]);
            BuildReport r = build(s, null).run(seeds);
            assertEquals(2, r.count(Outcome.Status.FAILED), statuses(r).toString());
            assertEquals(0, r.count(Outcome.Status.REMOVED));
            assertEquals(before, StoreContents.quads(s));
        }
    }
}
