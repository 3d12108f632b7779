package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.countygraph.vocab.Terms;
import org.junit.jupiter.api.Test;

/** The names search matches, held in memory: which are read, how they match, and shown entities looked up once. */
class LabelIndexTest {
    private static final String BASE = IriMapping.DEFAULT_BASE;
    private static final Node YOUXIAN = NodeFactory.createURI(BASE + "division/430223");
    private static final Node ARTICLE = NodeFactory.createURI(BASE + "article/a/1");
    private static final Node FOREIGN = NodeFactory.createURI("https://example.org/youxian");

    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(YOUXIAN, Terms.label, NodeFactory.createLiteralLang("攸县", "zh"));
        g.add(YOUXIAN, Terms.label, NodeFactory.createLiteralLang("Yōu Xiàn", "zh-Latn-pinyin"));
        g.add(YOUXIAN, Terms.altLabel, NodeFactory.createLiteralLang("攸", "zh"));
        g.add(ARTICLE, Terms.headline, NodeFactory.createLiteralString("攸县召开经济工作会议"));
        g.add(ARTICLE, Terms.label, NodeFactory.createURI(BASE + "not-a-literal"));
        g.add(FOREIGN, Terms.label, NodeFactory.createLiteralLang("攸县", "zh"));
        return g;
    }

    private static List<String> texts(List<LabelIndex.Name> names) {
        return names.stream().map(LabelIndex.Name::text).sorted().toList();
    }

    @Test
    void readsTheLiteralNamesOfLocalEntitiesOnly() {
        LabelIndex index = LabelIndex.build(graph(), new IriMapping(BASE), 7);
        assertEquals(4, index.size());
        assertEquals(7, index.version());
        assertEquals(List.of("攸县", "攸县召开经济工作会议"), texts(index.matching("攸县", null)));
    }

    @Test
    void pinyinMatchesFoldedPinyinLabelsAndLowerCaseText() {
        LabelIndex index = LabelIndex.build(graph(), new IriMapping(BASE), 7);
        assertEquals(List.of("Yōu Xiàn"), texts(index.matching("youxian", "youxian")));
        assertEquals(List.of("Yōu Xiàn"), texts(index.matching("yōu", null)), "text matches lower-cased, tones and all");
        assertEquals(List.of(), texts(index.matching("youxian", null)), "no pinyin asked for, none folded");
    }

    @Test
    void anEntityIsLookedUpOnceThenRemembered() {
        LabelIndex index = LabelIndex.build(graph(), new IriMapping(BASE), 7);
        AtomicInteger lookups = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            LabelIndex.Shown s = index.shown(YOUXIAN, e -> {
                lookups.incrementAndGet();
                return new LabelIndex.Shown("攸县", null, false);
            });
            assertEquals("攸县", s.label());
        }
        assertEquals(1, lookups.get());
    }

    @Test
    void indexesAreKeptPerDataVersion() {
        LabelIndexes indexes = new LabelIndexes(new IriMapping(BASE));
        Graph g = graph();
        LabelIndex first = indexes.at(1, g);
        assertSame(first, indexes.at(1, g));
        g.add(NodeFactory.createURI(BASE + "person/x"), Terms.label, NodeFactory.createLiteralLang("攸县人", "zh"));
        assertSame(first, indexes.at(1, g), "same version, same snapshot");
        LabelIndex second = indexes.at(2, g);
        assertNotSame(first, second);
        assertEquals(5, second.size());
        assertNotSame(indexes.at(-1, g), indexes.at(-1, g), "a store without versions gets a fresh index each time");
    }
}
