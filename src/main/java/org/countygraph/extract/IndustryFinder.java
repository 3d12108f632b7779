package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds industries: names written with an industry word ({@code 新能源产业}, {@code 光伏行业},
 * {@code 电力电子器件及应用产业集群}, {@code 低空经济}), the items of lists that end in one
 * ({@code 高分子新材料、精细化工、绿色建材等产业}; {@code 以先进陶瓷、新型建材等为重点的绿色建材产业}), and
 * sector words of the bundled lexicon ({@code sectors.txt}).
 *
 * <p>The canonical name drops the industry word: {@code 绿色建材产业} is 绿色建材, with the written form kept as
 * an alias. Confidence: 0.85 for a name with an industry word, 0.8 for a list item, 0.7 for a bare sector word.
 */
public final class IndustryFinder implements MentionFinder {
    private static final Pattern WITH_WORD = Pattern.compile("(\\p{IsHan}{2,14}?)(产业集群|产业链|产业|行业)");
    private static final Pattern LIST_BEFORE = Pattern.compile(
            "((?:[\\p{IsHan}&&[^等]]{2,10}、)+[\\p{IsHan}&&[^等]]{2,10})(?:等)?(?:为重点的|为代表的|为主的|等)?(?:\\p{IsHan}{0,8})(?:产业|行业|领域|业态)");
    private static final Pattern ECONOMY = Pattern.compile("(\\p{IsHan}{2,4})经济");
    /** Words that are not industries even before 产业: 主导产业, 传统产业, 相关产业… */
    private static final Pattern NOT_A_SECTOR = Pattern.compile(
            "^(?:.*(?:主导|传统|优势|新兴|支柱|特色主导|接续|替代|转型|重点|相关|配套|上下游|首位|战略性|未来|现代|整个|全|各|本|该|其|这些|相关|关联|\\d)|县域|区域|地方|地区|当地|实体|全市|全省|全县|全区|城市|乡村|主导|新型|优势|特色|传统|重点|本地|龙头|全球|国内|国际|省内|市内|海外|非油|各类|多个|整体|主要|次要|不同|若干|一个|一些|其他|其它|全国.*)$");
    private static final String FUNCTION = "的在和与是了等由让把被向为对从将以、，,。：:；;“”\"（）()《》";
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:要|将|加快|大力|重点|着力|全力|积极)*(?:发展|培育|壮大|打造|做强|做大|做优|做精|推动|围绕|聚焦|推进|构建|布局|引进|支持|扶持|提升|振兴)");
    private static final Pattern REFERENCE_HEAD = Pattern.compile("^(?:全区|全县|全市|全省|全镇|该区|该县|该市|我市|我区|我县|本地|当地)");
    private static final Pattern NOT_A_SECTOR_END = Pattern.compile("(?:园区|县城|乡镇|城市|地区|区域|县域|城区|链|企业|平台)$");
    private static final Pattern ORG_AFTER = Pattern.compile("协会|商会|联盟|学会|联合会|研究会|促进会|研究院");
    /**
     * A bare sector word right before a word for firms, goods, bodies or techniques names them, not the sector:
     * 半导体企业, 建材市场, 林业科学研究院, 数字经济处, 人工智能检测.
     */
    private static final Pattern FIRM_AFTER = Pattern.compile("企业|公司|厂|材料|设备|产品|市场|价格|部门|协会|商会|二期|一期|项目|中心|平台|牵引"
            + "|科学|研究|大学|学院|学校|处|局|厅|办|系统|检测|工序|技术|设施");
    private final List<String> sectors;

    public IndustryFinder(Lexicon sectors) { this.sectors = sectors.longestFirst(); }

    @Override
    public List<Candidate> find(Sentence sentence, ArticleContext context) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = context.tokens(sentence.index());
        // each pattern needs literal words that most sentences lack: looking for them first spares a regex scan
        boolean industryWord = t.contains("产业") || t.contains("行业");
        Matcher list = LIST_BEFORE.matcher(t);
        while (t.indexOf('、') >= 0 && (industryWord || t.contains("领域") || t.contains("业态")) && list.find()) {
            int at = list.start(1);
            for (String item : list.group(1).split("、")) {
                int itemStart = at;
                at += item.length() + 1;
                int start = nameStart(t, itemStart, itemStart + item.length(), tokens);
                String written = t.substring(start, itemStart + item.length());
                String name = written.replaceFirst("(?:产业集群|产业|行业)$", "");
                if (!plausible(name) || endsInQuality(tokens, start + name.length())) continue;
                if (item.contains("的")) continue; // 区域发展的规律性: a description, not a sector
                add(out, sentence, new Span(start, start + written.length()), name, 0.8);
            }
        }
        Matcher m = WITH_WORD.matcher(t);
        while (industryWord && m.find()) {
            if (ORG_AFTER.matcher(t.substring(m.end())).lookingAt()) continue; // 光伏行业协会 is an association
            int start = nameStart(t, m.start(1), m.end(1), tokens);
            String head = t.substring(start, m.end(1));
            if (!plausible(head)) continue;
            add(out, sentence, new Span(start, m.end()), head, 0.85);
        }
        Matcher e = ECONOMY.matcher(t);
        while (t.contains("经济") && e.find()) {
            String head = trimLeft(e.group(1));
            int start = e.end(1) - head.length();
            if (!plausible(head) || !sectors.contains(head + "经济") || FIRM_AFTER.matcher(t.substring(e.end())).lookingAt()) continue;
            add(out, sentence, new Span(start, e.end()), head + "经济", 0.85);
        }
        for (String s : sectors) {
            int i = t.indexOf(s);
            while (i >= 0) {
                Span span = new Span(i, i + s.length());
                if (!FIRM_AFTER.matcher(t.substring(span.end())).lookingAt()) add(out, sentence, span, s, 0.7);
                i = t.indexOf(s, i + s.length());
            }
        }
        return out;
    }

    private static void add(List<Candidate> out, Sentence s, Span span, String name, double conf) {
        for (Candidate c : out) if (c.span().overlaps(span) && c.span().length() >= span.length()) return;
        out.removeIf(c -> c.span().overlaps(span));
        out.add(Candidate.of(s.index(), span, EntityKind.INDUSTRY, name, conf));
    }

    /**
     * Where an industry name ending at {@code end} starts: after the last function character, verb,
     * numeral, pronoun or place name before it, within {@code [from, end)}.
     */
    static int nameStart(String t, int from, int end, List<Token> tokens) {
        int start = from;
        for (int k = from; k < end; k++) if (FUNCTION.indexOf(t.charAt(k)) >= 0) start = k + 1;
        start = afterReferenceAndVerb(t, start, end);
        for (Token tok : tokens) {
            if (tok.span().end() <= start || tok.span().end() > end) continue;
            if (tok.span().start() < start) continue;
            boolean joiner = tok.text().equals("及") && tok.span().start() > start; // 电力电子器件及应用 is one name
            if (!joiner && (OrganizationFinder.isStopTag(tok.tag()) || tok.isPlace() || tok.tag().startsWith("r"))) {
                start = tok.span().end();
            }
        }
        return afterReferenceAndVerb(t, start, end);
    }

    /** Past a leading reference (全市) and a verb of developing (要做强) at {@code start}, leaving two characters at least. */
    private static int afterReferenceAndVerb(String t, int start, int end) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Pattern p : new Pattern[] {REFERENCE_HEAD, LEADING_VERB}) {
                Matcher m = p.matcher(t.substring(start, end));
                if (m.find() && m.end() > 0 && end - start - m.end() >= 2) {
                    start += m.end();
                    moved = true;
                }
            }
        }
        return start;
    }

    /** The name without function words at its left: {@code 大力发展新能源} → 新能源. */
    static String trimLeft(String s) {
        int i = 0;
        for (String verb : new String[] {"大力发展", "加快发展", "重点发展", "发展", "培育", "壮大", "打造", "做强", "做大", "推动", "围绕", "聚焦", "以", "和", "与", "及"}) {
            if (s.startsWith(verb) && s.length() - verb.length() >= 2) { i = verb.length(); break; }
        }
        String r = s.substring(i);
        int cut = -1;
        for (int k = 0; k < r.length(); k++) if (FUNCTION.indexOf(r.charAt(k)) >= 0) cut = k;
        return cut >= 0 ? r.substring(cut + 1) : r;
    }

    private static boolean plausible(String name) {
        return name.length() >= 2 && name.length() <= 12 && !NOT_A_SECTOR.matcher(name).matches()
                && !NOT_A_SECTOR_END.matcher(name).find() && !name.startsWith("型") && !name.endsWith("性")
                && !name.contains("集团") && !name.contains("公司"); // 娲石集团光谷产业园: a firm's park
    }

    /** True when the word ending at {@code end} is an adjective or adverb: 优势明显, 带动能力强 describe, not name. */
    private static boolean endsInQuality(List<Token> tokens, int end) {
        for (Token tok : tokens) {
            if (tok.span().end() == end) return tok.tag().startsWith("a") || tok.tag().startsWith("d");
        }
        return false;
    }
}
