package org.countygraph.serve;

import java.util.HashMap;
import java.util.Map;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Vocab;

/**
 * Built-in bilingual names of the vocabulary terms the pages show, used when the store holds no
 * ontology graph with labels of its own. Each property also has a name for its inverse, used to
 * head backlinks ("part of" is shown on the whole as "parts").
 */
final class TermNames {
    private TermNames() {}

    /** A term's Chinese and English names, and those of its inverse (for properties). */
    record Name(String zh, String en, String inverseZh, String inverseEn) {}

    private static final Map<String, Name> NAMES = new HashMap<>();

    private static void cls(String iri, String zh, String en) { NAMES.put(iri, new Name(zh, en, null, null)); }

    private static void prop(String iri, String zh, String en, String inverseZh, String inverseEn) {
        NAMES.put(iri, new Name(zh, en, inverseZh, inverseEn));
    }

    static {
        String cg = CG.NS;
        cls(cg + "Person", "人物", "Person");
        cls(cg + "Official", "官员", "Official");
        cls(cg + "Place", "地点", "Place");
        cls(cg + "AdministrativeDivision", "行政区划", "Administrative division");
        cls(cg + "Province", "省级行政区", "Province");
        cls(cg + "City", "地级行政区", "City");
        cls(cg + "County", "县级行政区", "County");
        cls(cg + "Township", "乡级行政区", "Township");
        cls(cg + "Village", "村级行政区", "Village");
        cls(cg + "Zone", "园区", "Zone");
        cls(cg + "Organization", "组织", "Organization");
        cls(cg + "Enterprise", "企业", "Enterprise");
        cls(cg + "GovernmentBody", "机关", "Government body");
        cls(cg + "Industry", "产业", "Industry");
        cls(cg + "Initiative", "举措", "Initiative");
        cls(cg + "Project", "项目", "Project");
        cls(cg + "Observation", "数据", "Figure");
        cls(cg + "Article", "文章", "Article");
        cls(cg + "SourceDocument", "来源文件", "Source document");
        cls(cg + "Sentence", "句子", "Sentence");
        cls(cg + "Mention", "提及", "Mention");
        cls(cg + "Credit", "署名", "Credit");
        cls(Vocab.ORG + "Post", "职务", "Post");
        cls(Vocab.RDF + "Statement", "陈述", "Statement");

        prop(cg + "partOf", "隶属", "part of", "下辖", "has part");
        prop(cg + "locatedIn", "位于", "located in", "位于此地", "located here");
        prop(cg + "inIndustry", "所属产业", "industry", "本产业企业", "in this industry");
        prop(cg + "developsIndustry", "发展产业", "develops industry", "发展此产业的地方", "developed by");
        prop(cg + "launchedBy", "发起方", "launched by", "发起的举措", "launched");
        prop(cg + "jurisdiction", "管辖区域", "jurisdiction", "管辖机关", "governed by");
        prop(cg + "mentions", "提及", "mentions", "见于文章", "mentioned in");
        prop(cg + "about", "关于", "about", "相关文章", "articles about it");
        prop(cg + "divisionCode", "区划代码", "division code", null, null);
        prop(cg + "title", "职务名称", "title", null, null);
        prop(cg + "publication", "刊物", "publication", null, null);
        prop(cg + "dateText", "日期", "date as written", null, null);
        prop(cg + "credit", "署名", "credit", null, null);
        prop(cg + "creditedPerson", "署名人", "credited person", "署名", "credited in");
        prop(cg + "role", "角色", "role", null, null);
        prop(cg + "sourceDocument", "来源文件", "source document", "所含文章", "articles");
        prop(cg + "articleIndex", "文章序号", "article number", null, null);
        prop(cg + "startOffset", "起始位置", "start offset", null, null);
        prop(cg + "endOffset", "结束位置", "end offset", null, null);
        prop(cg + "confidence", "置信度", "confidence", null, null);
        prop(cg + "denotes", "指称", "denotes", "提及", "mentions");
        prop(cg + "anchorText", "原文", "anchor text", null, null);
        prop(cg + "text", "文本", "text", null, null);
        prop(cg + "inArticle", "所在文章", "in article", "句子", "sentences");
        prop(cg + "refArea", "地区", "area", "数据", "figures");
        prop(cg + "indicator", "指标", "indicator", null, null);
        prop(cg + "value", "数值", "value", null, null);
        prop(cg + "valueText", "原文数值", "value as written", null, null);
        prop(cg + "unit", "单位", "unit", null, null);
        prop(cg + "period", "时期", "period", null, null);
        prop(cg + "growthRate", "增长率", "growth rate", null, null);
        prop(cg + "documentId", "文件编号", "document id", null, null);
        prop(cg + "contentHash", "内容哈希", "content hash", null, null);
        prop(cg + "hasArticle", "包含文章", "has article", "所属文件", "in document");
        prop(Vocab.ORG + "holds", "担任", "holds", "任职者", "held by");
        prop(Vocab.ORG + "heldBy", "任职者", "held by", "担任", "holds");
        prop(Vocab.ORG + "postIn", "任职单位", "post in", "职务", "posts");
        prop(Vocab.RDFS + "label", "名称", "label", null, null);
        prop(Vocab.SKOS + "altLabel", "别名", "also called", null, null);
        prop(Vocab.SKOS + "inScheme", "所属体系", "in scheme", "概念", "concepts");
        prop(Vocab.RDF + "type", "类型", "type", "实例", "instances");
        prop(Vocab.RDF + "subject", "主语", "subject", "作为主语的陈述", "statements about it");
        prop(Vocab.RDF + "predicate", "谓语", "predicate", null, null);
        prop(Vocab.RDF + "object", "宾语", "object", "作为宾语的陈述", "statements naming it");
        prop(Vocab.PROV + "wasDerivedFrom", "来源", "derived from", "依据此句的事实", "facts from it");
        prop(Vocab.SCHEMA + "headline", "标题", "headline", null, null);
        prop(Vocab.SCHEMA + "author", "作者", "author", "撰写的文章", "author of");
        prop(Vocab.SCHEMA + "editor", "编辑", "editor", "编辑的文章", "editor of");
        prop(Vocab.SCHEMA + "datePublished", "发表日期", "date published", null, null);
        prop(Vocab.SCHEMA + "url", "网址", "URL", null, null);
    }

    /** The built-in name of a term, or null when there is none. */
    static Name of(String iri) { return NAMES.get(iri); }
}
