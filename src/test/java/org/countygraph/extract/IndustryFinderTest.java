package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Industries and who develops them, on invented sentences (no phrase of the seed or dev-news texts). */
class IndustryFinderTest {
    private static ArticleExtraction one(String text) { return OneArticle.of(text); }

    private static List<String> industries(ArticleExtraction a) {
        return OneArticle.labels(a, k -> k == EntityKind.INDUSTRY);
    }

    private static List<String> develops(ArticleExtraction a) {
        return a.relations().stream().filter(r -> r.kind() == RelationKind.DEVELOPS_INDUSTRY)
                .map(r -> r.subject() + ">" + r.object()).sorted().toList();
    }

    @Test
    void fieldsGoodsAreUsedInAreNotTheAreasIndustries() {
        ArticleExtraction a = one("桃源县的树脂产品广泛应用于涂料、纺织等行业。");
        assertEquals(List.of(), industries(a));
        assertEquals(List.of(), develops(a));
    }

    @Test
    void aWordOfAreaAndABodysNameAreNoSectors() {
        assertEquals(List.of("茶叶"), industries(one("县发改委产业科很忙，攸县县域茶叶产业发展很快。")));
    }

    @Test
    void aRegionOrAFieldWrittenBeforeASectorIsNoPartOfIt() {
        assertEquals(List.of("新材料"), industries(one("珠三角新材料产业链上的企业很多。")));
        assertEquals(List.of("数字经济"), industries(one("在数字经济领域数字经济核心产业规模达50亿元。")));
    }

    @Test
    void aListOfFieldsKeepsOnlyItemsWithASectorWord() {
        assertEquals(List.of(), industries(one("完善重点领域、新兴领域监管规则，加大对薄弱环节、民生保障等领域的投入。")));
        assertEquals(List.of("新能源装备", "生物医药"), industries(one("该市在新能源装备、生物医药等领域持续发力。")));
    }

    @Test
    void frameworksQualitiesAndShareWordsBeforeAnIndustryWordAreNoSectors() {
        assertEquals(List.of(), industries(one("要加快建设现代化产业体系，支持劳动密集型产业吸纳就业，推动帮扶产业提质增效，部分行业产能仍然过剩。")));
    }

    @Test
    void produceWithAMeasureOfAcreageIsAnIndustryOfTheAreaBeforeIt() {
        ArticleExtraction a = one("宁远县脐橙种植面积超过8万亩，年产值达12亿元。");
        assertEquals(List.of("脐橙"), industries(a));
        assertEquals(List.of("division/431126>" + entityKey(a, "脐橙")), develops(a));
    }

    @Test
    void aOneCharacterProduceKeepsThePlaceNameBeforeIt() {
        assertEquals(List.of("砀山梨"), industries(one("砀山县砀山梨种植面积稳定。")));
    }

    @Test
    void kindsOfTourismWrittenWithYou() {
        assertEquals(List.of("乡村游", "自驾游", "露营游"), industries(one("国庆假期，江永县自驾游、露营游持续升温，乡村游订单翻番。")));
    }

    @Test
    void keIsTheFirstCharacterOfTheSectorName() {
        assertEquals(List.of("可降解材料"), industries(one("作为新兴可降解材料产业的一员，该县引进了多家企业。")));
    }

    @Test
    void anIndustryTheAreaOnceReliedOnIsNotDeveloped() {
        ArticleExtraction a = one("江永县曾经依赖煤炭产业。如今，江永县大力发展光伏产业。");
        assertEquals(List.of("光伏", "煤炭"), industries(a));
        assertEquals(List.of("division/431125>" + entityKey(a, "光伏")), develops(a));
    }

    @Test
    void anAreaNamedAfterTheIndustryIsTheSentencesSubjectRatherThanTheArticles() {
        ArticleExtraction a = one("江永县召开座谈会。储能产业近年增长较快，其中，江西储能产业规模位居前列。");
        assertEquals(List.of("division/36>" + entityKey(a, "储能")), develops(a));
    }

    @Test
    void aCountyNamedOnceToPlaceASceneIsNotTheFocusOfAnArticleAboutItsCity() {
        ArticleExtraction a = one("在湖南永州市江永县的一处车间里，工人正在忙碌。永州市近年来培育储能产业。永州市还引进了一批企业。");
        assertEquals(java.util.Optional.of("division/4311"), a.focus());
        ArticleExtraction b = one("江永县的一处车间里，工人正在忙碌。江永县近年来培育储能产业。永州市引进了一批企业。");
        assertEquals(java.util.Optional.of("division/431125"), b.focus());
    }

    @Test
    void aSettingWordBeforeAListQualifiesEveryItem() {
        List<String> found = industries(one("江永县发展出城镇家政、托育、养老等业态。"));
        assertTrue(found.contains("家政") && !found.contains("城镇家政"), found.toString());
    }

    @Test
    void aSectorWordInAListOfGoodsIsNoDevelopedIndustry() {
        ArticleExtraction a = one("江永县召开会议。今年起，取消风电等产品的出口补贴，有关企业利润将减少。");
        assertEquals(List.of(), develops(a));
    }

    @Test
    void realEstateKeepsItsLastCharacterAndAVerbInsideANameEndsWhatComesBefore() {
        assertEquals(List.of("房地产"), industries(one("促进房地产业平稳运行。")));
        assertEquals(List.of(), industries(one("依托本地资源发展乡村产业，长江中下游水质改善。")));
        assertEquals(List.of("高污染"), industries(one("坚决限制发展高污染产业。")));
    }

    private static String entityKey(ArticleExtraction a, String label) {
        return a.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow().key();
    }

    @Test
    void aZonesNameTheStepsOfOneChainAndPlanningVerbsAreNoSectors() {
        assertEquals(List.of(), industries(one("位于河边的某湖农旅产业片区，今年共同编制产业发展规划，形成采摘、分拣、包装完整产业链，联合多个村同类产业联建。")));
    }

    @Test
    void aSplitReferenceBeforeProduceIsNoPartOfIt() {
        assertEquals(List.of("脐橙"), industries(one("去年全片区脐橙产量超3000吨。")));
    }

    @Test
    void aSectorOfTheLexiconBeforeIndustryOrManufacturingIsOneOtherWordsAreNot() {
        assertEquals(List.of("钢铁"), industries(one("全区钢铁工业转型升级，三大钢铁工业基地建成。")));
        assertEquals(List.of(), industries(one("要积极发展社队工业和地方工业。")));
    }

    @Test
    void aSectorOfTheLexiconIsNotCutInTwoAndACountOfFirmsIsNoPartOfASector() {
        assertEquals(List.of("具身智能"), industries(one("该区大力发展具身智能产业链。")));
        assertEquals(List.of("动漫"), industries(one("园区已聚集30余家动漫产业企业。")));
    }

    @Test
    void aSectorWordInASentenceThatOnlyPassesByItNamesNoSector() {
        assertEquals(List.of(), industries(one("游客在光伏板下散步，拍照留念。")));
        assertEquals(List.of("光伏"), industries(one("攸县发展光伏，建成新基地。")));
    }

    @Test
    void aCountOfKindsAfterAListAndAVerbBeforeItsFirstItemAreNoPartOfTheSectors() {
        assertEquals(List.of("家具制造", "日用五金", "陶瓷"),
                industries(one("青山县全力巩固家具制造、陶瓷、日用五金三大特色产业优势。")));
        assertEquals(List.of("竹木"), industries(one("青山县持续做强竹木产业。")));
    }

    @Test
    void stepsOfAChainActionsAndABodyOfResearchAreNoSectors() {
        assertEquals(List.of(), industries(one("青山县形成了集种植、加工、销售于一体的全产业链。")));
        assertEquals(List.of(), industries(one("方案提出建设物流中心、推动技术升级、组建产业联盟等措施。")));
        assertEquals(List.of(), industries(one("河南省产业技术研究院协调资源。")));
    }

    @Test
    void aConjunctionAndTheDivisionsBeforeASectorAreNoPartOfIt() {
        assertEquals(List.of("农业", "文旅"), industries(one("青山县把农业产业及文旅产业纳入考核。")));
        assertEquals(List.of("家居五金"), industries(one("会上发布了湖南株洲家居五金产业的报告。")));
    }

    @Test
    void aTownAWorldAndAVerbOfWorkBeforeASectorAreNoPartOfItAndStagesOrAVerbAloneAreNoSectors() {
        assertEquals(List.of("制伞"), industries(one("去年青水镇制伞行业总产量超8亿把。")));
        assertEquals(List.of("陶瓷"), industries(one("他从事陶瓷行业近40年，青山县被誉为世界陶瓷产业聚集区。")));
        assertEquals(List.of(), industries(one("青水镇形成了包括原料供应、模具加工、整笔生产等环节在内的完整产业链。为促进产业发展，县里出台了政策。")));
    }

    @Test
    void aOneCharacterProduceKeepsItsIndustryWordAndAQualifierBeforeItIsNoPartOfIt() {
        assertEquals(List.of("竹产业", "茶产业"), industries(one("青山县将竹产业引入家具制造，又重新考量了传统茶产业。")));
        assertEquals(List.of(), industries(one("这个大产业要做强。")));
    }

    @Test
    void aVerbOfActingOnIndustriesOrAPeriodBeforeTheIndustryWordIsNoSector() {
        assertEquals(List.of(), industries(one("青山县党建赋能产业发展，并解读“十五五”时期产业发展规划。")));
    }

    @Test
    void aCharacterTheSegmenterReadsAsAVerbIsPutBackBeforeABoundMorpheme() {
        assertEquals(List.of("超纤复合新材料"), industries(one("青山县发展超纤复合新材料产业。")));
    }

    @Test
    void aListOfSectorsMayEndInACountOfThem() {
        assertEquals(List.of("新型化工", "新能源"), industries(one("青山县成立新能源、新型化工2个产业发展党工委。")));
    }

    @Test
    void theColumnNamedInAHeadlinesBracketsIsNoIndustryOfTheArticle() {
        ArticleExtraction a = one("青山稻花香（海洋经济高质量发展一线见闻）\n\n青山县的稻田里，农民正在插秧。");
        assertFalse(industries(a).contains("海洋经济"), industries(a).toString());
    }

    @Test
    void aSectorWordTheArticleNamesOnceOutsideAListIsPassedByNotReportedOn() {
        assertEquals(List.of(), industries(one("青山县引进企业建成智慧农场，还用上了北斗导航。")));
        assertEquals(List.of("北斗"), industries(one("青山县引进企业发展北斗应用，北斗终端已覆盖全县农机。")));
    }

    @Test
    void anIndustryParkAndTheMakingOfAnIndustryNameNoSector() {
        assertEquals(List.of(), industries(one("青山经济技术开发区智能装备产业园里，科技成果产业化基地也挂牌了。")));
        assertEquals(List.of("石材"), industries(one("青山县大力发展石材产业。")));
    }

    @Test
    void aListsFirstItemLosesItsVerbAndKeepsALexiconSectorWhole() {
        List<String> found = industries(one("攸县将合理布局金属新材料、氢燃料电池等产业。"));
        assertTrue(found.contains("金属新材料"), found.toString());
        assertTrue(found.stream().noneMatch(n -> n.startsWith("合理")), found.toString());
        List<String> cut = industries(one("攸县将科学布局金属新材料、具身智能及智能网联汽车、氢能等产业新赛道。"));
        assertTrue(cut.contains("具身智能及智能网联汽车"), cut.toString());
    }

    @Test
    void aVerbOfDevelopingAndOneCharacterIsNoSector() {
        assertTrue(industries(one("村里发展新产业需要用地。")).isEmpty());
    }
}
