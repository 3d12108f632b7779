package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.countygraph.TestFiles;
import org.junit.jupiter.api.Test;

class LayoutArticleSplitterTest {
    private final List<ArticleSegment> seed = new LayoutArticleSplitter().split(TestFiles.seed());

    @Test
    void splitsTheSeedPageIntoItsSevenArticles() {
        assertEquals(List.of(
                "轻舟已过万重山——本报新闻调查《攸县，一座资源小城的转身忧思》引起社会热议",
                "写好产业、园区、县城三篇文章",
                "打破资源县“路径锁定” 化集成要素为竞争优势",
                "石峰区:聚势蓄能 “制造强区”加速快跑",
                "探索企业发展解码之道 高新区举办“企业自增长总裁特训营”",
                "荷塘区:扶正“电线杆” 收获“信任感”",
                "“魔法”气球 巧手生花"),
                seed.stream().map(s -> s.article().headline()).toList());
    }

    @Test
    void readsBylinesWithRolesAndCreditsPageEditors() {
        Article shifeng = seed.get(3).article();
        assertEquals("株洲日报", shifeng.source());
        assertEquals(List.of("李逸峰/全媒体记者", "谭洪汀/通讯员", "胡乐/责任编辑", "左骏/美术编辑"),
                shifeng.bylines().stream().map(b -> b.name() + "/" + b.role()).toList());
        Article gaoxin = seed.get(4).article();
        assertEquals(List.of("杨如", "向英", "吴胤霖", "胡乐", "左骏"), gaoxin.bylines().stream().map(Byline::name).toList());
    }

    @Test
    void commentaryAuthorsAreCreditedWithTheirPosts() {
        Byline tang = seed.get(1).article().bylines().get(0);
        assertEquals("唐浩", tang.name());
        assertEquals("湖南农业大学经济学院副院长", tang.role());
        assertEquals("唐浩", tang.span().of(TestFiles.seed().text()));
        assertEquals("张玉双", seed.get(2).article().bylines().get(0).name());
    }

    @Test
    void datesComeFromTheDateline() {
        assertEquals("8月24日", seed.get(0).article().date().orElseThrow());
        assertEquals("8月22日", seed.get(6).article().date().orElseThrow());
    }

    @Test
    void aPlainDocumentIsOneArticleWithItsTitleAndDate() {
        String text = "保亭的红毛丹，真甜\n2026-08-17\nhttps://example.org/a.html\n\n眼下，红毛丹果园进入采摘旺季。\n果农们穿行在果树间。\n";
        List<ArticleSegment> one = new LayoutArticleSplitter().split(new SourceDocument("d", "d.txt", text));
        assertEquals(1, one.size());
        assertEquals("保亭的红毛丹，真甜", one.get(0).article().headline());
        assertEquals("2026-08-17", one.get(0).article().date().orElseThrow());
    }

    @Test
    void creditLinesCreditTheirArticleAndNeitherHeadANorCloseIt() {
        String text = "青石镇的桃花开了\n2026-03-02\nhttps://example.org/b.html\n\n方  远绘（《漫画月刊》供图）\n本报记者  柯文涛  周  宁\n"
                + "眼下，桃园进入花期。\n游客在树下拍照。\n林晓燕摄（人民视觉）\n桃农说，今年花开得早。\n本期统筹：钱  进\n";
        List<ArticleSegment> one = new LayoutArticleSplitter().split(new SourceDocument("d", "d.txt", text));
        assertEquals(1, one.size());
        Article a = one.get(0).article();
        assertEquals("青石镇的桃花开了", a.headline());
        assertEquals(List.of("方  远/绘图", "柯文涛/本报记者", "周  宁/本报记者", "林晓燕/摄影", "钱  进/本期统筹"),
                a.bylines().stream().map(b -> b.name() + "/" + b.role()).toList());
        for (Byline b : a.bylines()) assertEquals(b.name(), b.span().of(text));
    }

    @Test
    void aShortLineEndingIn摄IsNoCreditWithoutASurname() {
        assertEquals(LineKind.TITLE, LayoutLib.classify("航拍摄", false));
        assertEquals(LineKind.CREDIT, LayoutLib.classify("谢明摄", false));
    }

    @Test
    void articleSpansPointIntoTheOriginalText() {
        String text = TestFiles.seed().text();
        for (ArticleSegment s : seed) {
            for (Line l : s.lines()) assertEquals(l.text(), l.span().of(text));
        }
    }
}
