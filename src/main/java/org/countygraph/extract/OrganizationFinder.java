package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds enterprises, government bodies and zones by the shape of their names.
 *
 * <ul>
 *   <li>Enterprises: a name ending in a company form ({@code …有限公司}, {@code …集团}, {@code …股份},
 *       {@code …银行…支行}), its left edge at a boundary; the segmenter's organisation names
 *       that end in such a form.</li>
 *   <li>Government bodies: a division followed by a body word ({@code 攸县县委}, {@code 荷塘区委},
 *       {@code 高新区管委会}).</li>
 *   <li>Zones: {@code …高新区}, {@code …经开区}, {@code …开发区}, {@code …工业园}, {@code …片区}.</li>
 * </ul>
 */
public final class OrganizationFinder implements MentionFinder {
    private static final String COMPANY = "(?:股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|集团公司|集团|股份公司|公司|合作社|银行(?:\\p{IsHan}{2,6}?(?:分行|支行))?|农商行|工厂|制造厂)";
    private static final Pattern COMPANY_END = Pattern.compile(COMPANY);
    private static final Pattern ZONE_END = Pattern.compile("(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|产业园区|工业园|产业园|工业集中区|示范区|片区|园区|新城|保税区|自贸区)");
    private static final Pattern BODY_AFTER = Pattern.compile("^(?:县委|区委|市委|州委|省委|旗委|党委|党工委|人民政府|政府|管委会|人大常委会|人大|政协|纪委监委|纪委|委员会|\\p{IsHan}{1,6}?(?:局|办公室|办|委|中心|所|站|巡察组))");
    private static final String LEFT_STOP = "的在和与及是了等由让把被向为对从将、，,。：:；;“”\"（）()《》【】·—";
    private static final String NOT_IN_NAME = "的在和是了等由让把被向为对从将这那些个其全各每该本我";
    private static final int MAX_NAME = 24;

    private final Segmenter segmenter;

    public OrganizationFinder(Segmenter segmenter) { this.segmenter = segmenter; }

    @Override
    public List<Candidate> find(Sentence sentence, ArticleContext context) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = segmenter.segment(t);
        byEnding(sentence, tokens, COMPANY_END, EntityKind.ENTERPRISE, 0.85, out);
        byEnding(sentence, tokens, ZONE_END, EntityKind.ZONE, 0.8, out);
        for (Token tok : tokens) {
            if (!tok.isOrganization() || tok.text().length() < 4) continue;
            if (COMPANY_END.matcher(tok.text()).find() && out.stream().noneMatch(c -> c.span().overlaps(tok.span()))) {
                out.add(Candidate.of(sentence.index(), tok.span(), EntityKind.ENTERPRISE, tok.text(), 0.7));
            }
        }
        return out;
    }

    /** Bodies right after a division or zone mention: 攸县 + 县委, 高新区 + 管委会. */
    static List<Candidate> bodiesAfter(Sentence sentence, Span head, String headName) {
        String t = sentence.text();
        Matcher m = BODY_AFTER.matcher(t).region(head.end(), t.length());
        if (!m.lookingAt()) return List.of();
        String body = m.group();
        for (int i = 0; i < body.length(); i++) if (NOT_IN_NAME.indexOf(body.charAt(i)) >= 0) return List.of();
        Span span = new Span(head.start(), m.end());
        return List.of(Candidate.of(sentence.index(), span, EntityKind.GOVERNMENT_BODY, span.of(t), 0.85));
    }

    private static void byEnding(Sentence sentence, List<Token> tokens, Pattern ending, EntityKind kind,
                                 double conf, List<Candidate> out) {
        String t = sentence.text();
        Matcher m = ending.matcher(t);
        while (m.find()) {
            int start = leftEdge(t, m.start(), tokens);
            if (m.start() - start < 2 || isCommonHead(t.substring(start, m.start()), tokens, start, m.start())) continue;
            Span span = new Span(start, m.end());
            if (out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
            out.add(Candidate.of(sentence.index(), span, kind, span.of(t), conf));
        }
    }

    /** True when the head before a name ending is one common word (产业园区, 工业园): not a name. */
    private static boolean isCommonHead(String head, List<Token> tokens, int start, int end) {
        for (int i = 0; i < head.length(); i++) if (NOT_IN_NAME.indexOf(head.charAt(i)) >= 0) return true;
        for (Token tok : tokens) {
            if (tok.span().start() == start && tok.span().end() == end) {
                return COMMON_TAGS.contains(tok.tag());
            }
        }
        return false;
    }

    /**
     * The left edge of a name that ends at {@code end}: back over name-like words to a boundary or a
     * function word (verb, preposition, numeral...), at most {@value MAX_NAME} characters.
     */
    static int leftEdge(String t, int end, List<Token> tokens) {
        int i = end;
        while (i > 0 && end - i < MAX_NAME) {
            char c = t.charAt(i - 1);
            if (LEFT_STOP.indexOf(c) >= 0 || LayoutLib.isSpace(c) || !Character.isLetterOrDigit(c)) break;
            Token tok = tokenAt(tokens, i - 1);
            if (tok != null && tok.span().end() <= end && isStopTag(tok.tag())) break;
            i--;
        }
        return i;
    }

    private static Token tokenAt(List<Token> tokens, int pos) {
        for (Token tok : tokens) if (tok.span().start() <= pos && pos < tok.span().end()) return tok;
        return null;
    }

    /** Tags of words that cannot be inside a name: verbs, prepositions, conjunctions, adverbs, particles, pronouns, numerals, measure words, time words. */
    static boolean isStopTag(String tag) {
        if (tag.equals("vn")) return false;
        char c = tag.isEmpty() ? 'x' : tag.charAt(0);
        return "vpcdurmqfwyeot".indexOf(c) >= 0;
    }

    private static final java.util.Set<String> COMMON_TAGS = java.util.Set.of("n", "vn", "a", "b", "an", "gi", "gm", "nnt", "nnd", "gg");
}
