package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.countygraph.extract.hanlp.StandardExtractor;

/** The stage tests' fixture: the standard extractor, made once, on an invented text that is one article. */
final class OneArticle {
    private static Extractor extractor;

    private OneArticle() {}

    /** The standard extractor, shared by the tests of a run. */
    static synchronized Extractor extractor() {
        if (extractor == null) extractor = StandardExtractor.create();
        return extractor;
    }

    /** What the extractor finds in {@code text}, which must come out as exactly one article. */
    static ArticleExtraction of(String text) {
        DocumentExtraction d = extractor().extract(new SourceDocument("t", "t.txt", text));
        assertEquals(1, d.articles().size());
        return d.articles().get(0);
    }

    /** The labels of the entities of {@code a} whose kind {@code which} accepts, sorted. */
    static java.util.List<String> labels(ArticleExtraction a, java.util.function.Predicate<EntityKind> which) {
        return a.entities().stream().filter(e -> which.test(e.kind())).map(Entity::label).sorted().toList();
    }
}
