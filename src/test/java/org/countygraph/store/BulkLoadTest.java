package org.countygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.countygraph.build.ReferenceGraphs;
import org.countygraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code load} command: a bulk load into a new generation, checked, then swapped in for the store path. */
class BulkLoadTest {
    @TempDir
    Path tmp;

    private static final String A = "<https://example.org/a>";

    private Path partitions(String name, int graphs) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("quads"));
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < graphs; g++) {
            sb.append(A).append(" <https://example.org/p> \"").append(name).append(' ').append(g)
                    .append("\" <https://example.org/g/").append(g).append("> .\n");
        }
        Files.writeString(dir.resolve("part-00000"), sb.toString());
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve(".part-00000.crc"), "not quads");
        return dir;
    }

    private static long namedQuads(GraphStore s, String graphPrefix) {
        return Txn.calculateRead(s.dataset(), () -> {
            long[] n = {0};
            s.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().getURI().startsWith(graphPrefix)) n[0]++;
            });
            return n[0];
        });
    }

    @Test
    void loadsChecksAndSwapsWhileTheOldStoreStaysReadableAndAFailedLoadChangesNothing() throws IOException {
        Path store = tmp.resolve("data/tdb2");
        assertEquals(0, Main.run("load", partitions("first", 3).toString(), "--store", store.toString()));
        assertTrue(Files.isSymbolicLink(store), "the store path becomes a link");
        Path firstGen = store.toRealPath();
        GraphStore old = GraphStore.open(store);
        try {
            assertEquals(3, namedQuads(old, "https://example.org/g/"));
            assertTrue(Txn.calculateRead(old.dataset(), () -> old.dataset().containsGraph(ReferenceGraphs.ONTOLOGY)),
                    "the reference graphs are loaded with the partitions");

            assertEquals(0, Main.run("load", partitions("second", 5).toString(), "--store", store.toString()));
            assertNotEquals(firstGen, store.toRealPath());
            assertEquals(3, namedQuads(old, "https://example.org/g/"), "a process that had the old store keeps it");
            try (GraphStore fresh = GraphStore.open(store)) {
                assertEquals(5, namedQuads(fresh, "https://example.org/g/"));
                Quad q = Quad.create(NodeFactory.createURI("https://example.org/g/4"), NodeFactory.createURI("https://example.org/a"),
                        NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("second 4"));
                assertTrue(Txn.calculateRead(fresh.dataset(), () -> fresh.dataset().contains(q)));
            }
        } finally {
            old.close();
        }
        aFailedLoadLeavesTheStoreAsItWas(store);
    }

    /** A load of a broken partition fails and leaves {@code store} pointing where it did, with no new generation left. */
    private void aFailedLoadLeavesTheStoreAsItWas(Path store) throws IOException {
        Path before = store.toRealPath();
        List<Path> generations = generations(store);
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("part-00000"), A + " <https://example.org/p> \"ok\" <https://example.org/g/0> .\n");
        Files.writeString(bad.resolve("part-00001"), A + " <https://example.org/p> \"unterminated <https://example.org/g/1> .\n");
        assertEquals(1, Main.run("load", bad.toString(), "--store", store.toString()));
        assertEquals(before, store.toRealPath(), "the store path still points at the earlier store");
        assertEquals(generations, generations(store), "the failed generation was deleted");
    }

    private static List<Path> generations(Path store) throws IOException {
        try (var s = Files.list(StoreGenerations.of(store).folder())) {
            return s.sorted().toList();
        }
    }

    @Test
    void aStoreBuiltAsAPlainFolderMovesIntoTheGenerations() throws IOException {
        Path store = tmp.resolve("data/tdb2");
        try (GraphStore s = GraphStore.open(store)) {
            Txn.executeWrite(s.dataset(), () -> s.dataset().add(Quad.create(NodeFactory.createURI("https://example.org/g/old"),
                    NodeFactory.createURI("https://example.org/a"), NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("old"))));
        }
        assertFalse(Files.isSymbolicLink(store));
        assertEquals(0, Main.run("load", partitions("new", 1).toString(), "--store", store.toString()));
        assertTrue(Files.isSymbolicLink(store));
        try (var gens = Files.list(StoreGenerations.of(store).folder())) {
            Path moved = gens.filter(p -> p.getFileName().toString().startsWith("tdb2-before-")).findFirst().orElseThrow();
            try (GraphStore s = GraphStore.open(moved)) {
                assertEquals(1, namedQuads(s, "https://example.org/g/old"));
            }
        }
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(0, namedQuads(s, "https://example.org/g/old"));
            assertEquals(1, namedQuads(s, "https://example.org/g/"));
        }
    }

    @Test
    void aLoadDeletesTheStoresOlderThanTheOnesItKeepsButNotOneAProcessHasOpen() throws IOException {
        Path store = tmp.resolve("data/tdb2");
        assertEquals(0, Main.run("load", partitions("first", 1).toString(), "--store", store.toString()));
        Path first = store.toRealPath();
        assertEquals(0, Main.run("load", partitions("second", 1).toString(), "--store", store.toString()));
        Path second = store.toRealPath();
        assertEquals(List.of(first, second), generations(store), "by default the previous store is kept to go back to");
        GraphStore open = GraphStore.open(first);
        try {
            assertTrue(StoreGenerations.inUse(first), "a store this process has open is in use");
            assertFalse(StoreGenerations.inUse(second));
            assertEquals(0, Main.run("load", partitions("third", 1).toString(), "--store", store.toString(), "--keep", "0"));
            Path third = store.toRealPath();
            assertEquals(List.of(first, third), generations(store), "the second store is deleted, the first is open and kept");
            assertEquals(1, namedQuads(open, "https://example.org/g/"), "the open store is still whole");
        } finally {
            open.close();
        }
        assertEquals(0, Main.run("load", partitions("fourth", 1).toString(), "--store", store.toString(), "--keep", "0"));
        assertEquals(List.of(store.toRealPath()), generations(store), "once closed, the first store is deleted too");
        assertEquals(1, Main.run("load", partitions("fifth", 1).toString(), "--store", store.toString(), "--keep", "-1"));
    }

    @Test
    void noPartitionsIsAnErrorNamingTheFolder() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(1, Main.run("load", empty.toString(), "--store", tmp.resolve("s").toString()));
        assertFalse(Files.exists(tmp.resolve("s")));
    }
}
