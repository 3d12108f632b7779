package org.countygraph.serve;

import static org.countygraph.serve.BrowseFixture.BASE;
import static org.countygraph.serve.BrowseFixture.YOUXIAN;
import static org.countygraph.serve.BrowseFixture.get;
import static org.countygraph.serve.BrowseFixture.id;
import static org.countygraph.serve.BrowseFixture.page;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The linked-data browser over HTTP: dereferencing with 303 by Accept and ?format=, the RDF
 * descriptions in every syntax, 404 and 406, the pages' content, search, lists, VoID, and hostile
 * names and paths that must come out escaped and never reach query text.
 */
class LinkedDataIT {
    static DatasetGraph dsg;
    static CountyGraphServer server;
    static long quadsAtStart;
    static final String EVIL = BASE + "enterprise/evil";
    static final String ONEIL = BASE + "enterprise/o'neil&co";
    static final String LI = BASE + "person/李鹏程/430223";

    @BeforeAll
    static void start() {
        dsg = BrowseFixture.dataset(true);
        quadsAtStart = quads();
        server = CountyGraphServer.create().dataset(dsg).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        assertEquals(quadsAtStart, quads(), "the store changed while being browsed");
    }

    /** How many cg:County entities the data holds. */
    private static long counties() {
        return Txn.calculateRead(dsg, () -> dsg.getUnionGraph().find(Node.ANY, Terms.type, CG.County)
                .mapWith(org.apache.jena.graph.Triple::getSubject).toSet().size());
    }

    private static long quads() { return Txn.calculateRead(dsg, () -> (long) dsg.stream().count()); }

    private static Document html(String path) {
        HttpResponse<String> r = get(server, path, "text/html");
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return Jsoup.parse(r.body(), server.url());
    }

    // ---- dereferencing -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html|/page/division/430223",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8|/page/division/430223",
            "*/*|/page/division/430223",
            "text/turtle|/data/division/430223.ttl",
            "application/ld+json|/data/division/430223.jsonld",
            "application/n-triples|/data/division/430223.nt",
            "application/rdf+xml|/data/division/430223.rdf",
            "text/turtle;q=0.5, application/ld+json|/data/division/430223.jsonld",
            "text/html;q=0, */*|/data/division/430223.ttl"})
    void anEntityIriAnswers303ToTheRepresentationAcceptAsksFor(String accept, String location) {
        HttpResponse<String> r = get(server, "/id/division/430223", accept);
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(location, r.headers().firstValue("Location").map(l -> l.replace(server.url(), "")).orElse(null));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
    }

    @Test
    void withoutAcceptTheIriGoesToThePageAndFormatOverridesAccept() {
        assertEquals("/page/division/430223", location(get(server, "/id/division/430223", null)));
        assertEquals("/data/division/430223.nt", location(get(server, "/id/division/430223?format=nt", "text/html")));
        assertEquals("/data/division/430223.jsonld", location(get(server, "/id/division/430223?format=JSON-LD", null)));
    }

    private static String location(HttpResponse<String> r) {
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow().replace(server.url(), "");
    }

    @Test
    void chineseIrisArePercentEncodedInLocations() {
        HttpResponse<String> r = get(server, id(LI), "text/turtle");
        assertEquals(id(LI).replace("/id/", "/data/") + ".ttl", location(r));
        assertTrue(location(r).startsWith("/data/person/%E6%9D%8E"), location(r));
    }

    @ParameterizedTest
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML"})
    void theDescriptionHasTheEntitysTriplesItsIncomingTriplesAndLabelsOfItsNeighbours(Representation rep) {
        HttpResponse<String> r = get(server, "/data/division/430223." + rep.extension(), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(rep.mediaType()), r.headers().toString());
        Graph g = parse(r.body(), rep);
        Node youxian = NodeFactory.createURI(YOUXIAN), zhuzhou = NodeFactory.createURI(BASE + "division/4302");
        assertTrue(g.contains(youxian, Terms.label, NodeFactory.createLiteralLang("攸县", "zh")), "own label");
        assertTrue(g.contains(youxian, CG.partOf, zhuzhou), "own triple");
        assertTrue(g.contains(NodeFactory.createURI(EVIL), CG.locatedIn, youxian), "incoming triple");
        assertTrue(g.contains(zhuzhou, Terms.label, NodeFactory.createLiteralLang("株洲市", "zh")), "label of a neighbour");
        assertTrue(g.contains(NodeFactory.createURI(EVIL), Terms.label,
                NodeFactory.createLiteralLang("<script>alert(1)</script>恶意企业", "zh")), "a hostile label survives " + rep);
    }

    private static Graph parse(String body, Representation rep) {
        Lang lang = switch (rep) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case NTRIPLES -> Lang.NTRIPLES;
            case RDFXML -> Lang.RDFXML;
            case HTML -> throw new IllegalArgumentException();
        };
        return RDFParser.fromString(body, lang).toGraph();
    }

    @Test
    void pagesAndDescriptionsAre200WithLinksToEachOther() {
        HttpResponse<String> r = get(server, "/page/division/430223", "application/rdf+xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().allValues("Link").stream().anyMatch(l -> l.contains("/data/division/430223.ttl") && l.contains("text/turtle")),
                r.headers().allValues("Link").toString());
        Document d = html("/page/division/430223");
        assertEquals(4, d.select("a.download").size());
        for (Element a : d.select("a.download")) assertEquals(200, get(server, a.attr("href"), null).statusCode(), a.attr("href"));
    }

    @Test
    void whatCannotBeServedIs406() {
        HttpResponse<String> r = get(server, "/id/division/430223", "image/png");
        assertEquals(406, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
        assertTrue(r.body().contains("text/turtle") && r.body().contains("/data/division/430223.ttl"), r.body());
        assertEquals(406, get(server, "/id/division/430223?format=pdf", null).statusCode());
        assertEquals(406, get(server, "/id/division/430223", "garbage").statusCode());
        assertEquals(406, get(server, "/.well-known/void", "image/png").statusCode());
    }

    @Test
    void anUnknownIriIsAHelpful404() {
        HttpResponse<String> r = get(server, "/id/person/" + enc("李鹏") + "/430223", "text/html");
        assertEquals(404, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertTrue(d.text().contains(BASE + "person/李鹏/430223"), d.text());
        assertTrue(d.select("ul.suggested a").eachText().contains("李鹏程"), "suggests the near name: " + d.select("ul.suggested"));
        HttpResponse<String> plain = get(server, "/id/division/999999", "text/turtle");
        assertEquals(404, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals(404, get(server, "/page/division/999999", "text/html").statusCode());
        assertEquals(404, get(server, "/data/division/999999.ttl", null).statusCode());
        assertEquals(404, get(server, "/data/division/430223.pdf", null).statusCode());
        assertEquals(404, get(server, "/data/division/430223", null).statusCode());
        assertEquals(404, get(server, "/id/", "text/html").statusCode());
    }

    @Test
    void injectedPathsAre404EscapedAndChangeNothing() {
        for (String raw : new String[]{"x%3E%20%3Fp%20%3Fo%20%7D%20%23", "A%3E%20%7D%20INSERT%20DATA%20%7B%20%3Curn:a%3E%20%3Curn:b%3E%20%3Curn:c%3E%20%7D%20%23",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%27%7B%7D", "%C3%28", "%00", "a%0Ab"}) {
            for (String prefix : new String[]{"/id/", "/page/", "/data/"}) {
                HttpResponse<String> r = get(server, prefix + raw, "text/html");
                assertTrue(r.statusCode() == 404 || r.statusCode() == 400, prefix + raw + " -> " + r.statusCode());
                assertFalse(r.body().contains("<script>alert"), r.body());
            }
        }
        assertEquals(quadsAtStart, quads());
    }

    // ---- pages ---------------------------------------------------------------------------------

    @Test
    void theCountyPageShowsNamesBadgesOfficialsIndustriesFiguresAndFacts() {
        Document d = html(page(YOUXIAN));
        assertEquals("攸县", d.selectFirst("h1").text());
        assertEquals("yōu xiàn", d.selectFirst(".pinyin").text());
        assertEquals("You County", d.selectFirst(".english").text());
        assertTrue(d.selectFirst(".badge-main").text().contains("County"));
        assertTrue(d.select("#officials li").eachText().contains("李鹏程 — 县委书记"), d.select("#officials").text());
        Element industries = d.select("#facts dt").stream().filter(dt -> dt.text().contains("develops industry")).findFirst().orElseThrow();
        assertTrue(industries.nextElementSibling().select("a").eachText().contains("精细化工"), industries.nextElementSibling().text());
        assertEquals(page(BASE + "industry/精细化工"), industries.nextElementSibling().select("a").stream()
                .filter(a -> a.text().equals("精细化工")).findFirst().orElseThrow().attr("href"));
        Element partOf = d.select("#facts dt").stream().filter(dt -> dt.text().contains("part of")).findFirst().orElseThrow();
        assertEquals("/page/division/4302", partOf.nextElementSibling().selectFirst("a").attr("href"));
        assertEquals("株洲市", partOf.nextElementSibling().selectFirst("a").text());
        String figures = d.select("#figures tr").eachText().toString();
        assertTrue(figures.contains("地区生产总值 300.5 亿元 2030年 5.2%"), figures);
    }

    @Test
    void postsReadAsTitleOfPlace() {
        Document d = html(page(LI));
        assertEquals("县委书记 of 攸县", d.selectFirst("#posts li").text());
        assertEquals(page(YOUXIAN), d.selectFirst("#posts li a").attr("href"));
    }

    @Test
    void evidenceMarksTheMentionShowsConfidenceAndLinksTheArticleAndPages() {
        Document d = html(page(YOUXIAN));
        int total = Integer.parseInt(d.selectFirst("#evidence h2 .count").text());
        assertTrue(total > EvidenceReader.PAGE, "enough evidence to page: " + total);
        assertEquals(EvidenceReader.PAGE, d.select("ol.evidence > li").size());
        assertTrue(d.select("ol.evidence mark").eachText().contains("攸县"));
        assertTrue(d.selectFirst("ol.evidence .confidence").text().matches("置信度 confidence 0\\.\\d+"), d.selectFirst("ol.evidence .meta").text());
        assertTrue(d.selectFirst("ol.evidence .source a").attr("href").startsWith("/page/article/"));
        Document next = html(d.select("#evidence .pager a").last().attr("href"));
        assertEquals("11", next.selectFirst("ol.evidence").attr("start"));
        assertNotEquals(d.selectFirst("ol.evidence blockquote").text(), next.selectFirst("ol.evidence blockquote").text());
    }

    @Test
    void backlinksAreCountedAndPaged() {
        String park = BASE + "place/fixture/测试园";
        Document d = html(page(park));
        Element located = d.select("#backlinks h3").stream().filter(h -> h.text().contains("located here")).findFirst().orElseThrow();
        assertEquals("12", located.selectFirst(".count").text());
        assertEquals(EntityReader.BACKLINK_PAGE, located.nextElementSibling().select("li").size());
        assertEquals("企业01", located.nextElementSibling().selectFirst("li a").text());
        String rel = URLEncoder.encode(CG.locatedIn.getURI(), StandardCharsets.UTF_8);
        String next = located.nextElementSibling().nextElementSibling().select("a").last().attr("href");
        assertEquals(page(park) + "?rel=" + rel + "&offset=10#backlinks", next);
        Document paged = html(next);
        Element again = paged.select("#backlinks h3").stream().filter(h -> h.text().contains("located here")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("企业11", "企业12"), again.nextElementSibling().select("li a").eachText());
    }

    @Test
    void theNeighbourhoodPictureCarriesItsNodesAndLoadsItsScriptFromTheWebJar() {
        Document d = html(page(YOUXIAN));
        String json = d.selectFirst("#graph").attr("data-graph");
        var graph = org.apache.jena.atlas.json.JSON.parse(json);
        var names = graph.get("nodes").getAsArray().stream().map(n -> n.getAsObject().get("name").getAsString().value()).toList();
        assertTrue(names.contains("株洲市") && names.contains("李鹏程"), names.toString());
        assertTrue(d.select("script[src]").eachAttr("src").contains(StaticResources.ECHARTS));
        HttpResponse<String> js = get(server, StaticResources.ECHARTS, null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().length() > 100_000 && js.body().contains("echarts"));
        assertEquals(404, get(server, "/static/nope.js", null).statusCode());
        assertTrue(get(server, "/webjars/echarts/../../../etc/passwd", null).statusCode() >= 400);
    }

    @Test
    void hostileNamesAndIrisComeOutAsText() {
        for (String path : new String[]{page(EVIL), page(YOUXIAN), "/", page(BASE + "article/fixture/1"), "/list/Enterprise"}) {
            HttpResponse<String> r = get(server, path, "text/html");
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains("<script>alert"), path);
            assertFalse(r.body().contains("<img"), path);
            Document d = Jsoup.parse(r.body());
            for (Element s : d.select("script")) assertTrue(s.attr("src").startsWith("/") && s.data().isBlank(), path + ": " + s);
            for (Element e : d.getAllElements()) {
                e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"), path + ": " + e));
            }
            for (Element a : d.select("a[href]")) assertFalse(a.attr("href").toLowerCase().startsWith("javascript:"), path + ": " + a);
        }
        Document d = html(page(EVIL));
        assertEquals("<script>alert(1)</script>恶意企业", d.selectFirst("h1").text());
        assertTrue(d.select(".alias").eachText().contains("\"><img src=x onerror=alert(1)>"));
        assertTrue(d.select("mark").eachText().contains("<script>alert(1)</script>恶意企业"), d.select("#evidence").html());
        Document oneil = html(page(ONEIL));
        assertEquals("O'Neil & \"Co\"", oneil.selectFirst("h1").text());
        Document youxian = html(page(YOUXIAN));
        assertTrue(youxian.select("#backlinks a").stream().anyMatch(a -> a.attr("title").equals(ONEIL) && a.attr("href").equals(page(ONEIL))));
    }

    // ---- front page, lists, search, query, VoID -------------------------------------------------

    @Test
    void theFrontPageCountsListsAndShowsTheNewestArticles() {
        Document d = html("/");
        Element county = d.select("ul.cards li").stream().filter(li -> li.selectFirst("a").text().equals("县级行政区 County")).findFirst().orElseThrow();
        assertEquals(Long.toString(counties()), county.selectFirst(".n").text());
        assertEquals("/list/County", county.selectFirst("a").attr("href"));
        assertEquals("测试文章：<i>精细化工</i>", d.selectFirst("section.newest li a").text());
        assertTrue(d.select("#list-County li a").eachText().contains("攸县"));
        int industries = Integer.parseInt(d.selectFirst("#list-Industry h2 .count").text());
        assertEquals(Math.min(industries, 24), d.select("#list-Industry li").size());
        if (industries > 24) assertEquals("/list/Industry", d.select("#list-Industry p a").attr("href"));
        assertTrue(html("/list/Industry").select("ul.members a").eachText().contains("精细化工"));
        assertTrue(d.select("#list-Official li").eachText().stream().anyMatch(t -> t.startsWith("李鹏程") && t.contains("攸县县委书记")));
        assertTrue(d.select("#list-Enterprise li a").eachText().contains("<script>alert(1)</script>恶意企业"));
        assertTrue(d.select("a[href]").eachAttr("href").containsAll(java.util.List.of("/query", "/.well-known/void", "/countygraph/sparql")));
    }

    @Test
    void classListsUseOntologyLabelsWhenTheStoreHasThem() {
        Document d = html("/list/County");
        assertTrue(d.select("ul.members li").eachText().contains("攸县 yōu xiàn"), d.select("ul.members").text());
        assertTrue(html("/list/Zone").selectFirst("h1").text().startsWith("开发区 Development zone"));
        assertEquals(404, get(server, "/list/NoSuchClass", "text/html").statusCode());
        assertEquals(404, get(server, "/list/%3Cscript%3E", "text/html").statusCode());
    }

    @Test
    void searchFindsNamesAliasesAndPinyinGroupedByClass() {
        Document d = html("/search?q=" + enc("攸县"));
        assertTrue(d.selectFirst(".search-group h2").text().contains("County"), d.select(".search-group h2").eachText().toString());
        assertEquals(page(YOUXIAN), d.selectFirst(".search-group a.result").attr("href"));
        assertTrue(d.select(".search-group").size() > 1, "several classes: " + d.select(".search-group h2").eachText());
        for (String q : new String[]{"youxian", "Yōu Xiàn", "you xian", "YOUX"}) {
            assertEquals(YOUXIAN, firstSuggestion(q), q);
        }
        assertEquals(BASE + "industry/精细化工", firstSuggestion("jingxi"));
    }

    @Test
    void searchTermsAreValuesNeverQueryText() {
        assertEquals(EVIL, firstSuggestion("}"));
        assertEquals(EVIL, firstSuggestion("} INSERT DATA {"));
        assertEquals(EVIL, firstSuggestion("<script>"));
        assertEquals(ONEIL, firstSuggestion("\"Co\""));
        String nasty = "\"><script>alert(1)</script>";
        Document d = html("/search?q=" + enc(nasty));
        assertEquals(nasty, d.selectFirst("#search-q").attr("value"));
        assertTrue(d.selectFirst("h1").text().contains(nasty));
        assertEquals(quadsAtStart, quads());
    }

    private static String firstSuggestion(String q) {
        HttpResponse<String> r = get(server, "/search.json?q=" + enc(q), "application/json");
        assertEquals(200, r.statusCode());
        var results = org.apache.jena.atlas.json.JSON.parse(r.body()).get("results").getAsArray();
        assertFalse(results.isEmpty(), "nothing found for " + q);
        return results.get(0).getAsObject().get("iri").getAsString().value();
    }

    @Test
    void everyExampleOnTheQueryPageRuns() throws Exception {
        Document d = html("/query");
        assertEquals(QueryPage.EXAMPLES.size(), d.select("button.example").size());
        HttpClient http = HttpClient.newHttpClient();
        for (Element b : d.select("button.example")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(b.attr("data-query")))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), b.text() + ": " + r.body());
        }
    }

    @Test
    void voidDescribesTheDataset() {
        HttpResponse<String> r = get(server, "/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        Node ds = NodeFactory.createURI(server.url() + "/.well-known/void#dataset");
        String v = VoidDescription.VOID;
        assertTrue(g.contains(ds, Terms.type, NodeFactory.createURI(v + "Dataset")), r.body());
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "sparqlEndpoint"), NodeFactory.createURI(server.sparqlUrl())));
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "uriSpace"), NodeFactory.createLiteralString(BASE)));
        Node county = NodeFactory.createURI(server.url() + "/.well-known/void#class-County");
        assertTrue(g.contains(county, NodeFactory.createURI(v + "entities"), org.apache.jena.graph.NodeFactory.createLiteralDT(Long.toString(counties()),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)), r.body());
        HttpResponse<String> jsonld = get(server, "/.well-known/void", "application/ld+json");
        assertTrue(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().contains(ds, Terms.type, Node.ANY));
        assertEquals(200, get(server, "/.well-known/void", "text/html").statusCode());
    }

    @Test
    void htmlCarriesSecurityHeadersAndOnlyGetIsAllowed() throws Exception {
        HttpResponse<String> r = get(server, page(YOUXIAN), "text/html");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + page(YOUXIAN)))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
