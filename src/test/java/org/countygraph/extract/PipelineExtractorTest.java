package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.countygraph.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extractor's stages seen through its output: exact mentions, offsets, posts and relations. */
class PipelineExtractorTest {
    static Extractor x;

    @BeforeAll
    static void load() { x = OneArticle.extractor(); }

    private static ArticleExtraction one(String text) { return OneArticle.of(text); }

    private static Entity entity(ArticleExtraction a, String label) {
        return a.entities().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + label + " in " + a.entities().stream().map(Entity::label).toList()));
    }

    @Test
    void townAndCommunityAfterADistrictArePlacedInIt() {
        String text = "8月22日,天元区群丰镇湘云社区开展气球花亲子手工活动。";
        ArticleExtraction a = one(text);
        Entity town = entity(a, "群丰镇");
        Entity community = entity(a, "湘云社区");
        assertEquals(EntityKind.TOWNSHIP, town.kind());
        assertEquals(EntityKind.VILLAGE, community.kind());
        assertEquals(new Span(text.indexOf("群丰镇"), text.indexOf("群丰镇") + 3), town.mentions().get(0).evidence().span());
        assertTrue(a.relations().stream().anyMatch(r -> r.kind() == RelationKind.PART_OF && r.subject().equals(town.key())
                && r.object().equals("division/430211")), a.relations().toString());
        assertTrue(a.relations().stream().anyMatch(r -> r.kind() == RelationKind.PART_OF && r.subject().equals(community.key())
                && r.object().equals(town.key())));
    }

    @Test
    void twoPostsBeforeOneNameBothBelongToTheCounty() {
        ArticleExtraction a = one("“接过历史的接力棒。”攸县县委副书记、县长武娜强说。");
        Entity wu = entity(a, "武娜强");
        assertEquals(EntityKind.OFFICIAL, wu.kind());
        List<String> posts = a.posts().stream().filter(p -> p.person().equals(wu.key()))
                .map(p -> p.title() + "@" + p.postIn().orElse("-")).sorted().toList();
        assertEquals(List.of("县委副书记@division/430223", "县长@division/430223"), posts);
        assertEquals("person/武娜强/430223", wu.key());
    }

    @Test
    void aPostInABodyAfterAZone() {
        ArticleExtraction a = one("攸县高新区管委会主任杨力说,营商环境是关键。");
        Post p = a.posts().get(0);
        assertEquals("主任", p.title());
        assertEquals("body/攸县高新区管委会", p.postIn().orElseThrow());
        assertTrue(a.relations().stream().anyMatch(r -> r.kind() == RelationKind.LOCATED_IN
                && r.subject().equals(entity(a, "攸县高新区").key()) && r.object().equals("division/430223")));
    }

    @Test
    void aCommonWordEndingInACountyWordIsNoCounty() {
        ArticleExtraction a = one("株洲是老工业城市,老资源县转型,要把精力放在解决矛盾上。");
        assertTrue(a.entities().stream().noneMatch(e -> e.kind() == EntityKind.COUNTY),
                a.entities().stream().map(Entity::label).collect(Collectors.joining(",")));
    }

    @Test
    void referencesStandForTheArticlesDistrict() {
        ArticleExtraction a = one("石峰区召开经济形势分析会。上半年,全区地区生产总值完成182.5亿元,同比增长4.5%。");
        Observation o = a.observations().get(0);
        assertEquals("division/430204", o.area());
        assertEquals("地区生产总值", o.indicator());
        assertEquals(0, new java.math.BigDecimal("182.5").compareTo(o.value()));
        assertEquals("亿元", o.unit());
        assertEquals(0, new java.math.BigDecimal("4.5").compareTo(o.growthRate().orElseThrow()));
        assertEquals("上半年", o.period().orElseThrow());
    }

    @Test
    void quotedCampaignsAreInitiativesRunByTheirDivisionButMetaphorsAreNot() {
        ArticleExtraction a = one("这几年攸县打响了“三大战役”,开展了“六大行动”,做强县城,是推动县域经济高质量发展的“金钥匙”。");
        List<String> initiatives = OneArticle.labels(a, k -> k == EntityKind.INITIATIVE);
        assertEquals(List.of("三大战役", "六大行动"), initiatives);
        assertTrue(a.relations().stream().filter(r -> r.kind() == RelationKind.LAUNCHED_BY).allMatch(r -> r.object().equals("division/430223")));
    }

    @Test
    void industriesOfAListAreDevelopedByTheCounty() {
        ArticleExtraction a = one("今年上半年,攸县高分子新材料、精细化工、绿色建材等产业呈现良好的发展势头。");
        List<String> industries = OneArticle.labels(a, k -> k == EntityKind.INDUSTRY);
        assertEquals(List.of("精细化工", "绿色建材", "高分子新材料"), industries);
        assertEquals(3, a.relations().stream().filter(r -> r.kind() == RelationKind.DEVELOPS_INDUSTRY
                && r.subject().equals("division/430223")).count());
    }

    @Test
    void anIndustryWithNoAreaInItsSentenceIsTheScenesAVillageTheArticleIsAbout() {
        String story = "攸县青枫村地处山区。青枫村的村民过去外出务工。如今，青枫村的路修通了。村民们说，这些年大力发展油茶产业，日子越过越好。";
        ArticleExtraction a = one(story);
        String village = entity(a, "青枫村").key();
        assertTrue(a.relations().stream().anyMatch(r -> r.kind() == RelationKind.DEVELOPS_INDUSTRY && r.subject().equals(village)),
                a.relations().toString());
        ArticleExtraction county = one("攸县是山区县，攸县人多地少。攸县青枫村地处山区。" + story);
        assertTrue(county.relations().stream().anyMatch(r -> r.kind() == RelationKind.DEVELOPS_INDUSTRY
                && r.subject().equals("division/430223")), county.relations().toString());
    }

    @Test
    void offsetsSurviveCharactersOutsideTheBasicPlaneAndFullWidthPunctuation() {
        String text = "𠀀𠀁𠀂，攸县县委书记李鹏程说：“唯有产业。”";
        ArticleExtraction a = one(text);
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) assertEquals(m.text(), m.evidence().span().of(text), e.label());
        }
        assertEquals("李鹏程", entity(a, "李鹏程").mentions().get(0).evidence().span().of(text));
    }

    /** The original characters of a span, without the line breaks a layout repair joined over. */
    private static String joined(String text, Span span) {
        StringBuilder sb = new StringBuilder();
        for (char c : span.of(text).toCharArray()) if (!LayoutLib.isSpace(c)) sb.append(c);
        return sb.toString();
    }

    @Test
    void everyMentionOfTheSeedPointsAtItsText() {
        SourceDocument seed = TestFiles.seed();
        for (ArticleExtraction a : x.extract(seed).articles()) {
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) {
                    assertEquals(m.text().replaceAll("\\s", ""), joined(seed.text(), m.evidence().span()), e.key());
                    assertTrue(m.evidence().confidence() > 0 && m.evidence().confidence() <= 1);
                }
            }
        }
    }

    /** Reliability plan F12: OCR-style spaces between every character give the same entities as clean text. */
    @Test
    void spacedOutCharactersGiveTheSameEntitiesAsCleanText() {
        String clean = "攸县高新区管委会主任杨力说,营商环境是关键。";
        String spaced = "攸 县 高 新 区 管 委 会 主 任 杨 力 说,营商环境是关键。";
        java.util.function.Function<String, List<String>> keys = s -> one(s).entities().stream().map(Entity::key).sorted().toList();
        assertEquals(keys.apply(clean), keys.apply(spaced));
        Entity zone = entity(one(spaced), "攸县高新区");
        assertEquals(new Span(0, 9), zone.mentions().get(0).evidence().span()); // the span covers the spaces of the original
    }

    /** Reliability plan F13: quote variants name the same initiative. */
    @Test
    void quoteVariantsGiveTheSameInitiative() {
        java.util.function.Function<String, List<String>> initiatives = s -> one(s).entities().stream()
                .filter(e -> e.kind() == EntityKind.INITIATIVE).map(Entity::key).toList();
        List<String> curly = initiatives.apply("攸县实施县级领导“三联三包”。");
        assertEquals(List.of("initiative/430223/三联三包"), curly);
        assertEquals(curly, initiatives.apply("攸县实施县级领导「三联三包」。"));
        assertEquals(curly, initiatives.apply("攸县实施县级领导\"三联三包\"。"));
    }

    @Test
    void randomTextNeverBreaksTheExtractor() {
        Random r = new Random(42);
        String alphabet = "攸县石峰区株洲市镇村社区公司集团产业发展书记县长说,。、“”；:0123456789亿元%\n \u3000𠀀";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            int cp = alphabet.codePointAt(r.nextInt(alphabet.length() - 1));
            if (Character.isLowSurrogate((char) cp)) continue;
            sb.appendCodePoint(cp);
        }
        String text = sb.toString();
        DocumentExtraction d = x.extract(new SourceDocument("r", "r.txt", text));
        for (ArticleExtraction a : d.articles()) {
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) assertEquals(m.text().replaceAll("\\s", ""), joined(text, m.evidence().span()));
            }
        }
    }

    @Test
    void aCityShortFormRightAfterItsProvinceIsACity() {
        String text = "走进湖南衡阳祁东县,黄花菜种植正忙。";
        ArticleExtraction a = one(text);
        Entity city = entity(a, "衡阳市");
        assertEquals(EntityKind.CITY, city.kind());
        assertEquals(new Span(text.indexOf("衡阳"), text.indexOf("衡阳") + 2), city.mentions().get(0).evidence().span());
        assertTrue(a.relations().stream().anyMatch(r -> r.kind() == RelationKind.PART_OF
                && r.subject().equals(entity(a, "祁东县").key()) && r.object().equals(city.key())), a.relations().toString());
    }

    @Test
    void aCountyShortFormBeforeTheWordForTownIsATown() {
        ArticleExtraction a = one("祁东镇石塘村种茶成风,村党支部书记王建华介绍了茶园的情况。");
        assertEquals(EntityKind.TOWNSHIP, entity(a, "祁东镇").kind());
        assertEquals(EntityKind.VILLAGE, entity(a, "石塘村").kind());
        assertTrue(a.entities().stream().noneMatch(e -> e.label().equals("祁东县") || e.label().equals("镇石塘村")));
        Post p = a.posts().stream().filter(q -> q.person().equals(entity(a, "王建华").key())).findFirst().orElseThrow();
        assertEquals("党支部书记", p.title()); // the level word 村 names the place the post is in
        assertEquals(entity(a, "石塘村").key(), p.postIn().orElseThrow());
    }

    @Test
    void aVerbBeforeATownIsNotPartOfItsName() {
        ArticleExtraction a = one("那年夏天,货车经过青山镇时遇上大雨。");
        entity(a, "青山镇");
        assertTrue(a.entities().stream().noneMatch(e -> e.label().startsWith("过")));
    }

    @Test
    void aBareLevelTitleIsAPostOfTheArticlesDivisionOfThatLevel() {
        ArticleExtraction a = one("衡东县今年粮食丰收。县长陈立新在会上说,全县种粮面积稳定。副市长李红梅也到场,她来自衡阳市。");
        Post mayor = a.posts().stream().filter(q -> q.person().equals(entity(a, "陈立新").key())).findFirst().orElseThrow();
        assertEquals(entity(a, "衡东县").key(), mayor.postIn().orElseThrow(), "县长 of the county the article is about");
        Post deputy = a.posts().stream().filter(q -> q.person().equals(entity(a, "李红梅").key())).findFirst().orElseThrow();
        assertEquals(entity(a, "衡阳市").key(), deputy.postIn().orElseThrow(), "副市长 of the city the county lies in");
    }

    @Test
    void aCommitteeSeatIsATitleNotABodyAndItsPlaceHoldsBothPosts() {
        ArticleExtraction a = one("常德市委常委、纪委书记赵建国出席会议。");
        assertEquals(java.util.Set.of("市委常委", "纪委书记"), a.posts().stream().map(Post::title).collect(java.util.stream.Collectors.toSet()));
        assertTrue(a.posts().stream().allMatch(q -> q.postIn().orElseThrow().equals(entity(a, "常德市").key())), a.posts().toString());
        assertTrue(a.entities().stream().noneMatch(e -> e.label().endsWith("常委")), a.entities().toString());
    }

    @Test
    void aNameAfterATitleKeepsAThirdCharacterTheSegmenterLeftAloneBeforeAVerb() {
        ArticleExtraction a = one("县长卢进华主持会议,董事长柴永福作为企业代表发言,党委书记全程陪同。");
        assertEquals(EntityKind.OFFICIAL, entity(a, "卢进华").kind());
        entity(a, "柴永福"); // a surname less common than the role-word rule asks for, right after a title
        assertTrue(a.entities().stream().noneMatch(e -> e.label().equals("卢进") || e.label().equals("全程")), a.entities().toString());
    }

    @Test
    void aListOfNamesClosedByACountOfPersonsIsAListOfPersons() {
        ArticleExtraction a = one("会上向张建国、李红等5名先进个人颁奖,给刘洋、孙丽等同志发了证书,湖南、湖北、江西等省代表参加。"
                + "老校长和老一代教师座谈。");
        for (String name : List.of("张建国", "李红", "刘洋", "孙丽")) assertTrue(entity(a, name).kind().isPerson(), name);
        assertTrue(a.entities().stream().noneMatch(e -> e.kind().isPerson() && (e.label().startsWith("向") || e.label().startsWith("给")
                || e.label().startsWith("和") || e.label().startsWith("江"))), a.entities().toString());
    }

    @Test
    void twoVerbsJoinedByHeOpenACampaignsNameTogether() {
        ArticleExtraction a = one("弘扬和传承焦裕禄精神学习教育开展以来,平江县新建了一批展馆。");
        assertEquals(EntityKind.INITIATIVE, entity(a, "弘扬和传承焦裕禄精神学习教育").kind());
    }

    @Test
    void aSchoolNamedAfterItsPlaceIsWhereItsHeadHoldsOffice() {
        ArticleExtraction a = one("衡阳市工商联合会和湖南工学院联合举办招聘会。校长刘国华致辞。");
        assertEquals(EntityKind.ORGANIZATION, entity(a, "湖南工学院").kind());
        Post p = a.posts().stream().filter(q -> q.person().equals(entity(a, "刘国华").key())).findFirst().orElseThrow();
        assertEquals(entity(a, "湖南工学院").key(), p.postIn().orElseThrow(), "校长 heads the school last named");
        assertTrue(a.entities().stream().noneMatch(e -> e.label().endsWith("举办")), a.entities().toString());
    }

    @Test
    void aTitleAfterANameWithARareSurnameMakesItAName() {
        ArticleExtraction a = one("2019年3月,冼德胜总书记来到村里考察。");
        assertEquals(EntityKind.OFFICIAL, entity(a, "冼德胜").kind());
        assertEquals("总书记", a.posts().get(0).title());
    }

    @Test
    void aCommonWordAfterARoleWordIsNoName() {
        ArticleExtraction a = one("今年提高退休人员基本养老金,回应群众关切,让困难群众温暖过冬,增强人民群众安全感。");
        assertTrue(a.entities().stream().noneMatch(e -> e.kind().isPerson()), a.entities().toString());
        // 群众 (the public) is no role one person's name follows
        assertEquals(List.of(), personNames(one("要让沿线群众高品质出行。")));
    }

    @Test
    void commonWordsForTownsAndVillagesAreNoPlaces() {
        ArticleExtraction a = one("各地要扶持乡镇企业,做好乡镇财政工作,建设一批中心镇和特大镇,推进和谐村镇建设,"
                + "整合自然村和行政村,结对帮扶贫困村。当天上午,车队经过青山镇。");
        assertEquals(java.util.List.of("青山镇"), a.entities().stream().filter(e -> e.kind().isPlace()
                && (e.kind() == EntityKind.TOWNSHIP || e.kind() == EntityKind.VILLAGE)).map(Entity::label).toList());
    }

    @Test
    void aTownBeforeATitleIsNoPerson() {
        ArticleExtraction a = one("暴雨过后,白石镇党委书记李国强赶到河堤查看险情。");
        assertEquals(EntityKind.TOWNSHIP, entity(a, "白石镇").kind());
        Post p = a.posts().stream().filter(q -> q.person().equals(entity(a, "李国强").key())).findFirst().orElseThrow();
        assertEquals("党委书记", p.title());
        assertEquals(entity(a, "白石镇").key(), p.postIn().orElseThrow());
        assertEquals(1, a.posts().size(), a.posts().toString());
    }

    @Test
    void aRoleBeforeAFirmsNameIsNotPartOfIt() {
        ArticleExtraction a = one("“工期很紧。”投资方湖南青松木业有限公司董事长刘志明说。当时他在一家互联网公司上班。");
        Entity firm = entity(a, "湖南青松木业有限公司");
        assertEquals(EntityKind.ENTERPRISE, firm.kind());
        assertTrue(a.entities().stream().noneMatch(e -> e.label().equals("互联网公司")), "a phrase about some firm is no name");
    }

    @Test
    void aNamedProjectKeepsTheVerbsOfItsName() {
        ArticleExtraction a = one("醴陵市推进重点工程建设,渌江大桥提质改造项目加快推进,一批项目相继开工。");
        Entity p = entity(a, "渌江大桥提质改造项目");
        assertEquals(EntityKind.PROJECT, p.kind());
        assertTrue(a.entities().stream().noneMatch(e -> e.label().equals("一批项目")));
    }

    @Test
    void aProgrammeAfterAVerbOfLaunchingIsNamedWithoutIt() {
        ArticleExtraction a = one("如今当地出台河长履职交接制度,并开展耕地土壤修复治理试点。");
        assertEquals(EntityKind.INITIATIVE, entity(a, "河长履职交接制度").kind());
        assertEquals(EntityKind.INITIATIVE, entity(a, "耕地土壤修复治理试点").kind());
    }

    @Test
    void anInvestmentConcernsTheFirmOrProjectItGoesTo() {
        ArticleExtraction a = one("醴陵市召开招商会。去年,投资15亿元的湖南湘瓷科技有限公司落户醴陵市。湘东陶瓷产业园项目总投资约8.5亿元。");
        Observation firm = a.observations().stream().filter(o -> o.concerns().equals(java.util.Optional.of(entity(a, "湖南湘瓷科技有限公司").key())))
                .findFirst().orElseThrow(() -> new AssertionError(a.observations().toString()));
        assertEquals("投资", firm.indicator());
        assertEquals(0, new java.math.BigDecimal("15").compareTo(firm.value()));
        assertEquals("亿元", firm.unit());
        assertEquals("division/430281", firm.area());
        Observation project = a.observations().stream().filter(o -> o.indicator().equals("总投资")).findFirst().orElseThrow();
        assertEquals(entity(a, "湘东陶瓷产业园项目").key(), project.concerns().orElseThrow());
        assertEquals("约8.5亿", project.valueText());
    }

    private static boolean related(ArticleExtraction a, RelationKind kind, String subject, String object) {
        return a.relations().stream().anyMatch(r -> r.kind() == kind && r.subject().equals(subject) && r.object().equals(object));
    }

    @Test
    void aTownNoDivisionIsWrittenBeforeIsATownOfTheArticlesCounty() {
        ArticleExtraction a = one("攸县今年新建三座工厂。在与莲塘坳镇相邻的皇图岭镇，一家新厂已经投产。攸县的工业在增长。");
        Entity town = entity(a, "皇图岭镇");
        assertTrue(related(a, RelationKind.PART_OF, town.key(), "division/430223"), a.relations().toString());
    }

    @Test
    void aBankBranchIsWhereItsNameSays() {
        ArticleExtraction a = one("醴陵市的发展离不开金融。中国建设银行醴陵市支行今年为企业发放贷款。");
        assertTrue(related(a, RelationKind.LOCATED_IN, entity(a, "中国建设银行醴陵市支行").key(), "division/430281"),
                a.relations().toString());
    }

    @Test
    void anEnterprisesShortNameIsAMentionOfIt() {
        ArticleExtraction a = one("湖南星火新材料科技有限公司董事长李明说，订单在增加。以位于株洲的星火新材料工厂为例，产量翻了一番。");
        Entity firm = entity(a, "湖南星火新材料科技有限公司");
        assertTrue(firm.aliases().contains("星火新材料"), firm.aliases().toString());
        assertTrue(related(a, RelationKind.LOCATED_IN, firm.key(), "division/4302"), a.relations().toString());
    }

    @Test
    void shortNamesDropTheCompanyFormTheLeadingDivisionAndABusinessWord() {
        assertEquals(List.of("湖南星火新材料科技", "星火新材料科技", "星火新材料"),
                NameEchoes.shortNames("湖南星火新材料科技有限公司", org.countygraph.extract.Gazetteer.bundled()));
        assertEquals(List.of(), NameEchoes.shortNames("星火集团", org.countygraph.extract.Gazetteer.bundled()));
    }

    @Test
    void anEnterpriseAfterPlacesAndDeIsInTheLastPlace() {
        ArticleExtraction a = one("茶陵县严塘镇的红星瓷业有限公司扩建了车间。湖南的蓝天电器有限公司也来了。");
        assertTrue(related(a, RelationKind.LOCATED_IN, entity(a, "红星瓷业有限公司").key(), entity(a, "严塘镇").key()),
                a.relations().toString());
        assertFalse(a.relations().stream().anyMatch(r -> r.kind() == RelationKind.LOCATED_IN
                && r.subject().equals(entity(a, "蓝天电器有限公司").key()) && r.object().equals("division/43")), a.relations().toString());
    }

    @Test
    void anEnterpriseTheSentenceCallsAFirmOfAPlaceIsThere() {
        ArticleExtraction a = one("红星瓷业有限公司是茶陵县第一家瓷器出口企业。蓝天电器有限公司是我们的伙伴。");
        assertTrue(related(a, RelationKind.LOCATED_IN, entity(a, "红星瓷业有限公司").key(), "division/430224"),
                a.relations().toString());
    }

    @Test
    void aFirmNamedAfterItsCityInAnArticleAboutOneCountyOfItIsInThatCounty() {
        ArticleExtraction a = one("醴陵市的陶瓷产业在壮大。株洲红星瓷业有限公司的订单排到了明年。");
        String firm = entity(a, "株洲红星瓷业有限公司").key();
        assertTrue(related(a, RelationKind.LOCATED_IN, firm, "division/430281"), a.relations().toString());
        assertFalse(related(a, RelationKind.LOCATED_IN, firm, "division/4302"), a.relations().toString());
        ArticleExtraction two = one("醴陵市和攸县的陶瓷产业在壮大。株洲红星瓷业有限公司的订单排到了明年。");
        assertTrue(related(two, RelationKind.LOCATED_IN, entity(two, "株洲红星瓷业有限公司").key(), "division/4302"),
                two.relations().toString());
    }

    @Test
    void aSentenceOpeningOnPlacesSetsTheSceneOfTheEnterpriseAfterIt() {
        ArticleExtraction a = one("湖南株洲茶陵县严塘镇，红星瓷业有限公司的车间里，工人们正忙着打包。");
        assertTrue(related(a, RelationKind.LOCATED_IN, entity(a, "红星瓷业有限公司").key(), entity(a, "严塘镇").key()),
                a.relations().toString());
    }

    private static List<String> postsOf(ArticleExtraction a, String name) {
        Entity person = entity(a, name);
        return a.posts().stream().filter(p -> p.person().equals(person.key()))
                .map(p -> p.title() + "@" + p.postIn().orElse("-")).sorted().toList();
    }

    @Test
    void aVillagesTwoPostsBeforeOneName() {
        ArticleExtraction a = one("“路修好了。”青石村党支部书记、村委会主任林秀英告诉记者。");
        assertEquals(List.of("党支部书记@" + entity(a, "青石村").key(), "村委会主任@" + entity(a, "青石村").key()),
                postsOf(a, "林秀英"));
    }

    @Test
    void aVillageNamedOnlyByTheTitlesLevelWord() {
        ArticleExtraction a = one("“日子越过越好。”白岩村党支部书记周志强介绍，村里收入在增长。");
        Entity village = entity(a, "白岩村");
        assertEquals(EntityKind.VILLAGE, village.kind());
        assertEquals(List.of("党支部书记@" + village.key()), postsOf(a, "周志强"));
    }

    @Test
    void theWordsBeforeAChairmansTitleNameAnEnterprise() {
        ArticleExtraction a = one("“游客多了。”青川古镇董事长李国华介绍。");
        assertEquals(EntityKind.ENTERPRISE, entity(a, "青川古镇").kind());
        assertEquals(List.of("董事长@" + entity(a, "青川古镇").key()), postsOf(a, "李国华"));
    }

    @Test
    void aSectionOfABodyHoldsItsChiefsPost() {
        ArticleExtraction a = one("“片区建起来了。”株洲市委组织部组织二科科长唐明远介绍。");
        assertEquals(List.of("科长@" + entity(a, "株洲市委组织部组织二科").key()), postsOf(a, "唐明远"));
    }

    private static List<String> placeNames(ArticleExtraction a) {
        return OneArticle.labels(a, EntityKind::isPlace);
    }

    @Test
    void aCountyThenATownWhoseNameHoldsTheVillageWordIsTwoPlaces() {
        ArticleExtraction a = one("在株洲市攸县张村乡石桥村，村容村貌焕然一新，通过强镇带动周边发展。");
        assertEquals(List.of("张村乡", "攸县", "株洲市", "石桥村"), placeNames(a));
    }

    @Test
    void aListOfShortNamesClosedByTheirCountAndALevelWordNamesTowns() {
        ArticleExtraction a = one("攸县推动东岭、西岭、南岭3镇联动发展，北岭、中岭5镇另有安排。");
        assertEquals(List.of("东岭镇", "南岭镇", "攸县", "西岭镇"), placeNames(a));
        assertTrue(entity(a, "西岭镇").aliases().contains("西岭"));
    }

    private static List<String> enterpriseNames(ArticleExtraction a) {
        return OneArticle.labels(a, k -> k == EntityKind.ENTERPRISE);
    }

    @Test
    void aGradeOfGoodsASystemOfAShopAndOneUnnamedShopAreNoFirms() {
        assertEquals(List.of(), enterpriseNames(one("青山县实现从基础化工到高端新材料的蝶变。")));
        assertEquals(List.of(), enterpriseNames(one("村民吴青山点开智慧农场系统，查看地块数据。")));
        assertEquals(List.of(), enterpriseNames(one("暮色中，桃源县青林镇一家民宿的露台上坐满了游客。")));
    }

    @Test
    void wordsThatRunIntoABusinessWordOrHoldAnAdverbMakeNoBrandAndKindsOfFirmOrShopWorkAreNoFirms() {
        assertEquals(List.of(), enterpriseNames(one("他获得湖南人工智能创新大赛一等奖，用上绿电，方便又环保。")));
        assertEquals(List.of(), enterpriseNames(one("县里组织交通局、公交公司等单位开会。在青林镇青石村经营超市的钱大姐笑了。")));
    }

    @Test
    void aRoleBeforeAFirmAndACountysShortNameBeforeItsLevelWord() {
        assertEquals(List.of("青禾智能科技有限公司"), enterpriseNames(one("平台建设方青禾智能科技有限公司介绍了情况。")));
        assertEquals(List.of("民和县青禾种植专业合作社"), enterpriseNames(one("说起新农机，民和县青禾种植专业合作社负责人吴青山赞不绝口。")));
    }

    @Test
    void aBranchNamedRightAfterItsCompanyIsOneFirm() {
        assertEquals(List.of("青林旅游集团有限公司青湖旅业分公司"),
                enterpriseNames(one("青林旅游集团有限公司青湖旅业分公司负责人吴青山说，游客多了。")));
    }

    @Test
    void kindsOfFarmsAndCountsOfFirmsAreNoEnterprises() {
        ArticleExtraction a = one("攸县扶持发展家庭农场和农民专业合作社，当地300多家果蔬专业合作社参加了展会，城市连锁超市也来了。");
        assertEquals(List.of(), enterpriseNames(a));
    }

    @Test
    void aNamedGuesthouseAfterItsVillageIsAnEnterprise() {
        ArticleExtraction a = one("走进攸县青岭镇新漕村青松民宿，院子里坐满了游客。");
        assertEquals(List.of("青松民宿"), enterpriseNames(a));
    }

    @Test
    void aPolicyDocumentInTitleMarksIsAnInitiativeRunByTheCityThatIssuedIt() {
        ArticleExtraction a = one("株洲市今年推进乡村建设。市里出台《村级集体经济发展激励办法》，效果明显。");
        Entity policy = entity(a, "《村级集体经济发展激励办法》");
        assertEquals(EntityKind.INITIATIVE, policy.kind());
        assertTrue(policy.aliases().contains("村级集体经济发展激励办法"), policy.aliases().toString());
        assertTrue(related(a, RelationKind.LAUNCHED_BY, policy.key(), "division/4302"), a.relations().toString());
    }

    @Test
    void aBookTitleIsNoInitiative() {
        ArticleExtraction a = one("株洲市作家出版了小说《山里的日子》，广受好评。");
        assertTrue(a.entities().stream().noneMatch(e -> e.kind() == EntityKind.INITIATIVE), a.entities().toString());
    }

    private static List<String> initiativeNames(ArticleExtraction a) {
        return OneArticle.labels(a, k -> k == EntityKind.INITIATIVE);
    }

    @Test
    void aQuotedNameKeepsItsCampaignWordAfterAFewWordsAndBeforeDeAndSingleQuotesNameTheSameInitiative() {
        ArticleExtraction a = one("更是“一渠制+一张表+一把尺”全链条节水体系的精准管控。"
                + "他说：“再通过‘一把尺’模式打通最后一公里。”全面推行的“一把尺”模式见效了。");
        assertEquals(List.of("“一把尺”模式", "“一渠制+一张表+一把尺”全链条节水体系"), initiativeNames(a));
        assertEquals(List.of(), initiativeNames(one("“青禾成长营”是该项工程的一部分。")));
    }

    @Test
    void aQuotedNameNoRuleTakesIsAnInitiativeWhenTheModelScoresItAtEvenOddsOrBetter() {
        // quoted three times, each time as the subject of what it does: a programme's brand (the quoted-phrase LinearModel)
        ArticleExtraction a = one("青川县的“山货快车”开通一年，已经覆盖28个村。村民说，“山货快车”让山里的土货卖上了好价钱。"
                + "如今，“山货快车”每周往返县城三趟。");
        assertEquals(List.of("山货快车"), initiativeNames(a));
        // quoted once, closing a sentence: a saying
        assertEquals(List.of(), initiativeNames(one("村民说，这就是“土里刨金”。")));
    }

    @Test
    void mottosProblemsAndQuotedWordsBeforeAnotherClauseAreNoInitiatives() {
        ArticleExtraction a = one("攸县坚持“一个不能掉队”，缩小“四大差距”，请“田秀才”开展政策宣讲，巩固“两不愁三保障”成果。");
        assertEquals(List.of("两不愁三保障"), initiativeNames(a));
    }

    private static List<String> personNames(ArticleExtraction a) {
        return OneArticle.labels(a, EntityKind::isPerson);
    }

    @Test
    void aPartyGroupMembershipAndAFieldOfWorkAreTitlesOfTheirBody() {
        ArticleExtraction a = one("桃源县青禾蔬菜专业合作社成立于2018年。桃源县农业农村局党组成员、副局长吴青山说，要抓好质量。"
                + "湖南青禾农业科技有限公司销售经理钱晓东带来了无人机。合作社财务主管孙丽娟介绍了收益。");
        assertEquals(List.of("党组成员@body/桃源县农业农村局", "副局长@body/桃源县农业农村局"), postsOf(a, "吴青山"));
        assertEquals(List.of("enterprise/湖南青禾农业科技有限公司"),
                a.posts().stream().filter(p -> p.person().equals(entity(a, "钱晓东").key())).map(p -> p.postIn().orElse("-")).toList());
        assertEquals(List.of("enterprise/桃源县青禾蔬菜专业合作社"),
                a.posts().stream().filter(p -> p.person().equals(entity(a, "孙丽娟").key())).map(p -> p.postIn().orElse("-")).toList());
    }

    @Test
    void aBareWordForAZoneOrAKindOfFirmRefersToTheOneOfThatKindNamedLast() {
        ArticleExtraction a = one("记者走进桃源县青山产业园，青禾科技有限公司在此落户，青禾蔬菜专业合作社也在园区旁。"
                + "园区党建专员吴晓梅说，园区积极引导企业。合作社负责人、桃源县草莓协会会长孙大海说，销路很好。"
                + "工坊负责人钱小红正在揉面。");
        assertEquals(List.of("党建专员@place/青山产业园"), postsOf(a, "吴晓梅"));
        assertTrue(postsOf(a, "孙大海").contains("负责人@enterprise/青禾蔬菜专业合作社"), postsOf(a, "孙大海").toString());
        assertEquals(List.of(), postsOf(a, "钱小红")); // 工坊 is no 科技有限公司 and no 合作社
    }

    @Test
    void aClauseOfCapacityBeforeANameAndAProjectsHeadGiveTheirPosts() {
        ArticleExtraction a = one("作为桃源县青禾水务专业合作社负责人，吴青山的首要任务就是节水。");
        assertEquals(List.of("负责人@enterprise/桃源县青禾水务专业合作社"), postsOf(a, "吴青山"));
        ArticleExtraction b = one("桃源县青禾牧光互补光储项目正在建设。项目负责人钱小红介绍，板上发电、板下放牧。");
        assertEquals(List.of("项目负责人@project/桃源县青禾牧光互补光储项目"), postsOf(b, "钱小红"));
    }

    @Test
    void aTownAfterAParticleBeforeItsTitleAndAVillagesWomensDirectorAreTheirPlacesPosts() {
        assertEquals(List.of("党委书记@place/青林乡"), postsOf(one("“现在好了。”同行的青林乡党委书记吴大海插了句嘴。"), "吴大海"));
        assertEquals(List.of("妇女主任@place/青石村"), postsOf(one("“婚事新办。”青石村妇女主任钱小红介绍。"), "钱小红"));
    }

    @Test
    void anAdverbAndAMarkedVerbAfterTwoCharactersEndTheNameAndAFarmsHeadIsTheFarms() {
        assertEquals(List.of("钱秋"), personNames(one("舞蹈队队长钱秋正带着十几名姐妹排练。")));
        ArticleExtraction a = one("青山县青禾家庭农场种了500亩小麦。农场负责人吴大海正蹲在田里。");
        assertEquals(List.of("负责人@enterprise/青禾家庭农场"), postsOf(a, "吴大海"));
    }

    @Test
    void aFirmWordWithNoNameAndAFieldsDevelopmentCompanyAreNoFirms() {
        assertEquals(List.of(), enterpriseNames(one("村里先后成立农业发展公司、旅游发展公司等经营主体。")));
        ArticleExtraction a = one("青禾农业综合开发有限公司总经理吴大海说，今年增产了。");
        assertTrue(enterpriseNames(a).stream().noneMatch(n -> n.equals("有限公司")), enterpriseNames(a).toString());
    }

    @Test
    void aBrigadeAfterItsCityIsABodyAndABareBrigadeWordBeforeATitleRefersToIt() {
        ArticleExtraction a = one("常德市消防救援支队迅速出动无人机。“无人机能评估火势范围。”支队政委吴青山说。");
        assertEquals(List.of("政委@body/常德市消防救援支队"), postsOf(a, "吴青山"));
    }

    @Test
    void aZoneNamedAfterItsCountyInsideOneWordOfTheSegmenterIsStillAZone() {
        ArticleExtraction a = one("桃源县羽毛产业园负责人王大海说，园区有企业30家。");
        assertEquals(1, a.posts().stream().filter(p -> p.person().equals(entity(a, "王大海").key())).count());
        assertEquals(EntityKind.ZONE, entity(a, "羽毛产业园").kind());
    }

    @Test
    void aNameHoldsNoParticleAndABoundCharacterAfterTwoEndsIt() {
        assertEquals(List.of(), personNames(one("每个盒子封箱前，工人都多了一道工序。")));
        assertEquals(List.of("钱贺萱"), personNames(one("10岁的钱贺萱踮着脚尖练球，她说很开心。")));
    }

    @Test
    void tibetanAndMongolianNamesHaveNoSurname() {
        assertEquals(List.of("次仁卓玛"), personNames(one("次仁卓玛手持遥控器，从容操作。")));
        assertEquals(List.of("尼玛达杰"), personNames(one("村里小伙尼玛达杰，从一开始干杂活。")));
        assertEquals(List.of("额尔敦"), personNames(one("牧民额尔敦说，今年草场好。")));
    }

    @Test
    void anAdverbAndAVerbAfterARoleWordAreNoName() {
        assertEquals(List.of(), personNames(one("让广大干部都有干事创业的舞台。")));
        assertEquals(List.of("钱倩颖"), personNames(one("镇党建办工作人员钱倩颖的手机收到预警信息。")));
    }

    @Test
    void aReporterCreditedForWritingUpIsAPerson() {
        assertEquals(List.of("吴晓东"), personNames(one("这是一段访谈。（本报记者  吴晓东整理）")));
    }

    @Test
    void aNameAfterAJobWordBeforeAnAdjectiveOrATimeWordOrAVerb() {
        assertEquals(List.of("周小梅"), personNames(one("村民周小梅熟练地缝着鞋面。")));
        assertEquals(List.of("郑海林"), personNames(one("党员郑海林每天清晨巡河。")));
        assertEquals(List.of("冯立新"), personNames(one("夜里，放映员冯立新来到安置点。")));
    }

    @Test
    void creditsAgesAndRolesAfterANameMarkPersons() {
        assertEquals(List.of("王海林"), personNames(one("以上图片均为王海林摄")));
        assertEquals(List.of("李晓红"), personNames(one("数据来源：县统计局制图：李晓红")));
        assertEquals(List.of("张秀英"), personNames(one("县一中的张秀英老师来了。")));
        assertEquals(List.of("刘桂兰"), personNames(one("58岁的刘桂兰写下第一首诗。")));
    }

    @Test
    void postsInAFederationAMuseumAndASectionOfABureau() {
        ArticleExtraction a = one("株洲市文联副主席王晓燕来了。攸县文化馆馆长赵国栋说，攸县商务局综合股股长孙立新也来了。");
        assertEquals(List.of("副主席@" + entity(a, "株洲市文联").key()), postsOf(a, "王晓燕"));
        assertEquals(List.of("馆长@" + entity(a, "攸县文化馆").key()), postsOf(a, "赵国栋"));
        assertEquals(List.of("股长@" + entity(a, "攸县商务局综合股").key()), postsOf(a, "孙立新"));
    }

    @Test
    void enterpriseNamesKeepAPlaceInParenthesesAndShortWordsAfterABoundary() {
        assertEquals(List.of("云杉（重庆）农业发展有限公司"), enterpriseNames(one("”云杉（重庆）农业发展有限公司总经理韩明说。")));
        assertEquals(List.of("攸县保丰陶瓷专业合作社"), enterpriseNames(one("她牵头成立了攸县保丰陶瓷专业合作社。")));
        assertEquals(List.of(), enterpriseNames(one("园区包括17家餐饮店、26家酒店民宿，还有20余间乡村民宿在改造。")));
    }

    @Test
    void aQuotedProgrammeBeforeItsWordAndAFormulaOfAModelAreInitiativesAPlanPeriodIsNot() {
        ArticleExtraction a = one("攸县以“党建引领+产业融合”为路径，服务“湘电入粤”工程的装备在这里造，“十五五”规划正在编制，“光伏+茶园”的基地建成了。");
        assertEquals(List.of("“湘电入粤”工程", "党建引领+产业融合"), initiativeNames(a));
    }

    @Test
    void aFirmAnArticleAboutOneCountyPlacesNowhereElseIsInThatCounty() {
        ArticleExtraction a = one("攸县发展农业。走进青禾果蔬专业合作社，工人们正在分拣。攸县的蔬菜远销各地。");
        assertTrue(related(a, RelationKind.LOCATED_IN, entity(a, "青禾果蔬专业合作社").key(), "division/430223"), a.relations().toString());
        ArticleExtraction b = one("攸县发展农业。绿源环境修复（山东）有限公司参与了试点。攸县的蔬菜远销各地。");
        assertTrue(b.relations().stream().noneMatch(r -> r.kind() == RelationKind.LOCATED_IN), b.relations().toString());
    }

    @Test
    void aFirmWrittenRightAfterItsTownIsThere() {
        ArticleExtraction a = one("走进攸县青岭镇青松民宿，院子里坐满了游客。");
        assertTrue(related(a, RelationKind.LOCATED_IN, entity(a, "青松民宿").key(), entity(a, "青岭镇").key()),
                a.relations().toString());
    }

    @Test
    void anArticleNamingItsProvinceMoreThanAnyCountyIsAboutTheProvince() {
        ArticleExtraction a = one("湖南推进共同富裕。湖南的攸县建了新路，湖南的醴陵市办了展会。全省建成巡回诊疗点1510个。");
        assertEquals(java.util.Optional.of("division/43"), a.focus());
        assertTrue(a.observations().stream().anyMatch(o -> o.area().equals("division/43")), a.observations().toString());
    }

    @Test
    void wordsForWhichOrWhatKindOfFirmNameNoFirmButACitysBankIsOne() {
        assertEquals(List.of(), enterpriseNames(one("不少银行和股份制商业银行下调了利率，猎头公司和香港上市公司也在观望，要发展国有商业银行。")));
        assertEquals(List.of("长沙商业银行"), enterpriseNames(one("长沙商业银行今年发放贷款。")));
    }

    @Test
    void aPostHeldThenIsNoPostNow() {
        ArticleExtraction a = one("1983年，时任攸县县委书记王明远力主改革。攸县县委书记李国华说，改革还在继续。");
        assertEquals(List.of(), postsOf(a, "王明远"));
        assertEquals(List.of("县委书记@division/430223"), postsOf(a, "李国华"));
    }

    @Test
    void twoCharacterSurnamesAndASurnameRepeatedBeforeAnHonorific() {
        assertEquals(List.of("欧阳立新"), personNames(one("市发改委副主任欧阳立新昨日透露，项目将开工。")));
        assertEquals(List.of("钱晓"), personNames(one("中心总监钱晓钱女士说，报名已经开始。")));
        ArticleExtraction c = one("全国人大副委员长蒋正华指出，产量很高。");
        assertEquals(List.of("副委员长@" + entity(c, "全国人大").key()), postsOf(c, "蒋正华"));
    }

    @Test
    void aChairmanHoldsHisPostInTheEnterpriseTheFindersNamedNotInItsRoleWord() {
        ArticleExtraction a = one("“预算有限。”投资方湖南青竹木业有限公司董事长张明坦言。");
        assertEquals(List.of("湖南青竹木业有限公司"), enterpriseNames(a));
        assertEquals(List.of("董事长@" + entity(a, "湖南青竹木业有限公司").key()), postsOf(a, "张明"));
    }

    @Test
    void aProjectBroughtInIsNamedWithoutWhoBroughtItAndAMechanismBuiltUpWithoutTheVerb() {
        ArticleExtraction a = one("去年，青石村引进香菇示范种植项目。景区建立起茶旅融合利益联结机制。");
        assertEquals(EntityKind.PROJECT, entity(a, "香菇示范种植项目").kind());
        assertEquals(List.of("茶旅融合利益联结机制"), initiativeNames(a));
    }

    @Test
    void anOfficialsDoingsAboutProjectsNameNoProjectAndKeepTheOfficial() {
        ArticleExtraction a = one("桃源县委书记吴青山调研项目建设。常德市市长钱大海出席项目签约仪式。");
        assertTrue(a.entities().stream().noneMatch(e -> e.kind() == EntityKind.PROJECT), a.entities().toString());
        assertEquals(List.of("县委书记@division/430725"), postsOf(a, "吴青山"));
        assertEquals(1, postsOf(a, "钱大海").size());
    }

    @Test
    void aProjectsNameLeavesOutItsRankMayStartWithItsCapacityAndAnActionOnProjectsNamesNone() {
        ArticleExtraction a = one("桃源县首个县域医疗低空配送全覆盖项目正式运行，50兆瓦青石岛风电项目已并网发电。");
        assertEquals(EntityKind.PROJECT, entity(a, "县域医疗低空配送全覆盖项目").kind());
        assertEquals(EntityKind.PROJECT, entity(a, "50兆瓦青石岛风电项目").kind());
        ArticleExtraction b = one("青石村可以向政府申请项目，还要有力有效管控高耗能高排放项目。");
        assertTrue(b.entities().stream().noneMatch(e -> e.kind() == EntityKind.PROJECT), b.entities().toString());
    }

    @Test
    void aProjectsNameLeavesOutTheFirmThatRunsItAndMayHoldAnAdverbOfQualityAndGoOnWithItsBuilding() {
        ArticleExtraction a = one("青石县青禾科技有限公司秸秆综合利用一期项目正在试运行，桃源县高标准农田改造项目落地青禾村。"
                + "总投资5亿元的青禾储能电池基地项目建设正酣。");
        assertEquals(EntityKind.PROJECT, entity(a, "秸秆综合利用一期项目").kind());
        assertEquals(EntityKind.PROJECT, entity(a, "桃源县高标准农田改造项目").kind());
        assertEquals(EntityKind.PROJECT, entity(a, "青禾储能电池基地项目").kind());
    }

    @Test
    void aNameEndsBeforeAVerbAndItsMarkerAndAUnitKeepsItsAdministrativeVerb() {
        assertEquals(List.of("雷建"), personNames(one("青禾科技有限公司副总裁雷建坐在电脑前。")));
        assertEquals(List.of("吴曼"), personNames(one("独立设计师吴曼正在画草图。")));
        ArticleExtraction a = one("”攸县城市管理综合行政执法大队大队长沈立南介绍，垃圾减少了。");
        assertEquals(List.of("大队长@" + entity(a, "攸县城市管理综合行政执法大队").key()), postsOf(a, "沈立南"));
    }

    @Test
    void aPronounStartsNoFirmsNameNorDoesAVerbOfSettingUp() {
        assertEquals(List.of(), enterpriseNames(one("他干起家庭农场，做起一人公司。")));
        ArticleExtraction a = one("”青绩科技创始人付志刚说，这种模式好。");
        assertEquals(List.of("创始人@" + entity(a, "青绩科技").key()), postsOf(a, "付志刚"));
    }

    @Test
    void aTeamOfRolesAndAQuoteBeforeAnotherClauseAreNoInitiatives() {
        ArticleExtraction a = one("攸县组成“分析师+设计师”小组，“匠心打磨”功能则把品牌做强。");
        assertEquals(List.of(), initiativeNames(a));
    }

    @Test
    void aChairmanOfOneBodyAndHeadOfAnotherHoldsBothPosts() {
        ArticleExtraction a = one("”青禾文化发展有限公司董事长、株洲市动漫产业协会会长吴立新说，形势很好。");
        assertEquals(List.of("会长@" + entity(a, "株洲市动漫产业协会").key(), "董事长@" + entity(a, "青禾文化发展有限公司").key()),
                postsOf(a, "吴立新"));
    }

    @Test
    void aFirmsTradeNameIsItsShortNameAndTheLastCharacterOfAVerbIsNoPartOfIt() {
        ArticleExtraction a = one("去年，她正式入职株洲青禾社文化创意有限公司。”青禾社负责人万立说，团队在扩大。");
        Entity firm = entity(a, "株洲青禾社文化创意有限公司");
        assertTrue(firm.aliases().contains("青禾社"), firm.aliases().toString());
        assertEquals(List.of("负责人@" + firm.key()), postsOf(a, "万立"));
    }

    @Test
    void aDivisionOfABureauHoldsItsChiefsPost() {
        ArticleExtraction a = one("”湖南省商务厅就业促进处处长孙立说，岗位增加了。");
        assertEquals(List.of("处长@" + entity(a, "湖南省商务厅就业促进处").key()), postsOf(a, "孙立"));
    }

    @Test
    void aClauseOrACommonWordBeforeABusinessWordIsNoBrand() {
        assertEquals(List.of(), enterpriseNames(one("要严格执行环保标准，积极发展科技，人工智能技术应用广泛。")));
    }

    @Test
    void aTransliteratedNameIsOnePersonAlsoKnownByItsFirstPart() {
        ArticleExtraction a = one("当地牧民艾山江·吐尔洪忙着剪羊毛。“今年收成好。”艾山江说。");
        assertEquals(List.of("艾山江·吐尔洪"), personNames(a));
        assertTrue(entity(a, "艾山江·吐尔洪").aliases().contains("艾山江"), entity(a, "艾山江·吐尔洪").aliases().toString());
    }

    @Test
    void aVillagesTitleWithNoVillageNearItIsAPostInTheVillageTheArticleIsAbout() {
        ArticleExtraction a = one("青竹镇石桥村的清晨很安静。村里种了三百亩茶。茶叶销路打开了，大家的日子好起来。“村里变了样。”村党支部书记杨立平说。");
        List<String> posts = postsOf(a, "杨立平");
        assertEquals(1, posts.size(), posts.toString());
        assertTrue(posts.get(0).endsWith("@" + entity(a, "石桥村").key()), posts.toString());
    }

    @Test
    void aTitleAfterALoneWordForCommunityIsAPostInTheCommunityNamedLast() {
        ArticleExtraction a = one("青竹街道青枫社区住着不少独居老人。那天上午，赶来走访的社区党委书记杨立平注意到一户人家没开灯。");
        assertEquals(List.of("党委书记@" + entity(a, "青枫社区").key()), postsOf(a, "杨立平"));
    }

    @Test
    void aCommunityAfterItsTownHasItsOwnPartyCommitteeNotTheTowns() {
        ArticleExtraction a = one("青竹镇青枫社区党委书记杨立平说，居民议事会每月开一次。");
        assertEquals(List.of("党委书记@" + entity(a, "青枫社区").key()), postsOf(a, "杨立平"));
        assertTrue(a.entities().stream().noneMatch(e -> e.label().equals("青竹镇青枫社区党委")), a.entities().toString());
    }

    @Test
    void aPoliticalCommissarsTitleEndsTheBodyNotItsName() {
        ArticleExtraction a = one("株洲市委常委、株洲军分区政委钱立军表示，要做深做实。");
        assertEquals(List.of("市委常委@division/4302", "政委@" + entity(a, "株洲军分区").key()),
                postsOf(a, "钱立军").stream().sorted().toList());
    }

    @Test
    void aLevelTitleAfterAVerbOfTakingAPostIsAPostInThePlaceNamedBetween() {
        ArticleExtraction a = one("前些年，退役军人钱立军回到攸县皇图岭镇青石村，担任村党支部书记。");
        assertEquals(List.of("党支部书记@" + entity(a, "青石村").key()), postsOf(a, "钱立军"));
        assertEquals(List.of(), postsOf(one("退役军人钱立军回到攸县皇图岭镇青石村，他的儿子担任村党支部书记。"), "钱立军"));
    }

    @Test
    void divisionsWrittenInFullInsideABodysNameAreMentionsAndTheBodyIsTheLastOnes() {
        ArticleExtraction a = one("（作者为湖南省株洲市攸县县委组织部干部）");
        assertTrue(a.entities().stream().anyMatch(e -> e.key().equals("division/4302")), a.entities().toString());
        assertTrue(a.entities().stream().anyMatch(e -> e.key().equals("division/430223")), a.entities().toString());
        ArticleExtraction b = one("（作者为湖南省株洲市茶陵县委组织部干部）");
        assertTrue(b.entities().stream().anyMatch(e -> e.key().equals("division/430224")), b.entities().toString());
        assertTrue(b.entities().stream().anyMatch(e -> e.label().equals("茶陵县委")), b.entities().toString());
        assertTrue(b.entities().stream().noneMatch(e -> e.label().equals("湖南省株洲市茶陵县委")), b.entities().toString());
    }

    @Test
    void aOneCharacterVillageBeforeTheVillagesOwnTitleAndAStreetOfficesHead() {
        ArticleExtraction a = one("她与湖南省攸县枣村村党支部书记钱立军决定共建食堂。");
        assertEquals(List.of("村党支部书记@" + entity(a, "枣村").key()), postsOf(a, "钱立军"));
        ArticleExtraction b = one("“居有所安。”青竹街道党工委副书记、办事处主任钱立军说。青枫村治安主任孙国秋介绍。");
        assertEquals(List.of("党工委副书记@" + entity(b, "青竹街道").key(), "办事处主任@" + entity(b, "青竹街道").key()),
                postsOf(b, "钱立军"));
        assertEquals(List.of("治安主任@" + entity(b, "青枫村").key()), postsOf(b, "孙国秋"));
    }

    @Test
    void aScienceCityIsAZoneWithItsOwnPostsAfterACountysPost() {
        ArticleExtraction a = one("攸县县委书记、青枫科学城党工委书记钱立平说，要把工作做实。");
        assertEquals(EntityKind.ZONE, entity(a, "青枫科学城").kind());
        assertEquals(java.util.Set.of("县委书记@division/430223", "党工委书记@" + entity(a, "青枫科学城").key()),
                java.util.Set.copyOf(postsOf(a, "钱立平")));
        assertTrue(one("北京有四大科学城。").entities().stream().noneMatch(e -> e.kind() == EntityKind.ZONE));
    }

    @Test
    void aBodyFoundWholeMayEndInsideTheLongestTitle() {
        ArticleExtraction a = one("攸县企业党委副书记钱立平说。");
        assertEquals(List.of("副书记@" + entity(a, "攸县企业党委").key()), postsOf(a, "钱立平"));
    }

    @Test
    void aRankOfTheCivilServiceIsAPostInTheBodyBeforeIt() {
        ArticleExtraction a = one("攸县科技局党组成员、二级调研员钱立平说。");
        String bureau = entity(a, "攸县科技局").key();
        assertEquals(java.util.Set.of("党组成员@" + bureau, "二级调研员@" + bureau), java.util.Set.copyOf(postsOf(a, "钱立平")));
    }

    @Test
    void aPostAfterIsNeedsNo的() {
        ArticleExtraction a = one("刘国庆是攸县青枫科技有限公司董事长，公司主营农机配件。");
        assertEquals(List.of("董事长@" + entity(a, "攸县青枫科技有限公司").key()), postsOf(a, "刘国庆"));
    }

    @Test
    void aShortNameWithACompanyFormOfItsOwnIsTheFullNamesFirm() {
        ArticleExtraction a = one("攸县青枫模具有限公司扩建了厂房。农商行向青枫模具公司放贷300万元。“两天就办好了。”公司总经理钱立平说。");
        Entity firm = entity(a, "攸县青枫模具有限公司");
        assertTrue(firm.aliases().contains("青枫模具公司"), firm.toString());
        assertEquals(List.of("总经理@" + firm.key()), postsOf(a, "钱立平"));
        assertEquals(1, a.entities().stream().filter(e -> e.kind() == EntityKind.ENTERPRISE).count(), a.entities().toString());
    }

    @Test
    void aWordOfGrammarBeforeAVillageIsNotItsName() {
        assertEquals(List.of("青枫村"), placeNames(one("咱青枫村的路修通了。")));
        assertEquals(List.of("青枫镇"), placeNames(one("以青枫镇为中心，带动周边发展。")));
        assertEquals(List.of(), placeNames(one("她按照村里的安排，又同社区干部商量。")));
    }

    @Test
    void aVillageBranchSecretaryIsCalled村支书() {
        ArticleExtraction a = one("“我们有种茶的习惯。”南岭村村支书钱立平说。");
        assertEquals(List.of("村支书@" + entity(a, "南岭村").key()), postsOf(a, "钱立平"));
        ArticleExtraction b = one("“我们有种茶的习惯。”80岁的南岭村老支书钱立平说。");
        assertEquals(List.of(), b.posts(), b.posts().toString());
    }

    @Test
    void aFirmWithItsPlaceOfRegistrationInParenthesesIsNamedWhole() {
        for (String name : List.of("云翎托育（株洲）有限公司", "赤羽鸿擎（株洲）空间科技有限公司", "知微技转（长沙）科技有限公司")) {
            ArticleExtraction a = one("“攸县的营商环境好！”" + name + "的产品卖得好。");
            assertEquals(List.of(name), a.entities().stream().filter(e -> e.kind() == EntityKind.ENTERPRISE).map(Entity::label).toList());
        }
        ArticleExtraction b = one("攸县引进研发企业云翎科技（湖南）有限责任公司。");
        assertEquals(EntityKind.ENTERPRISE, entity(b, "云翎科技（湖南）有限责任公司").kind());
    }

    @Test
    void aNewAreaIsAZoneNamedWithoutItsProvincesShortName() {
        ArticleExtraction a = one("株洲市委常委、青枫新区党工委书记钱立平表示，要加快发展。");
        assertEquals(EntityKind.ZONE, entity(a, "青枫新区").kind());
        assertEquals(java.util.Set.of("市委常委@division/4302", "党工委书记@" + entity(a, "青枫新区").key()),
                java.util.Set.copyOf(postsOf(a, "钱立平")));
        assertEquals(EntityKind.ZONE, entity(one("湖南青枫新区发展很快。"), "青枫新区").kind());
        assertTrue(one("青枫高新区发展很快。").entities().stream().anyMatch(e -> e.label().equals("青枫高新区")));
    }

    @Test
    void aThreeCharacterNameCutShortBeforeAFormalNumeralOrAMarkedVerbIsWhole() {
        assertTrue(personNames(one("”青竹村党支部书记钱湘伍接过话筒，“这几年变化大。”")).contains("钱湘伍"));
        assertTrue(personNames(one("”攸县人民医院医生钱秀玲扶着老人走进医疗车。")).contains("钱秀玲"));
    }

    @Test
    void aSupermarketIsNoFirmOfItsOwn() {
        ArticleExtraction a = one("村里开了便民超市，还有积分超市和爱心超市。");
        assertTrue(a.entities().stream().noneMatch(e -> e.kind() == EntityKind.ENTERPRISE), a.entities().toString());
    }

    @Test
    void aNameTheSegmenterReadsAsAVerbAfterATitleAndBeforeSpeechIsAName() {
        ArticleExtraction a = one("“零件的精度要到微米。”青竹镇党委委员管升华介绍，这一步最难。");
        assertEquals(List.of("党委委员@" + entity(a, "青竹镇").key()), postsOf(a, "管升华"));
    }

    @Test
    void aFourCharacterCommunityBeforeItsOwnBodyAndAnExecutiveViceGovernor() {
        ArticleExtraction a = one("青枫公寓社区党委书记钱立平告诉记者：“楼道里的灯都修好了。”");
        assertEquals(List.of("党委书记@" + entity(a, "青枫公寓社区").key()), postsOf(a, "钱立平"));
        ArticleExtraction b = one("“要把民生实事办好。”湖南省委常委、常务副省长钱立平介绍。");
        assertEquals(java.util.Set.of("省委常委@division/43", "常务副省长@division/43"), java.util.Set.copyOf(postsOf(b, "钱立平")));
    }

    @Test
    void aFirmOfTheCountyInATownsStoryStandsInTheTown() {
        ArticleExtraction a = one("攸县青竹镇是有名的茶叶小镇。青竹镇有三百多家企业。走进青竹镇，株洲青枫文具有限公司的车间里机器轰鸣。");
        String firm = entity(a, "株洲青枫文具有限公司").key();
        assertTrue(related(a, RelationKind.LOCATED_IN, firm, entity(a, "青竹镇").key()), a.relations().toString());
        assertFalse(related(a, RelationKind.LOCATED_IN, firm, "division/430223"), a.relations().toString());
    }

    @Test
    void aTitleAfterTheNameMayHaveItsInstitutionBefore的() {
        ArticleExtraction a = one("来自青枫农业大学的钱立平教授说，品种很好。");
        assertEquals(List.of("教授@" + entity(a, "青枫农业大学").key()), postsOf(a, "钱立平"));
    }

    @Test
    void aMemberAfterTheNameInAnArticleAboutTheTwoSessions() {
        ArticleExtraction a = one("全国两会上，代表委员热议乡村振兴。“要让农民富起来。”青枫集团董事长钱立平委员提出，要发展乡村产业。");
        assertTrue(postsOf(a, "钱立平").contains("委员@-"), postsOf(a, "钱立平").toString());
    }

    @Test
    void aScholarsNameBeforeTheTitleAndTheTeamIsAName() {
        ArticleExtraction a = one("青枫大学的钱明研究员课题组研发了新品种。");
        assertEquals(List.of("研究员@" + entity(a, "青枫大学").key()), postsOf(a, "钱明"));
    }

    @Test
    void aQuotedInitiativeIsAlsoKnownByItsNameWithTheQuotes() {
        ArticleExtraction a = one("攸县深入开展“五联五促”行动，实施“青枫工程”。");
        assertTrue(entity(a, "青枫工程").aliases().contains("“青枫工程”"), entity(a, "青枫工程").toString());
        assertTrue(entity(a, "“五联五促”行动").aliases().contains("五联五促"), entity(a, "“五联五促”行动").toString());
    }

    @Test
    void aVillageNameMayHoldACharacterThatIsElsewhereAFunctionWord() {
        ArticleExtraction a = one("我们与南和兴社区党支部书记钱立平坐在一起。");
        assertEquals(List.of("党支部书记@" + entity(a, "南和兴社区").key()), postsOf(a, "钱立平"));
        ArticleExtraction b = one("北向荣村党支部书记钱立平说，村里修了路。");
        assertEquals(List.of("党支部书记@" + entity(b, "北向荣村").key()), postsOf(b, "钱立平"));
        ArticleExtraction c = one("张庄和李庄村都很美。");
        assertTrue(c.entities().stream().noneMatch(e -> e.label().contains("和")), c.entities().toString());
    }

    @Test
    void aVerbAfterARoleWordIsNoNameUnlessAFormOfAddressFollows() {
        assertEquals(List.of(), personNames(one("老钱和儿子商量：“你回来吧。”")));
        assertEquals(List.of(), personNames(one("主持人请在座委员齐举手表决。")));
        assertEquals(List.of("王欢迎"), personNames(one("市民王欢迎先生的女朋友不慎丢了钱包。")));
    }

    @Test
    void aCommunityATownshipBeforeItsOwnOfficeAndACentralVillageAreFound() {
        ArticleExtraction a = one("攸县金城社区党委书记、居委会主任钱立军说，车位变多了。");
        assertEquals(List.of("党委书记@" + entity(a, "金城社区").key(), "居委会主任@" + entity(a, "金城社区").key()), postsOf(a, "钱立军"));
        ArticleExtraction b = one("“再说两组数据。”石街乡乡长钱立军说。");
        assertEquals(EntityKind.TOWNSHIP, entity(b, "石街乡").kind());
        assertEquals(List.of("乡长@" + entity(b, "石街乡").key()), postsOf(b, "钱立军"));
        ArticleExtraction c = one("株洲中心村党委书记钱立军刚刚洽谈完合作项目。");
        assertEquals(List.of("党委书记@" + entity(c, "株洲中心村").key()), postsOf(c, "钱立军"));
        assertTrue(c.entities().stream().noneMatch(e -> e.key().equals("division/4302")), c.entities().toString());
    }

    @Test
    void aFirmIsAlsoKnownByItsNameWithoutTheDivisionsItBeginsWithButNotAsAMereKindOfFirm() {
        ArticleExtraction a = one("湖南省株洲市攸县青禾食品有限公司在扩建。株洲市攸县自来水公司也在改造管网。");
        assertTrue(entity(a, "湖南省株洲市攸县青禾食品有限公司").aliases().containsAll(
                List.of("株洲市攸县青禾食品有限公司", "攸县青禾食品有限公司", "青禾食品有限公司")), a.entities().toString());
        ArticleExtraction b = one("被赞为“最暖工厂”的湖南株洲攸县青禾糖厂负责人钱立军这样承诺。攸县青禾农机专业合作社联合社成立了。");
        assertTrue(entity(b, "湖南株洲攸县青禾糖厂").aliases().containsAll(List.of("株洲攸县青禾糖厂", "攸县青禾糖厂", "青禾糖厂")),
                b.entities().toString());
        assertTrue(b.entities().stream().anyMatch(e -> e.label().equals("攸县青禾农机专业合作社联合社")), b.entities().toString());
        Entity water = entity(a, "株洲市攸县自来水公司");
        assertTrue(water.aliases().contains("攸县自来水公司") && !water.aliases().contains("自来水公司"), water.aliases().toString());
    }

    @Test
    void aVillageMayFollowAWordOfWhereAndAVillageTitleInTheNextSentenceIsItsPost() {
        ArticleExtraction a = one("在公路旁石沙村村民孙以金琢磨着种蓝莓，迟迟拿不定主意。村党支部书记钱立军上门帮他出主意。");
        assertEquals(EntityKind.VILLAGE, entity(a, "石沙村").kind());
        assertEquals(List.of("党支部书记@" + entity(a, "石沙村").key()), postsOf(a, "钱立军"));
    }

    @Test
    void aDeputysSeatAfterTheNameIsAPostInAnArticleAboutTheCongress() {
        ArticleExtraction a = one("湖南代表团分组审议时，攸县县长钱立军代表拿出一沓照片。“桥修好了。”钱立军代表说。来自攸县的拉姆代表说：“我们那里通了高速。”");
        assertEquals(List.of("代表@-", "县长@division/430223"), postsOf(a, "钱立军"));
        assertTrue(a.entities().stream().noneMatch(e -> e.label().equals("拉姆代表")), a.entities().toString());
        ArticleExtraction b = one("攸县县长钱立军表示，项目明年投产。签约仪式上，钱立军代表县政府致辞，钱立军代表说的不是他。");
        assertEquals(List.of("县长@division/430223"), postsOf(b, "钱立军"), "no congress in the article: 代表 is the verb");
    }

    @Test
    void aProfessionInNoOrganisationIsNoPostButInOneItIs() {
        assertEquals(List.of(), postsOf(one("冰场新添了一台制冰机，冰场设备工程师钱立军一连数日守在机房里调试。"), "钱立军"));
        ArticleExtraction a = one("攸县农业农村局高级农艺师钱立军介绍，今年小麦长势好。");
        assertEquals(List.of("高级农艺师@" + entity(a, "攸县农业农村局").key()), postsOf(a, "钱立军"));
    }

    @Test
    void aSpeakerAfterAQuotationIsANameEvenWhenTheSegmenterCutsIt() {
        assertEquals(List.of("石亚龙"), personNames(one("“今年，我接单近3万亩。”石亚龙说。")));
        assertEquals(List.of(), personNames(one("“很好。”王老汉说。“不错。”同志们说。“对。”王主任表示。")));
    }

    @Test
    void aCountysShortFormRightAfterItsProvinceIsConfirmedByTheChain() {
        ArticleExtraction a = one("村里组织大家赴湖南醴陵学习制瓷。");
        assertTrue(a.entities().stream().anyMatch(e -> e.key().equals("division/430281")), a.entities().toString());
        ArticleExtraction b = one("村里组织大家去醴陵学习制瓷。");
        assertTrue(b.entities().stream().noneMatch(e -> e.key().equals("division/430281")), "a short form alone needs its city or province");
    }

    @Test
    void villagesOfFourCharactersACommunityNamedAfterAVillageAndAVillageAfterZhu() {
        ArticleExtraction a = one("“资源要用好。”青石板栗村党支部书记钱立军接过话头。石榴村社区党委副书记孙立华介绍。县委办驻十八湾村第一书记赵立新摊开规划图。");
        assertEquals(List.of("党支部书记@" + entity(a, "青石板栗村").key()), postsOf(a, "钱立军"));
        assertEquals(List.of("党委副书记@" + entity(a, "石榴村社区").key()), postsOf(a, "孙立华"));
        assertEquals(List.of("第一书记@" + entity(a, "十八湾村").key()), postsOf(a, "赵立新"));
    }

    @Test
    void anArticleNamingSixProvincesIsAboutNoneOfThemAndItsFiguresHaveNoCounty() {
        ArticleExtraction a = one("湖南攸县、湖北应城市、广东开平市、江西井冈山市、浙江安吉县、福建长汀县都在发展。规模以上工业增加值增长6%。");
        assertTrue(a.observations().stream().noneMatch(o -> o.indicator().contains("工业增加值")), a.observations().toString());
        ArticleExtraction b = one("湖南攸县、湖北应城市都在发展。攸县是农业大县。规模以上工业增加值增长6%。");
        assertTrue(b.observations().stream().anyMatch(o -> o.indicator().contains("工业增加值") && o.area().equals("division/430223")),
                b.observations().toString());
    }

    @Test
    void figuresCountedInJinBouquetsAndTimesAreFiguresToo() {
        ArticleExtraction a = one("湖南省隆回县是产粮大县，全县年产优质稻谷8亿斤，售出鲜花300万枝，举办展会12场次。");
        assertEquals(java.util.Set.of("亿斤", "万枝", "场次"), a.observations().stream().map(Observation::unit).collect(java.util.stream.Collectors.toSet()),
                a.observations().toString());
    }

    @Test
    void aCountyWhoseNameStartsWith镇AfterItsCityIsNoTown() {
        ArticleExtraction a = one("河南省南阳市镇平县石佛寺镇是玉雕之乡。");
        assertEquals(List.of("南阳市", "河南省", "石佛寺镇", "镇平县"), placeNames(a).stream().sorted().toList());
    }

    @Test
    void aFigureOfTheWholeCountryIsNoFigureOfTheArticlesPlace() {
        ArticleExtraction a = one("湖南省隆回县是产粮大县，全县有合作社300家。全国新增城镇就业1200万人。");
        assertEquals(List.of("合作社"), a.observations().stream().map(Observation::indicator).toList());
    }

    @Test
    void aReportOnTheCountryThatNamesACountyOnceIsNotAboutThatCounty() {
        ArticleExtraction a = one("我国经济稳中向好。全国粮食产量再创新高。国内消费持续恢复。全国新增就业人数稳定。我国外贸保持增长。"
                + "湖南省隆回县代表发言。全年新增企业1200万户。");
        assertEquals(java.util.Optional.empty(), a.focus());
        assertEquals(List.of(), a.observations(), "the year's new firms are the country's, not 隆回县's");
    }

    @Test
    void aFigureWhoseSentenceNamesNoAreaIsTheTownTheStoryHappensIn() {
        ArticleExtraction a = one("湖南省隆回县青石镇是远近闻名的竹编之乡，全县有竹编企业30多家。青石镇的竹编作坊沿河而建。"
                + "走进青石镇，处处可见忙碌的身影。去年，竹编年产值超过2亿元。");
        String town = entity(a, "青石镇").key();
        Observation output = a.observations().stream().filter(o -> o.indicator().contains("年产值")).findFirst().orElseThrow();
        assertEquals(town, output.area()); // the town named three times, more than its county
        Observation firms = a.observations().stream().filter(o -> o.indicator().contains("企业")).findFirst().orElseThrow();
        assertEquals(entity(a, "隆回县").key(), firms.area()); // 全县 says which area
    }

    @Test
    void aCommonWordAndAVerbOfProductionBeforeTheFirmWordIsAKindOfCooperativeNotAName() {
        assertEquals(List.of("青禾果蔬专业合作社"), enterpriseNames(one("钱立军也加入了孙立华牵头的小麦种植合作社。青禾果蔬专业合作社很红火。")));
    }

    @Test
    void aStreetNamedAfterARoadOrAStreetIsATown() {
        ArticleExtraction a = one("株洲市荷塘区中山路街道的居民正在排队。");
        assertEquals(EntityKind.TOWNSHIP, entity(a, "中山路街道").kind());
        assertTrue(a.entities().stream().noneMatch(e -> e.label().equals("中山市")), a.entities().toString());
    }

    @Test
    void aSurnameWithAFormOfAddressIsNoNameAndJobWordsComeBeforeNames() {
        assertEquals(List.of(), personNames(one("村里66岁的周阿姨感慨：“日子越过越好。”")));
        assertEquals(List.of("周倩", "钱军"), personNames(one("县人民医院药师周倩举例。农户钱军带着几个人正在收割。")));
    }

    @Test
    void theFieldBetweenAnEnterpriseAndATitleIsPartOfTheTitle() {
        ArticleExtraction a = one("“产品升级了。”青禾电器集团空调研发负责人周立军介绍。");
        assertEquals(List.of("空调研发负责人@" + entity(a, "青禾电器集团").key()), postsOf(a, "周立军"));
        assertEquals(List.of(), postsOf(one("“产品升级了。”青禾电器集团中年工程师周立军介绍。"), "周立军"),
                "an age is no field, and a profession in no organisation is no post");
    }

    @Test
    void aSurnameOfTheNameDictionaryAndANameTheSegmenterRanIntoASpeechVerbAreRead() {
        assertEquals(List.of("龙清高"), personNames(one("“服务要做细。”县民政局党组书记龙清高说。")));
    }

    @Test
    void aNoteInParenthesesOnTheLastLineBelongsToTheArticle() {
        ArticleExtraction a = one("青山县发展茶产业。\n茶园扩大到三万亩，农户增收。\n（龙晓参与采写）");
        assertTrue(personNames(a).contains("龙晓"), personNames(a).toString());
    }

    @Test
    void aFirmListAfterAConjunctionAFirmFoundedAfterAVerbAndAKindOfFirmBeforeItsName() {
        ArticleExtraction a = one("青山县与中国电信、圆通等企业合作。县里整合资源成立青网集团。民营企业青善集团投资建厂。茶园成了“绿色银行”。");
        assertEquals(List.of("中国电信", "圆通", "青善集团", "青网集团"), enterpriseNames(a));
    }

    @Test
    void aProgrammePushedForwardIsAnInitiativeAnIdiomAListOfProblemsAndAMoveAreNot() {
        assertEquals(List.of("旱地改水田"), initiativeNames(one("青山县推动“旱地改水田”，粮食增产。")));
        assertEquals(List.of("一乡一品"), initiativeNames(one("青山县推行“一乡一品”。")));
        assertEquals(List.of(), initiativeNames(one("绣娘们“一砖一瓦”地建起工坊，企业“不想干、不会干、不敢干”的问题解决了，他从外地“转行”到青山县工作。")));
    }

    @Test
    void theWordsBeforeAGenericFirmWordOrASceneSettingClauseNameTheOrganisationOfATitle() {
        ArticleExtraction a = one("“口感好。”示范基地加工区内，青桂食品企业负责人杨青解释道。");
        assertEquals(List.of("负责人@" + entity(a, "青桂食品").key()), postsOf(a, "杨青"));
        ArticleExtraction b = one("在青泥塘莲藕种植基地，负责人王丽介绍，藕带很新鲜。");
        assertEquals(List.of("负责人@" + entity(b, "青泥塘莲藕种植基地").key()), postsOf(b, "王丽"));
    }

    @Test
    void aMergedBureauKeepsBothHalvesOfItsNameAndAFourCharacterTownshipHeadsItsTitle() {
        ArticleExtraction a = one("“生态好。”青山县农业农村和水利局副局长李平说。");
        assertEquals(List.of("副局长@" + entity(a, "青山县农业农村和水利局").key()), postsOf(a, "李平"));
        ArticleExtraction b = one("阿克图湖乡党委书记黄明宇介绍，情况很好。");
        assertEquals(List.of("党委书记@" + entity(b, "阿克图湖乡").key()), postsOf(b, "黄明宇"));
    }

    @Test
    void aVillagesTitleBeforeAnEnterprisesTitleIsAPostInTheVillageOfTheStory() {
        ArticleExtraction a = one("白石村的清晨很安静。“光靠煤炭走不远。”村党委副书记、青城集团总经理樊明朝坦言。");
        assertEquals(List.of("党委副书记@" + entity(a, "白石村").key(), "总经理@" + entity(a, "青城集团").key()).stream().sorted().toList(),
                postsOf(a, "樊明朝").stream().sorted().toList());
    }

    @Test
    void everyNameOfACreditListIsAPersonAndAPlacesShortFormIsNone() {
        ArticleExtraction a = one("如今在青黄口，伞业产业链齐全。青黄口镇副镇长龚建明说，订单多了。\n（人民网记者周青、李隽、王郭平参与采写）");
        assertEquals(List.of("周青", "李隽", "王郭平", "龚建明").stream().sorted().toList(), personNames(a));
    }

    @Test
    void goodsBeforeTheFirmsThatMakeThemAreNoFirms() {
        assertEquals(List.of(), enterpriseNames(one("合作社拿到化肥、农药、种子等农资生产企业的代理资质。")));
    }

    @Test
    void theHeadOfNoOrganisationFoundHoldsNoPostButATitleThatStandsAloneIsKept() {
        assertEquals(List.of(), postsOf(one("“订单多了。”项目负责人周立平说。"), "周立平"));
        assertEquals(List.of("代表性传承人@-"), postsOf(one("“手艺要传下去。”代表性传承人周立平说。"), "周立平"));
    }

    @Test
    void aCoupleNamedTogetherAndANameBeforeANegationArePersons() {
        assertEquals(List.of("张利华", "陈文青"), personNames(one("陈文青、张利华夫妇返乡打理柚园。")));
        assertEquals(List.of("王再芳"), personNames(one("青坪村村民王再芳没闲着。")));
    }

    @Test
    void aZonesTwoPostsAFirmWithItsFormInParenthesesAndAPostGivenByIsAreRead() {
        ArticleExtraction a = one("”青湖生态移民示范区党工委书记、管委会主任张修明表示，前景很好。");
        assertEquals(List.of("主任@" + entity(a, "青湖生态移民示范区管委会").key(), "党工委书记@" + entity(a, "青湖生态移民示范区").key()),
                postsOf(a, "张修明").stream().sorted().toList());
        ArticleExtraction b = one("在广东青农农业（集团）有限公司，董事长助理袁兆明打开系统。");
        assertEquals(List.of("董事长助理@" + entity(b, "广东青农农业（集团）有限公司").key()), postsOf(b, "袁兆明"));
        assertEquals(EntityKind.ENTERPRISE, entity(b, "广东青农农业（集团）有限公司").kind());
        ArticleExtraction c = one("村党支部书记周德明是青康公司的总经理，他忙着码筐。");
        assertTrue(postsOf(c, "周德明").contains("总经理@" + entity(c, "青康公司").key()), postsOf(c, "周德明").toString());
    }

    @Test
    void aVillageTitleWrittenAsVillageAndTitleAndAVillageNamedLikeACountyAreRead() {
        ArticleExtraction a = one("青水村接待游客超400万人次。青水村变了样。村党委书记张明平说，以前这里苦。");
        assertEquals(List.of("党委书记@" + entity(a, "青水村").key()), postsOf(a, "张明平"));
        ArticleExtraction b = one("江畔为啥长出桃林？醴陵村党总支书记王显平回忆，以前很穷。");
        assertEquals(EntityKind.VILLAGE, entity(b, "醴陵村").kind());
        assertEquals(List.of("党总支书记@" + entity(b, "醴陵村").key()), postsOf(b, "王显平"));
    }

    @Test
    void whereAGuestGoesAShareOfFirmsAndAVillagesCompanyNameNoFirmButAHelpersFirmIsOne() {
        assertEquals(List.of("青田电气集团"), enterpriseNames(one("电梯覆盖近半数民宿，游客李雪芳拖着箱子往民宿走。村里成立强村公司。2022年，帮扶单位青田电气集团投资。")));
        assertEquals(List.of(), personNames(one("30多名工人麻利地装箱发货。")));
    }

    @Test
    void kindsOfCooperativeAssociationsInAFirmListAndAShopInTownAreNoFirmsButAFarmAfterItsDistrictIsNamedWithoutIt() {
        assertEquals(List.of(), enterpriseNames(one("村里办起供销合作社，青湖县两级供销合作社帮忙，果蔬合作社也来了，城里超市都来收购。")));
        assertEquals(List.of(), enterpriseNames(one("伞业协会、伞业分会10多家会员企业参与了标准制定。")));
        assertEquals(List.of("青钟农场"), enterpriseNames(one("青山区青钟农场种了水稻。")));
    }

    @Test
    void aSubsidiaryKeepsItsGroupsNameAndTermsExamplesAndKindsBeforeAFirmAreNoPartOfIt() {
        assertEquals(List.of("青友集团纯碱分公司"), enterpriseNames(one("在青友集团纯碱分公司的车间里，工人在忙。")));
        assertEquals(List.of("青华纺织有限公司", "青盛科技股份有限公司"),
                enterpriseNames(one("当时的第3509工厂（现青华纺织有限公司）搬迁了。智能床生产企业青盛科技股份有限公司扩产。")));
        assertEquals(List.of(), enterpriseNames(one("家庭作坊逐步转型，注册公司，向供电公司申请迁改。")));
    }

    @Test
    void aFactoryHeadsItsChiefsTitleAndALongSceneNamesTheEnterpriseInIt() {
        ArticleExtraction a = one("”青山县青明糖厂负责人赵青峰这样承诺。");
        assertEquals(List.of("负责人@" + entity(a, "青山县青明糖厂").key()), postsOf(a, "赵青峰"));
        ArticleExtraction b = one("在青友集团钾肥分公司新材料项目智控中心，车间负责人周润泽紧盯大屏。");
        assertEquals(List.of("车间负责人@" + entity(b, "青友集团钾肥分公司").key()), postsOf(b, "周润泽"));
    }

    @Test
    void aSeatInACouncilAndAPanelWhoseNameBeginsWithAQuotationAreBothPostsButATeamsMemberIsNone() {
        ArticleExtraction a = one("湖南省政协委员、“乡村道路养护”调研小组成员钱立军一边看，一边拍照。课题团队成员孙立平说，数据还要再核。");
        assertEquals(List.of("委员@" + entity(a, "湖南省政协").key(), "成员@" + entity(a, "“乡村道路养护”调研小组").key()), postsOf(a, "钱立军"));
        assertEquals(List.of(), postsOf(a, "孙立平"));
    }

    @Test
    void aDeputyToACongressBeforeAChainIsASeatInThatCongressButAVillagersDelegateIsNone() {
        ArticleExtraction a = one("全国人大代表、攸县青禾农机有限公司董事长钱立军说，订单多了。村民代表孙立平也来了。");
        assertEquals(List.of("代表@" + entity(a, "全国人大").key(), "董事长@" + entity(a, "攸县青禾农机有限公司").key()), postsOf(a, "钱立军"));
        assertEquals(List.of(), postsOf(a, "孙立平"));
    }

    @Test
    void aTroupeAndAWorkshopBeforeATitleAreBodies() {
        ArticleExtraction a = one("石桥乡村艺术团负责人钱立军说，演出排满了。7号车间主管孙立平说，效率提高了。");
        assertEquals(List.of("负责人@" + entity(a, "石桥乡村艺术团").key()), postsOf(a, "钱立军"));
        assertEquals(List.of("主管@" + entity(a, "7号车间").key()), postsOf(a, "孙立平"));
    }

    @Test
    void aBareWordForAKindOfBodyBeforeATitleIsTheOneOfThatKindNamedBeforeButNotAMereKind() {
        ArticleExtraction a = one("攸县石桥村有个青峰岭生态林场。这几年，林场负责人钱立军带人种了两千棵树。");
        assertEquals(List.of("负责人@" + entity(a, "青峰岭生态林场").key()), postsOf(a, "钱立军"));
        ArticleExtraction b = one("村里建起社区食堂。食堂负责人孙立平说，每天有八十人来吃饭。");
        assertEquals(List.of(), postsOf(b, "孙立平"));
    }

    @Test
    void aCommitteeIsNoSeatBeforeAName() {
        ArticleExtraction a = one("据中共青山县委员会调查，国务委员钱立军到场。");
        assertEquals(List.of("钱立军"), personNames(a));
        assertEquals(List.of("国务委员@-"), postsOf(a, "钱立军"));
    }

    @Test
    void aTownBeforeATitleOfItsOwnLevelIsThePostsPlaceEvenWhenNoFinderReadIt() {
        ArticleExtraction a = one("“鱼苗放下去了。”沿潭镇镇长钱立军说。");
        assertEquals(List.of("镇长@" + entity(a, "沿潭镇").key()), postsOf(a, "钱立军"));
    }

    @Test
    void aSchoolsDepartmentNamedWithAConjunctionIsOneBody() {
        ArticleExtraction a = one("青山师范大学生命学院植物科学与技术系教授孙立平介绍，这种草耐旱。");
        assertEquals(List.of("教授@" + entity(a, "青山师范大学生命学院植物科学与技术系").key()), postsOf(a, "孙立平"));
    }

    @Test
    void aNameEndsBeforeAVerbOfPostureAndARankBeforeATitleIsPartOfIt() {
        ArticleExtraction a = one("青石村党支部书记孙峰站在田埂上说，今年稻子长得好。");
        assertEquals(List.of("孙峰"), personNames(a));
        ArticleExtraction b = one("青山市林业科学研究所二级研究员钱立军说，油茶耐旱。");
        assertEquals(List.of("二级研究员@" + entity(b, "青山市林业科学研究所").key()), postsOf(b, "钱立军"));
    }

    @Test
    void aFirmAfterTheVerbItComesFromStartsAfterIt() {
        assertEquals(List.of("天岳集团"), enterpriseNames(one("这些硬件多数产自天岳集团。")));
    }

    @Test
    void aBoundVerbCharacterAndAVerbBeforeASuffixAreInsideABodysName() {
        ArticleExtraction a = one("”青山矿区技工学校体验式研学中心主任钱立军说。");
        assertEquals(List.of("主任@" + entity(a, "青山矿区技工学校体验式研学中心").key()), postsOf(a, "钱立军"));
        ArticleExtraction b = one("”青山县栖云谷生态保护中心主任孙立平说。");
        assertEquals(List.of("主任@" + entity(b, "青山县栖云谷生态保护中心").key()), postsOf(b, "孙立平"));
    }

    @Test
    void aPhotographersNameRunsToTheWordForPhotographedButNotIntoAVerbAfterIt() {
        assertEquals(List.of("王立战"), personNames(one("（本报记者王立战摄）")));
        assertEquals(List.of("孙丽"), personNames(one("（本报通讯员孙丽参与采写）")));
    }

    @Test
    void aPostHeldThenIsNoPostEvenAfterALongBodysNameAndABodyKeepsItsPostsAcrossAnAside() {
        assertEquals(List.of(), postsOf(one("”时任青山市纪委监委驻市农业农村局纪检监察组组长孙立平说。"), "孙立平"));
        ArticleExtraction a = one("那一年，青石矿业投资有限公司（现青石绿色矿业集团有限公司）党委副书记钱立军接下了任务。");
        assertEquals(List.of("党委副书记@" + entity(a, "青石矿业投资有限公司").key()), postsOf(a, "钱立军"));
    }

    @Test
    void aBrandAndItsTradeBeforeTheHeadsTitleAreAFirm() {
        ArticleExtraction a = one("”云岫花卉负责人钱立军介绍，旺季用工翻了一番。");
        assertEquals(List.of("负责人@" + entity(a, "云岫花卉").key()), postsOf(a, "钱立军"));
        assertEquals(List.of(), postsOf(one("”基地技术负责人孙立平介绍，今年亩产提高了。"), "孙立平"));
    }

    @Test
    void aNameBeforeAWordForAnElderIsAName() {
        assertEquals(List.of("钱德厚"), personNames(one("”钱德厚老人说，新房子离卫生院很近。")));
    }

    @Test
    void aNameAfterAWordForAColleagueOrADegreeIsANameButAWordOfTimeIsNone() {
        assertEquals(List.of("钱芳"), personNames(one("职员钱芳就接到了任务。")));
        assertEquals(List.of("钱鹏"), personNames(one("归国博士钱鹏近日入职。")));
        assertEquals(List.of(), personNames(one("青年周末：您怎么看？")));
    }

    @Test
    void aHamletBeforeItsOwnBodyIsAVillageAndAPortfolioMemberOfATownsCommitteeHoldsAPostThere() {
        ArticleExtraction a = one("”石背屯党支部书记钱立军指着新修的路说。");
        assertEquals(EntityKind.VILLAGE, entity(a, "石背屯").kind());
        assertEquals(List.of("党支部书记@" + entity(a, "石背屯").key()), postsOf(a, "钱立军"));
        ArticleExtraction b = one("青石镇这几年变化大。镇党委宣传委员孙丽是石桥村的包村干部。");
        assertEquals(List.of("党委宣传委员@" + entity(b, "青石镇").key()), postsOf(b, "孙丽"));
    }

    @Test
    void aBoardByItsKindATaskBeforeItsHeadsTitleAndAPostAfterSheIsAreRead() {
        ArticleExtraction a = one("”理事会成员钱立军说，分红方案定了。");
        assertEquals(List.of("成员@" + entity(a, "理事会").key()), postsOf(a, "钱立军"));
        ArticleExtraction b = one("”株洲市农业农村局秸秆综合利用工作负责人孙立平说。");
        assertEquals(List.of("秸秆综合利用工作负责人@" + entity(b, "株洲市农业农村局").key()), postsOf(b, "孙立平"));
        ArticleExtraction c = one("采茶的是新农人钱芳，她是青禾茶叶专业合作社负责人。");
        assertEquals(List.of("负责人@" + entity(c, "青禾茶叶专业合作社").key()), postsOf(c, "钱芳"));
    }

    @Test
    void aWorkplaceWithInsideAfterItBeforeTheCommaIsTheTitlesOrganisation() {
        ArticleExtraction a = one("在青禾蜂蜜加工基地里，技术总监孙丽手把手教工人。");
        assertEquals(List.of("技术总监@" + entity(a, "青禾蜂蜜加工基地").key()), postsOf(a, "孙丽"));
    }

    @Test
    void aLineOfBusinessBeforeAFirmWordIsAKindOfFirmNotAName() {
        assertEquals(List.of(), enterpriseNames(one("村里有人办起了婚庆公司。")));
        assertEquals(List.of(), enterpriseNames(one("他又跑去注册了共富公司。")));
    }

    @Test
    void commonWordsOfALineOfBusinessBeforeAFirmWordAreAKindUnlessSomeoneHoldsAPostInIt() {
        assertEquals(List.of(), enterpriseNames(one("他把钱投给了设备维修服务公司。")));
        assertEquals(List.of(), enterpriseNames(one("村里成立了生态养鸡合作社，带动农户增收。")));
        ArticleExtraction a = one("设备维修服务公司负责人王强说，订单很多。");
        assertEquals(List.of("负责人@" + entity(a, "设备维修服务公司").key()), postsOf(a, "王强"));
        assertEquals(List.of("国家能源投资集团"), enterpriseNames(one("他在国家能源投资集团工作。")));
        // a distinguishing word of size makes a kind (大型|企业|集团); one such as 巾帼 may start a name
        assertEquals(List.of(), enterpriseNames(one("全省组建了大型物流集团。")));
        assertEquals(List.of(), enterpriseNames(one("要组建一批大型物流集团。"))); // 一批 counts firms: no 批某某集团
        assertEquals(List.of("巾帼刺绣合作社"), enterpriseNames(one("她成立巾帼刺绣合作社，招募了姐妹。")));
    }

    @Test
    void aQuotedNameRightBeforeATitleIsWhatThePostIsIn() {
        ArticleExtraction a = one("“溪畔小筑”主理人陈丽笑着说，旺季房间全满。");
        assertEquals(List.of("主理人@" + entity(a, "“溪畔小筑”").key()), postsOf(a, "陈丽"));
        ArticleExtraction b = one("“青禾书屋”创办人郑明说，书屋每天都有人来。");
        assertEquals(List.of("创办人@" + entity(b, "“青禾书屋”").key()), postsOf(b, "郑明"));
    }

    @Test
    void aNameAfterATitleMayEndInAVerbWithSpeech() {
        // the segmenter reads 祝/v 春/tg 明说/v: the name runs into 说
        ArticleExtraction a = one("青石镇镇长祝春明说，今年将加大投入。");
        assertEquals(List.of("祝春明"), personNames(a));
        assertEquals(List.of("镇长@" + entity(a, "青石镇").key()), postsOf(a, "祝春明"));
    }

    @Test
    void aPrimaryOrMiddleSchoolNamedByItsPlaceIsWhereItsHeadsPost() {
        ArticleExtraction a = one("在桃溪镇中心小学校长汪海峰看来，书屋很好。");
        assertEquals(List.of("校长@" + entity(a, "桃溪镇中心小学").key()), postsOf(a, "汪海峰"));
        ArticleExtraction b = one("柏溪中学校长罗文海表示，今年新招了老师。");
        assertEquals(List.of("校长@" + entity(b, "柏溪中学").key()), postsOf(b, "罗文海"));
        // kinds and counts of schools name none
        assertEquals(List.of(), OneArticle.labels(one("要发展普通中学和农村小学，全省已有三万多所农业中学。"), k -> k == EntityKind.ORGANIZATION));
    }

    @Test
    void aDivisionOfABureauMayJoinTwoTasksWith和() {
        ArticleExtraction a = one("”青州市文旅局市场开发和推广处处长周明远说，客流增长。");
        assertEquals(List.of("处长@" + entity(a, "青州市文旅局市场开发和推广处").key()), postsOf(a, "周明远"));
    }

    @Test
    void aCommunityNamedLikeACountyIsACommunity() {
        ArticleExtraction a = one("刚上任的安化社区党支部书记罗晓东满怀信心。"); // 安化 is 安化县's short form
        assertEquals(List.of("党支部书记@" + entity(a, "安化社区").key()), postsOf(a, "罗晓东"));
        assertEquals(EntityKind.VILLAGE, entity(a, "安化社区").kind());
    }

    @Test
    void aVillageNamedLikeAHillVillageBeforeItsPartyBranchIsAVillage() {
        ArticleExtraction a = one("柳山村党总支书记王广平介绍，今年收入增加。");
        assertEquals(List.of("党总支书记@" + entity(a, "柳山村").key()), postsOf(a, "王广平"));
    }

    @Test
    void aMergedBureauKeepsItsDivisionAfterIt() {
        ArticleExtraction a = one("湖南省住房和城乡建设厅村镇建设处副处长张明远说，很好。");
        assertEquals(List.of("副处长@" + entity(a, "湖南省住房和城乡建设厅村镇建设处").key()), postsOf(a, "张明远"));
    }

    @Test
    void aMongolianNameEndsBeforeAVerbOfSpeech() {
        ArticleExtraction a = one("旗农牧局副局长巴特尔介绍，今年牧草长势好。");
        assertEquals(List.of("巴特尔"), personNames(a));
    }

    @Test
    void aNicknameWith小RunsIntoNoName() {
        assertEquals(List.of(), personNames(one("叫我小邓就行。")));
    }

    @Test
    void aBrandLikeItemOfAListOfSectorsIsNoFirm() {
        assertEquals(List.of(), enterpriseNames(one("桃源县做强硅基新材料、智能装备等产业集群。")));
    }

    @Test
    void anItemOfAFirmListKeepsItsFirstCharacterAndAnOrdinalOpensAFirmsName() {
        assertEquals(List.of("中车电机", "时代电气"), enterpriseNames(one("时代电气、中车电机等企业落户。")));
        assertEquals(List.of("第二粮食仓储有限公司"), enterpriseNames(one("”第二粮食仓储有限公司信息部副经理李强说。")));
    }

    @Test
    void aPostAfterACommaAnd是IsThePersonsPost() {
        ArticleExtraction a = one("今年52岁的王秀兰，是青禾刺绣合作社的负责人。");
        assertEquals(List.of("负责人@" + entity(a, "青禾刺绣合作社").key()), postsOf(a, "王秀兰"));
    }

    @Test
    void anOfficeTheTextDoesNotNameIsItsBureau() {
        ArticleExtraction a = one("桃源县工业和信息化局相关科室负责人王强介绍，今年增产。");
        assertEquals(List.of("负责人@" + entity(a, "桃源县工业和信息化局").key()), postsOf(a, "王强"));
    }

    @Test
    void aTaggedNameWithASurnameOurListsLackSpeaksAfterAQuote() {
        assertEquals(List.of("应晓峰"), personNames(one("”应晓峰介绍，书屋每周都办活动。")));
        assertEquals(List.of(), personNames(one("他已经向一切有關國家表示了立场。")));
    }

    @Test
    void aRoleBetweenAChainOfTitlesAndTheNameLeavesTheTitleBeforeIt() {
        ArticleExtraction a = one("县农技推广中心果树站站长、柑橘首席农技推广专家王海涛带领团队下田。");
        assertEquals(List.of("站长@" + entity(a, "县农技推广中心果树站").key()), postsOf(a, "王海涛"));
        // a villager is a role too: the post is the title before it, in the park the article named
        ArticleExtraction b = one("走进青溪花木博览园，游客络绎不绝。“以前这里荒草丛生。”博览园负责人、石塘村村民许海生说。");
        assertEquals(List.of("负责人@" + entity(b, "青溪花木博览园").key()), postsOf(b, "许海生"));
    }

    @Test
    void aWordAfterATwoCharacterNameIsNoPartOfIt() {
        assertEquals(List.of("罗丹"), personNames(one("摘菜工人罗丹边说边忙。"))); // 边说边忙
        assertEquals(List.of("周妍"), personNames(one("社区干事周妍亮出调研数据。"))); // a verb and its direction: 亮出
        assertEquals(List.of("郑可"), personNames(one("同事郑可按下按钮。")));
        assertEquals(List.of("袁利"), personNames(one("村民袁利家，阳台上种满了花。"))); // the home of 袁利
        assertEquals(List.of("孙良"), personNames(one("副总经理孙良正对一份程序文件进行复核。"))); // 正 before a preposition
        assertEquals(List.of("王淑芬"), personNames(one("村民代表王淑芬开了第一炮。"))); // 开了: the verb after a whole name
    }

    @Test
    void aGivenNameHoldsNoCopulaOrParticle() {
        assertEquals(List.of(), personNames(one("城里工人的收入比农民高得多，差距不小。"))); // 高|得多 after a role word
        assertEquals(List.of(), personNames(one("这些都是毛主席当年的嘱托。"))); // 都|是毛 before a title
        assertEquals(List.of(), personNames(one("这些工厂过去偏集于一方，布局很不合理。"))); // 集|于: a preposition, no surname
    }

    @Test
    void aStreetAndTwoVerbsJoinedBy而AreNoNames() {
        assertEquals(List.of(), personNames(one("在方光街与启明巷路口有家小店。")));
        assertTrue(personNames(one("老厂房围江而建，污水横流。")).stream().noneMatch(n -> n.contains("而")));
    }

    @Test
    void aListBeforeLinksOfAChainNamesSectorsButBeforeSupportingFirmsNamesFirms() {
        assertEquals(List.of(), enterpriseNames(one("园区汇聚了芯片、传感器等上下游企业。")));
        assertEquals(java.util.Set.of("青禾维科", "石岭创源"), java.util.Set.copyOf(enterpriseNames(one("青禾维科、石岭创源等配套企业应运而生。"))));
    }

    @Test
    void aBureauReferredToAsThisBureauBeforeATitleIsTheOneNamedBefore() {
        ArticleExtraction a = one("攸县市场监督管理局推出了新办法。“群众满意多了。”该局副局长孙立平说。");
        assertEquals(List.of("副局长@" + entity(a, "攸县市场监督管理局").key()), postsOf(a, "孙立平"));
    }

    @Test
    void aNamedHousingEstateAfterItsCommunityOrAParticleIsAPlaceButAClauseBeforeTheWordIsNone() {
        ArticleExtraction a = one("青石街道青枫社区锦绣花园小区，居民钱芳在浇花。");
        assertEquals(EntityKind.VILLAGE, entity(a, "锦绣花园小区").kind());
        assertEquals(EntityKind.VILLAGE, entity(one("离得最近的翠湖雅苑小区，门前车水马龙。"), "翠湖雅苑小区").kind());
        assertTrue(one("大家前往小区门口集合，我们小区的路灯也修好了。").entities().stream().noneMatch(e -> e.label().endsWith("小区")));
    }

    @Test
    void aDeputysSeatBeforeACommaAndAChainOfPlacesIsAPostToo() {
        ArticleExtraction a = one("全国人大代表，湖南省株洲市攸县石桥镇青禾村党支部书记钱立军说，村里修了路。");
        assertEquals(java.util.Set.of("党支部书记@" + entity(a, "青禾村").key(), "代表@" + entity(a, "全国人大").key()), java.util.Set.copyOf(postsOf(a, "钱立军")));
        ArticleExtraction b = one("湖南省政协委员，攸县青禾农机有限公司董事长孙立平说，订单多了。");
        assertEquals(java.util.Set.of("董事长@" + entity(b, "攸县青禾农机有限公司").key(), "委员@" + entity(b, "湖南省政协").key()), java.util.Set.copyOf(postsOf(b, "孙立平")));
    }

    @Test
    void aBareWordForAKindOfBodyBeforeATitleIsTheBodyNamedInFullBefore() {
        ArticleExtraction a = one("走进青禾县智慧物流中转仓，分拣线转动。中转仓负责人吴德胜说，效率提高了。");
        assertEquals(List.of("负责人@" + entity(a, "青禾县智慧物流中转仓").key()), postsOf(a, "吴德胜"));
        ArticleExtraction b = one("石门县治沙试验站建在沙漠边。试验站技术负责人李国忠介绍，品种很多。");
        assertEquals(List.of("负责人@" + entity(b, "石门县治沙试验站").key()), postsOf(b, "李国忠"));
    }

    @Test
    void aBankBranchAParkAndACooperativeWhoseNameHoldsVerbsAreThePostsBody() {
        ArticleExtraction a = one("“贷款放得快。”农业银行青禾县支行行长孙立平说。");
        assertEquals(List.of("行长@" + entity(a, "农业银行青禾县支行").key()), postsOf(a, "孙立平"));
        ArticleExtraction b = one("青禾羽绒产业园负责人钱立军说，企业都进园了。");
        assertEquals(EntityKind.ZONE, entity(b, "青禾羽绒产业园").kind());
        assertEquals(List.of("负责人@" + entity(b, "青禾羽绒产业园").key()), postsOf(b, "钱立军"));
        ArticleExtraction c = one("“亩产超800斤。”青山致富种植专业合作社社长王秀兰说。");
        assertEquals(EntityKind.ENTERPRISE, entity(c, "青山致富种植专业合作社").kind());
        assertEquals(List.of("社长@" + entity(c, "青山致富种植专业合作社").key()), postsOf(c, "王秀兰"));
    }

    @Test
    void aTransliteratedNameAfterATitleMayBeginWithAPieceTheSegmenterReadsAsAnOrganisation() {
        ArticleExtraction a = one("青河县农业农村局局长阿里木·吐尔逊介绍，棉花长势很好。");
        assertEquals(List.of("局长@" + entity(a, "青河县农业农村局").key()), postsOf(a, "阿里木·吐尔逊"));
        assertEquals(List.of("阿里甫·吐尔逊"), personNames(one("青河县农业农村局局长阿里甫·吐尔逊介绍，棉花长势很好。")));
    }

    @Test
    void aPrepositionTheSegmenterRunsIntoAFirmsNameBeforeOrAfterItsPlaceIsNoPartOfIt() {
        assertEquals(List.of("海南青禾置业有限公司"), enterpriseNames(one("眼前的景象，令海南青禾置业有限公司很振奋。")));
        assertEquals(List.of("青禾机械集团"), enterpriseNames(one("湖南以青禾机械集团为链主，构建产业链。")));
    }

    @Test
    void aPostAfter是InAUnitOfAFirmIsThePersonsPostThere() {
        ArticleExtraction a = one("执笔人王大海是青禾农投水产发展有限公司科研创新部经理，他表示很满意。");
        assertEquals(List.of("经理@" + entity(a, "青禾农投水产发展有限公司科研创新部").key()), postsOf(a, "王大海"));
    }

    @Test
    void aNameAfterAWordForAGrowerOrAWorkerIsANameButAVerbAndItsCounterAfterAWordForTradersIsNone() {
        assertEquals(List.of("钱立新"), personNames(one("“花开得好。”花农钱立新说，今年收入不错。")));
        assertEquals(List.of("郑瑞林"), personNames(one("寒潮来袭，水管员郑瑞林顶住寒冷跑遍全村。")));
        assertEquals(List.of(), personNames(one("能不能在这里给商户盖个集中夜市？")));
    }

    @Test
    void aSurnameTheSegmenterRunsIntoAVerbAfterATitleStartsANameAndABareParkIsNoFirm() {
        ArticleExtraction a = one("“订单多了。”青禾县电子信息产业园总经理贺春林前往山东招商。");
        assertEquals(List.of("总经理@" + entity(a, "青禾县电子信息产业园").key()), postsOf(a, "贺春林"));
        ArticleExtraction b = one("产业园总经理高升明前往山东招商。");
        assertEquals(List.of("高升明"), personNames(b));
        assertEquals(List.of(), enterpriseNames(b));
        assertEquals(List.of(), personNames(one("局长马上就到。书记高度重视。主任张罗着搬家。")));
    }

    @Test
    void aShopOrAnInnNamedInQuotationMarksIsAFirmButAKindAVerbOrAQuotedSchemeIsNone() {
        assertEquals(List.of("松风小院"), enterpriseNames(one("老屋摇身变成了游客抢着住的“松风小院”。")));
        assertEquals(List.of("竹影咖啡"), enterpriseNames(one("决定将一处闲置厂房改造为“竹影咖啡”。")));
        assertEquals(List.of(), enterpriseNames(one("发展“家庭农场”和“特色民宿”，还有“人才超市”。店员用“喷枪煮咖啡”吸引游客。")));
    }

    @Test
    void anEstateARestaurantAndAnExchangeByTheirNameAreFirmsButTheirKindsAreNone() {
        assertEquals(List.of("云岭咖啡庄园"), enterpriseNames(one("青溪镇云岭咖啡庄园，前两年刚种下咖啡树。")));
        assertEquals(List.of("老槐树人家餐馆"), enterpriseNames(one("游客来到老槐树人家餐馆吃饭。")));
        assertEquals(List.of("江南产权交易所"), enterpriseNames(one("砂石料通过江南产权交易所成交。")));
        assertEquals(List.of(), enterpriseNames(one("山上的咖啡庄园，赚钱也靠服务。作为全国首家大数据交易所，它建立了规则。")));
    }

    @Test
    void aFirmWordAfterACounterOrAfterAWordOfPlaceNamesAKindNotAFirm() {
        assertEquals(List.of(), enterpriseNames(one("他是一家家具公司的工程师。")));
        assertEquals(List.of(), enterpriseNames(one("当地组建6个教育集团和10个学校发展共同体。")));
        assertEquals(List.of(), enterpriseNames(one("让周边农户、外地合作社都能照搬经验。")));
    }

    @Test
    void aFirmWordAfterABareWordForTheProvinceOrTheCountyIsNoFirmsName() {
        assertEquals(List.of(), enterpriseNames(one("省数据集团、省能源集团都来参加。")));
        assertEquals(List.of(), enterpriseNames(one("他对接县供电公司，提交报装申请。")));
    }

    @Test
    void aCommonWordBeforeAWeakBusinessWordIsASectorButACoinedOneIsABrand() {
        assertEquals(List.of(), enterpriseNames(one("气象科技、未来能源和电动汽车成为热门赛道。")));
        assertEquals(List.of(), enterpriseNames(one("他说，量子科技是未来方向。")));
        assertEquals(java.util.Set.of("云翎科技", "澜石科技"), java.util.Set.copyOf(enterpriseNames(one("云翎科技、澜石科技等企业入驻。"))));
    }

    @Test
    void aWordForTheToneAfterANameIsNoPartOfIt() {
        ArticleExtraction a = one("“这是最快的船闸。”青禾船闸项目部副经理赵波语带自豪。");
        assertEquals(List.of("赵波"), personNames(a));
        assertEquals(List.of("副经理@" + entity(a, "青禾船闸项目部").key()), postsOf(a, "赵波"));
    }

    @Test
    void theHeadOfACommitteesDepartmentHoldsAPostInTheDepartment() {
        ArticleExtraction a = one("“干部强了。”茶陵县委常委、组织部部长周立新说。");
        assertEquals(java.util.Set.of("县委常委@division/430224", "部长@" + entity(a, "茶陵县委组织部").key()), java.util.Set.copyOf(postsOf(a, "周立新")));
        assertEquals(EntityKind.GOVERNMENT_BODY, entity(a, "茶陵县委组织部").kind());
        ArticleExtraction b = one("“要团结。”攸县县委常委、统战部副部长周立新说。");
        assertEquals(java.util.Set.of("县委常委@division/430223", "副部长@" + entity(b, "攸县县委统战部").key()), java.util.Set.copyOf(postsOf(b, "周立新")));
    }

    @Test
    void aBodysShortNameMayHoldAOneCharacterVerbOfTheSegmenters() {
        ArticleExtraction a = one("湖南省住建厅厅长聂海明说。");
        assertEquals(List.of("厅长@" + entity(a, "湖南省住建厅").key()), postsOf(a, "聂海明"));
        ArticleExtraction b = one("“样本送到了。”县疫控中心副主任王杜明说。");
        assertEquals(List.of("副主任@" + entity(b, "县疫控中心").key()), postsOf(b, "王杜明"));
    }

    @Test
    void aHanNameAfterATitleWhoseGivenNameIsATibetanElementKeepsItsSurnameAndLeavesTheTitle() {
        ArticleExtraction a = one("“立法有温度。”县人大常委会副主任周玉珍说。");
        assertEquals(List.of("周玉珍"), personNames(a));
        assertEquals(List.of("副主任@" + entity(a, "县人大常委会").key()), postsOf(a, "周玉珍"));
    }

    @Test
    void aSurnameTheSegmenterReadsAsAPrepositionAfterATitleStartsANameAndAProfessorAfterANameHoldsAPost() {
        ArticleExtraction a = one("今年，是青峰气象站站长于泰山与山峰相伴的第十个年头。");
        assertEquals(List.of("站长@" + entity(a, "青峰气象站").key()), postsOf(a, "于泰山"));
        assertEquals(List.of("教授@-"), postsOf(one("“叶鞘肥厚。”小麦栽培专家刘德财教授拔起一株麦苗。"), "刘德财"));
        assertEquals(List.of(), personNames(one("主席和老一代人交流。县长向大家介绍。")));
    }

    @Test
    void aZonesNameBeginsAtTheLastDivisionOfAChainBeforeIt() {
        ArticleExtraction a = one("企业落户湖南株洲青禾经济开发区。");
        assertEquals(EntityKind.ZONE, entity(a, "株洲青禾经济开发区").kind());
        assertTrue(placeNames(a).stream().noneMatch(n -> n.startsWith("湖南株洲")), placeNames(a).toString());
        assertEquals(EntityKind.ZONE, entity(one("项目位于株洲青禾产业园。"), "株洲青禾产业园").kind());
    }

    @Test
    void aBrandRightBeforeATitleIsAFirmThePostIsIn() {
        ArticleExtraction a = one("试验场上，云翎汽车工程师周立新穿着防寒服。");
        assertEquals(List.of("云翎汽车"), enterpriseNames(a));
        assertEquals(List.of("工程师@" + entity(a, "云翎汽车").key()), postsOf(a, "周立新"));
    }

    @Test
    void anAdverbAfterATwoCharacterNameIsNoThirdCharacterOfIt() {
        assertEquals(List.of("赵明"), personNames(one("食堂经理赵明忙前忙后，一边张罗一边介绍。")));
        assertEquals(List.of("孙丽"), personNames(one("小区居民孙丽直摇头。")));
    }

    @Test
    void aNamesThirdCharacterTheSegmenterReadsAsAVerbOrATermBeforeANumberIsTheNames() {
        assertEquals(List.of("吴书遇"), personNames(one("运行部工作人员吴书遇确认气象正常。")));
        assertEquals(List.of("孙燕玲"), personNames(one("高级经理孙燕玲10分钟就到了公司。")));
        assertTrue(personNames(one("“要抓落实。”市长周鼎作报告时说。")).stream().noneMatch(n -> n.endsWith("作")));
    }

    @Test
    void aMuseumsResearcherAndAProjectsCommanderHoldPostsInTheirBodies() {
        ArticleExtraction a = one("“这件铜镜很罕见。”青河市博物馆研究馆员吴明远介绍。");
        assertEquals(List.of("研究馆员@" + entity(a, "青河市博物馆").key()), postsOf(a, "吴明远"));
        ArticleExtraction b = one("青河大桥工程建设指挥部指挥长郑立言说，桥梁已合龙。");
        assertEquals(List.of("指挥长@" + entity(b, "青河大桥工程建设指挥部").key()), postsOf(b, "郑立言"));
    }

    @Test
    void aVillageWhoseNameStartsWithMinAfterATownIsNoTownsPeople() {
        ArticleExtraction a = one("正值春播时节。茶陵县石洼镇民安村，连片农田里播种机轰鸣。");
        Entity town = entity(a, "石洼镇");
        Entity village = entity(a, "民安村");
        assertEquals(EntityKind.TOWNSHIP, town.kind());
        assertEquals(EntityKind.VILLAGE, village.kind());
        assertTrue(a.relations().stream().anyMatch(r -> r.kind() == RelationKind.PART_OF && r.subject().equals(village.key())
                && r.object().equals(town.key())), a.relations().toString());
        assertTrue(placeNames(one("茶陵县石洼镇民众踊跃参加义务植树。")).stream().noneMatch(n -> n.startsWith("民")));
    }

    @Test
    void aVillageNamedWithChengIsAVillageButTheCountyTownAndCityAndCountrysideAreNot() {
        assertEquals(EntityKind.VILLAGE, entity(one("茶陵县北冈镇宫城村，古堡开城仪式准时上演。"), "宫城村").kind());
        List<String> places = placeNames(one("茶陵县城乡融合发展加快，县城镇上商铺林立。"));
        assertTrue(places.stream().noneMatch(n -> n.endsWith("城乡") || n.endsWith("城镇")), places.toString());
    }

    @Test
    void aCommunityNamedAfterItsOldVillageAfterAStreetIsOneCommunity() {
        ArticleExtraction a = one("九龙坡区石桥街道民安村社区，77岁的老人招呼大家吃饭。");
        assertEquals(EntityKind.VILLAGE, entity(a, "民安村社区").kind());
        assertTrue(placeNames(a).stream().noneMatch(n -> n.equals("民安村")), placeNames(a).toString());
    }

    @Test
    void aVillageAfterAnEllipsisOrADashStartsThere() {
        assertEquals(EntityKind.VILLAGE, entity(one("剪布料、缝纽扣、熨衣领……石源村的工坊这两天分外忙碌。"), "石源村").kind());
        assertTrue(placeNames(one("基本药物制度覆盖80%以上村卫生室。")).isEmpty());
    }

    @Test
    void scenicAreasParksAndIrrigationDistrictsAreZonesInTheDivisionBeforeThem() {
        ArticleExtraction a = one("在隰县青崖谷景区，大殿内容纳近2000尊悬塑。");
        Entity scenic = entity(a, "青崖谷景区");
        assertEquals(EntityKind.ZONE, scenic.kind());
        assertTrue(a.relations().stream().anyMatch(r -> r.kind() == RelationKind.LOCATED_IN && r.subject().equals(scenic.key())
                && r.object().equals(entity(a, "隰县").key())), a.relations().toString());
        assertEquals(EntityKind.ZONE, entity(one("眉山仁寿县鹤鸣滩灌区的第一轮供水持续约30天。"), "鹤鸣滩灌区").kind());
        assertEquals(EntityKind.ZONE, entity(one("冬日，重庆石湾湖国家湿地公园内，湖水波光粼粼。"), "石湾湖国家湿地公园").kind());
    }

    @Test
    void aKindOrGradeOfScenicAreaIsNoZone() {
        List<String> places = placeNames(one("全县有4A级景区3家，旅游景区和康养度假区游客大增，各景区人气旺，这座古城更热闹。"));
        assertTrue(places.stream().noneMatch(n -> n.endsWith("景区") || n.endsWith("度假区") || n.endsWith("古城")), places.toString());
        assertTrue(placeNames(one("陆川县古城镇的村民在古城区赶集。")).stream().noneMatch(n -> n.endsWith("古城")));
    }

    @Test
    void aZoneWrittenAfterAnotherZoneOrATownIsNamedWithoutItAndLiesThere() {
        ArticleExtraction a = one("在重庆高新区云栖青岚产业园建设工地上，数十台挖掘机轰鸣作业。");
        Entity park = entity(a, "云栖青岚产业园");
        assertEquals(EntityKind.ZONE, park.kind());
        assertTrue(a.relations().stream().anyMatch(r -> r.kind() == RelationKind.LOCATED_IN && r.subject().equals(park.key())
                && r.object().equals(entity(a, "重庆高新区").key())), a.relations().toString());
        ArticleExtraction b = one("在青崖镇茶旅融合发展片区，茶农们正在采摘首批嫩芽。");
        Entity area = entity(b, "茶旅融合发展片区");
        assertEquals(EntityKind.ZONE, area.kind());
        assertEquals(EntityKind.TOWNSHIP, entity(b, "青崖镇").kind());
    }

    @Test
    void theYuOfAVerbBeforeABusinessWordStartsNoBrand() {
        assertTrue(enterpriseNames(one("青峰公司专注于具身智能与工业机器人动力系统研发。")).stream().noneMatch(n -> n.startsWith("于")));
    }

    @Test
    void aCountedShopAfterItsTownIsNoName() {
        assertTrue(enterpriseNames(one("他的儿子在青溪镇上一家酒店上班。")).isEmpty());
    }

    @Test
    void aSubsidiaryNamedByNoFirmIsNoFirm() {
        assertTrue(enterpriseNames(one("建成后，青峰集团还将有更多子公司入驻。")).stream().noneMatch(n -> n.endsWith("子公司")));
        assertTrue(enterpriseNames(one("企业需要向金融机构提交其关联子公司无违法违规记录的证明。")).isEmpty());
        assertEquals(List.of("青岚微电子公司"), enterpriseNames(one("去年，青岚微电子公司的产值翻了一番。")));
    }

    @Test
    void aBareKindWordOpeningAChainOfPostsIsTheBodyNamedBefore() {
        ArticleExtraction a = one("入夜，晋城市青岩小镇景区，匠人上演打铁花。“打铁花带动村民增收。”景区负责人、青岩村党支部书记吴德山说。");
        assertEquals(java.util.Set.of("负责人@" + entity(a, "青岩小镇景区").key(), "党支部书记@" + entity(a, "青岩村").key()),
                new java.util.HashSet<>(postsOf(a, "吴德山")));
    }

    @Test
    void anInnOrAFarmYardBeforeATitleIsTheFirmThePostIsIn() {
        ArticleExtraction a = one("返乡创业的田园生活民宿主理人孙晓雯笑着说，来玩的人多了。");
        assertEquals(List.of("主理人@" + entity(a, "田园生活民宿").key()), postsOf(a, "孙晓雯"));
        assertEquals(EntityKind.ENTERPRISE, entity(a, "田园生活民宿").kind());
    }

    @Test
    void aListOfTradesBeforeAWordForFirmsNamesNoFirms() {
        assertTrue(enterpriseNames(one("各地应当按照本地的资源条件，分别举办采煤、发电、冶炼、化工等企业。")).isEmpty());
        assertFalse(enterpriseNames(one("青岚银行、华夏等银行的信用卡中心人士建议刷银联卡。")).isEmpty());
        assertEquals(3, enterpriseNames(one("因星火、远航、青岚三家公司在此架设线缆，线杆不堪重负。")).size());
    }

    @Test
    void aFirmNamedOnlyByWhatItDoesOrHowItIsHeldIsAKind() {
        assertEquals(List.of(), enterpriseNames(one("镇里引入专业体育公司负责运营，并请第三方检测公司核算数据，由合作银行提供贷款。")));
        assertEquals(List.of(), enterpriseNames(one("村里成立了村集体经济公司，社区成立了物业管理实体化公司。")));
        assertEquals(List.of(), enterpriseNames(one("记者获悉，许多银行已下调利率，小额贷款公司也跟进。")));
        assertEquals(List.of(), enterpriseNames(one("他入住了一家四星酒店和一家商务酒店。")));
    }

    @Test
    void aDateBeforeAFirmIsNoPartOfItsName() {
        assertEquals(List.of("青岚银行"), enterpriseNames(one("据统计，2026年青岚银行新增贷款300亿元。")));
    }

    @Test
    void aSectorOfTheLexiconOrTwoThingsJoinedBy与AreNoBrand() {
        assertEquals(List.of(), enterpriseNames(one("冷链物流和保鲜技术让好货出山，新能源汽车正平稳行驶。")));
        assertEquals(List.of(), enterpriseNames(one("产品送上自动化产线与冷链物流，鲜果千里直达。")));
    }

    @Test
    void wordsBeforeAFirmTheArticleNamesOnItsOwnAreNoPartOfIt() {
        assertEquals(List.of("青电集团"), enterpriseNames(one("青电集团是当地的龙头企业。这里距离青电集团仅8公里。")));
        assertEquals(List.of("青电集团"), enterpriseNames(one("青电集团是当地的龙头企业。当地还专门举办了一场服务青电集团的对接会。")));
        assertEquals(List.of(), enterpriseNames(one("由于审批麻烦，不一定总有公司来收购铝灰。"))); // 不 is in no firm's name
        assertEquals(List.of(), enterpriseNames(one("经过协商，涉事三公司承诺限期整改。"))); // a count of firms
    }

    @Test
    void anIslandOrAStoneHouseBeforeAHomestayWordSaysItsKind() {
        assertEquals(List.of(), enterpriseNames(one("村里发展渔家乐、海岛民宿等旅游业态，还开了石屋民宿。")));
        assertEquals(List.of(), enterpriseNames(one("旺季时，青溪村民宿一房难求。"))); // the village's homestays
    }

    @Test
    void aGroupOfStatesABlocOrALeadershipIsNoFirm() {
        assertEquals(List.of(), enterpriseNames(one("会议期间，二十国集团发表声明，北溪条约集团随之解体，青岚领导集团宣布改组。")));
    }

    @Test
    void tradesOfTwoWordsAndATaxOnFirmsNameNoFirmsWhileABrandOfThreeWordsIsOne() {
        // 节能|节水 and 交通|运输 are trades of two everyday words; the verb before the first item is no part of it
        assertEquals(List.of(), enterpriseNames(one("引导交通运输、节能节水、仓储物流等企业加快转型。")));
        // 企业所得税 is a tax on firms, the list before it fields of business
        assertEquals(List.of(), enterpriseNames(one("扩大生态修复、节能节水等企业所得税优惠目录范围。")));
        // three common nouns make a brand (青石|智能|家居), not a trade
        assertEquals(java.util.Set.of("云帆智控", "青石智能家居"), java.util.Set.copyOf(enterpriseNames(one("促成云帆智控、青石智能家居等企业落户园区。"))));
        // 化工厂 is a kind of works, and the list it stands in names kinds
        assertEquals(List.of(), enterpriseNames(one("十多年前，沿河造纸厂、化工厂等企业密布，污水横流。")));
    }

    @Test
    void aVerbOfBuildingAZoneIsNoPartOfItsName() {
        List<String> places = placeNames(one("要加快建设青岚自贸区，促进经济技术开发区创新发展，建好现代农业示范区。"));
        assertTrue(places.contains("青岚自贸区"), places.toString());
        assertTrue(places.stream().noneMatch(n -> n.startsWith("建") || n.startsWith("促进") || n.startsWith("加快")), places.toString());
    }

    @Test
    void aNameTheSegmenterTagsWithNoWordAroundItIsNoNameWhenItsCharactersMakeCommonWords() {
        assertTrue(personNames(one("继续开展退耕还林还草还湿，推进生态修复。")).isEmpty());
        assertTrue(personNames(one("在发展方向上，各地要因地制宜。")).isEmpty());
        assertTrue(personNames(one("青藏高原上，牧民们迎来了丰收。")).isEmpty());
    }
}
