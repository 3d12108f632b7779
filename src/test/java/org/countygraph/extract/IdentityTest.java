package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.countygraph.TestFiles;
import org.countygraph.extract.hanlp.StandardExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One entity, one key: across articles the same entity meets itself, same-name persons stay apart. */
class IdentityTest {
    static Extractor x;

    @BeforeAll
    static void load() { x = StandardExtractor.create(); }

    private static Set<String> keysNamed(DocumentExtraction d, String label) {
        return d.articles().stream().flatMap(a -> a.entities().stream()).filter(e -> e.label().equals(label))
                .map(Entity::key).collect(Collectors.toSet());
    }

    @Test
    void youXianIsOneNodeInEveryArticleOfTheSeed() {
        DocumentExtraction d = x.extract(TestFiles.seed());
        long articles = d.articles().stream().filter(a -> a.entities().stream().anyMatch(e -> e.key().equals("division/430223"))).count();
        assertTrue(articles >= 3, "攸县 in " + articles + " articles");
        assertEquals(Set.of("division/430223"), keysNamed(d, "攸县"));
        assertEquals(Set.of("division/4302"), keysNamed(d, "株洲市"));
    }

    @Test
    void aBareZoneWordIsTheArticlesZone() {
        DocumentExtraction d = x.extract(TestFiles.seed());
        ArticleExtraction gaoxin = d.articles().get(4);
        Entity zone = gaoxin.entities().stream().filter(e -> e.label().equals("株洲高新区")).findFirst().orElseThrow();
        assertTrue(zone.aliases().contains("高新区"), zone.aliases().toString());
        assertEquals(1, keysNamed(d, "株洲高新区").size());
    }

    @Test
    void sameNamedOfficialsOfTwoCountiesAreTwoPeopleAndTheSameOfficialInTwoArticlesIsOne() {
        String text = "茶陵县召开会议\n\n湘东日报讯(记者/李华) 茶陵县县长王军说,要抓好产业。\n\n"
                + "炎陵县召开会议\n\n湘东日报讯(记者/李华) 炎陵县县长王军说,要抓好项目。\n\n"
                + "茶陵县再召开会议\n\n湘东日报讯(记者/赵明) 茶陵县县长王军表示,要抓好服务。\n";
        DocumentExtraction d = x.extract(new SourceDocument("two", "two.txt", text));
        assertEquals(3, d.articles().size());
        assertEquals(Set.of("person/王军/430224", "person/王军/430225"), keysNamed(d, "王军"));
        List<String> reporters = d.articles().stream().flatMap(a -> a.entities().stream())
                .filter(e -> e.label().equals("李华")).map(Entity::key).distinct().toList();
        assertEquals(List.of("person/李华/湘东日报"), reporters);
    }

    @Test
    void anOfficialNamedOnTwoWebPagesIsOnePerson() {
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/org/countygraph/ingest/news-html");
        DocumentExtraction a = x.extract(org.countygraph.ingest.SourceReader.read(dir.resolve("detail-469.html")));
        DocumentExtraction b = x.extract(org.countygraph.ingest.SourceReader.read(dir.resolve("detail-474.html")));
        Set<String> inA = keysNamed(a, "王建华");
        Set<String> inB = keysNamed(b, "王建华");
        assertEquals(1, inA.size(), inA.toString());
        assertEquals(inA, inB);
        assertTrue(inA.iterator().next().startsWith("person/王建华/4202"), inA.toString()); // a post in 黄石's 阳新县
    }

    @Test
    void everyEntityHasPinyin() {
        DocumentExtraction d = x.extract(TestFiles.seed());
        for (ArticleExtraction a : d.articles()) {
            for (Entity e : a.entities()) assertTrue(e.pinyin().isPresent() && !e.pinyin().get().isBlank(), e.key());
        }
        assertEquals("yōu xiàn", keysNamed(d, "攸县").isEmpty() ? null
                : d.articles().get(0).entities().stream().filter(e -> e.label().equals("攸县")).findFirst().orElseThrow().pinyin().orElseThrow());
    }
}
