package org.countygraph.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Web pages: the six real GBK news pages of the test resources, and small pages made here. */
class WebPageReaderTest {
    @TempDir
    Path dir;

    static byte[] page(String name) {
        try (InputStream in = WebPageReaderTest.class.getResourceAsStream("news-html/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource news-html/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each real page: its declared GB2312 honoured, title, date and a body sentence found, the site's chrome gone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "detail-469.html|娲石集团6200t/d新型绿色智能化熟料生产线和年产2000万吨绿色环保建材生产线项目开工仪式成功举行！|2021-06-09|阳新会场由县长明进华主持。",
        "detail-474.html|2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行！|2021-06-09|吴锦会见了客商代表。",
        "detail-476.html|传承延安精神、践行高质量发展|2021-06-16|参观宝塔山",
        "detail-479.html|娲石集团热烈庆祝中国共产党建党100周年优秀党组织、优秀党员表彰大会隆重召开！|2021-07-01|隆重举行了",
        "detail-484.html|热烈祝贺娲石集团荣获全国建材企业文化建设示范基地、娲石集团董事长魏华山荣获2021-2021年度全国建材企业文化建设突出贡献人物|2021-07-19|中国建筑材料企业管理协会在西安开展",
        "detail-485.html|热烈祝贺集团董事长魏华山先生受聘担任湖北理工学院武汉校友会名誉会长！|2021-07-20|老校长罗辉发表了激情澎湃的感言",
    })
    void realGbkPagesGiveTitleDateAndBody(String file, String title, String date, String sentence) {
        assertTrue(WebPageReader.declaredCharset(page(file)).orElseThrow().name().equals("GB18030"));
        WebPageReader.WebArticle a = WebPageReader.read(page(file), file);
        assertEquals(title, a.title());
        assertEquals(Optional.of(date), a.date());
        String body = String.join("\n", a.paragraphs());
        assertTrue(body.contains(sentence), body);
        for (String chrome : new String[] {"网站地图", "隐私安全", "Copyright", "All Rights Reserved", "doZoom", "字体", "removeEditor"}) {
            assertFalse(body.contains(chrome), chrome + " in " + body);
        }
    }

    /** Through the reader: the document text is title, date, a blank line, then the body. */
    @Test
    void aPageBecomesTitleDateAndBodyLines() throws IOException {
        Path p = dir.resolve("detail-469.html");
        Files.write(p, page("detail-469.html"));
        InputDocument d = InputCollector.read(p).onlyDocument();
        assertEquals(InputFormat.HTML, d.format());
        assertTrue(d.derived());
        assertEquals("detail-469", d.id());
        String text = d.document().text();
        assertTrue(text.startsWith("娲石集团6200t/d新型绿色智能化熟料生产线和年产2000万吨绿色环保建材生产线项目开工仪式成功举行！\n2021-06-09\n\n5月27日上午"), text);
    }

    @Test
    void aPageWithHeadingsMetaDateAndNavigation() {
        String html = """
                <!doctype html><html><head><meta charset="utf-8"><title>醴陵召开会议 - 某某新闻网</title>
                <meta property="article:published_time" content="2024-03-05T08:00:00+08:00">
                <style>p{color:red}</style><script>var x = "醴陵市委书记";</script></head>
                <body><div class="top-nav"><a href="/">首页</a> <a href="/n">新闻中心</a> <a href="/z">政务公开</a></div>
                <ul class="menu"><li><a href="/a">醴陵市召开经济工作会议的专题报道汇总页面</a></li></ul>
                <article><h1>醴陵市召开经济工作会议</h1>
                <p>3月4日，醴陵市召开经济工作会议，部署全年重点工作。</p>
                <div>会议要求，各镇街要抓好项目建设<br>扎实推进产业发展。</div></article>
                <div id="footer">版权所有 某某新闻网</div></body></html>""";
        WebPageReader.WebArticle a = WebPageReader.read(html.getBytes(StandardCharsets.UTF_8), "p.html");
        assertEquals("醴陵市召开经济工作会议", a.title());
        assertEquals(Optional.of("2024-03-05"), a.date());
        assertEquals(java.util.List.of("3月4日，醴陵市召开经济工作会议，部署全年重点工作。", "会议要求，各镇街要抓好项目建设", "扎实推进产业发展。"),
                a.paragraphs());
    }

    /** A page that declares GBK but holds bytes GBK cannot read is refused at the first bad byte. */
    @Test
    void aPageThatBreaksItsDeclaredCharsetIsRefusedWithTheOffset() {
        byte[] head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body><p>"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] good = "醴陵市召开经济工作会议。".getBytes(Charset.forName("GBK"));
        byte[] bad = {(byte) 0xFF, (byte) 0xFF};
        byte[] bytes = TextDecoderTest.concat(TextDecoderTest.concat(head, good), bad);
        InputException e = assertThrows(InputException.class, () -> WebPageReader.read(bytes, "bad.html"));
        assertEquals(Reason.BAD_ENCODING, e.reason());
        assertEquals(head.length + good.length, e.byteOffset());
    }

    /** A UTF-8 page without a declaration is still read; one without any article text is a bad record. */
    @Test
    void undeclaredAndEmptyPages() {
        byte[] undeclared = "<html><body><p>茶陵县召开项目建设推进会，总结上半年工作。</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(1, WebPageReader.read(undeclared, "u.html").paragraphs().size());
        byte[] gbkUndeclared = "<html><body><p>茶陵县召开项目建设推进会，总结上半年工作。</p></body></html>".getBytes(Charset.forName("GBK"));
        assertEquals("茶陵县召开项目建设推进会，总结上半年工作。", WebPageReader.read(gbkUndeclared, "g.html").paragraphs().get(0));
        InputException e = assertThrows(InputException.class,
                () -> WebPageReader.read("<html><body><div class=nav><a href=/>首页</a></div></body></html>".getBytes(StandardCharsets.UTF_8), "e.html"));
        assertEquals(Reason.BAD_RECORD, e.reason());
    }

    /** A page saved as .txt is still read as a page. */
    @Test
    void htmlIsRecognisedWhateverTheExtension() throws IOException {
        Path p = dir.resolve("saved.txt");
        Files.write(p, page("detail-485.html"));
        assertEquals(InputFormat.HTML, InputCollector.read(p).onlyDocument().format());
    }
}
