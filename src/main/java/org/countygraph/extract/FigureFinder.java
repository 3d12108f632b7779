package org.countygraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures an article reports for an area: {@code 全区地区生产总值完成182.5亿元,同比增长4.5%} gives
 * area 石峰区 (by {@code 全区}), indicator 地区生产总值, value 182.5亿, unit 元, growth 4.5, period 上半年
 * (from the sentence).
 *
 * <p>Each figure is a number with a unit, a qualifier kept as written ({@code 超450亿}, {@code 10多}); its indicator is
 * the words between the clause start (or the area) and the verb before the number; its area the nearest division or
 * zone before it in the sentence, else the place the story happens in: a town or village the article names more often than
 * its division ({@link EconomyRelations#scene}), else the article's division. A percentage right after {@code 增长} is the growth of
 * the figure before it. Figures about an enterprise or a project ({@code 投资20亿元的…}) are left out.
 */
public final class FigureFinder {
    /** A figure read from the text, its area (and the enterprise or project it concerns, if any) by article-local ref. */
    public record FoundFigure(String areaRef, String indicator, String valueText, BigDecimal value, String unit,
                              Optional<BigDecimal> growth, Optional<String> period, int sentence, Span span, double confidence,
                              Optional<String> concernsRef) {
        FoundFigure withGrowth(BigDecimal g) {
            return new FoundFigure(areaRef, indicator, valueText, value, unit, Optional.of(g), period, sentence, span, confidence, concernsRef);
        }
    }

    /** Units of count and measure a figure may have; a longer unit before a shorter one it starts with (场次 before 场). */
    private static final String UNITS = "元|美元|%|％|个百分点|个|家|户|人次|人|名|亩|公顷|吨|项|支|处|堂|件|条|座|所|台|套|辆|倍|千瓦时|千瓦|公里"
            + "|平方米|平方公里|立方米|株|棵|头|只|箱|笔|批|斤|公斤|千克|枝|块|张|份|盏|尾|届|标箱|场次|家次|车次|次|类|场";
    private static final Pattern FIGURE = Pattern.compile(
            "(超过|超|约|近|逾|突破|多达|达到|达|共|累计)?(\\d+(?:\\.\\d+)?)(多|余)?(万|亿)?(多|余)?(" + UNITS + ")(以上|左右|多)?");
    private static final Pattern VERB_TAIL = Pattern.compile("(?:累计)?(?:完成|实现|达到|达|突破|超过|为|增至|增长|增加|新增|净增|共|有|约|近|超|是|占|已|至|到)+$");
    private static final Pattern PERIOD = Pattern.compile("(今年上半年|上半年|下半年|今年以来|一季度|二季度|三季度|四季度|前三季度|去年|今年|全年|\\d{4}年)");
    private static final Pattern PRICE = Pattern.compile("价|每斤|每亩|每吨|每公斤|每人|每户");
    /** Words of the whole country or world, which make a figure no area's of the article's: 全国粮食总产量, 我国运动员. */
    private static final Pattern NATION = Pattern.compile("全国|我国|国内|全球|世界");
    private static final String CLAUSE = ",，;；:：。、(（)）“”\"";

    /** Returns the figures of the sentences, in order; {@code scene} is the area of a figure whose sentence names none. */
    public List<FoundFigure> find(List<Sentence> ss, List<Found> found, Optional<Found> scene, ArticleContext ctx) {
        List<FoundFigure> out = new ArrayList<>();
        Found previousArea = null;
        for (Sentence s : ss) {
            String t = s.text();
            // every period holds 年 or 季, every figure an ASCII digit: looking first spares regex scans
            Matcher p = PERIOD.matcher(t);
            Optional<String> period = (t.indexOf('年') >= 0 || t.indexOf('季') >= 0) && p.find() ? Optional.of(p.group(1)) : Optional.empty();
            Matcher m = FIGURE.matcher(t);
            boolean digits = hasAsciiDigit(t);
            FoundFigure last = null;
            Found sentenceArea = null;
            while (digits && m.find()) {
                if (m.start() > 0 && (Character.isDigit(t.charAt(m.start() - 1)) || t.charAt(m.start() - 1) == '.')) continue;
                String before = t.substring(0, m.start());
                String unit = m.group(6).equals("％") ? "%" : m.group(6);
                if (unit.equals("%") && last != null && before.matches("(?s).*(?:增长|增幅|下降|提高)(?:\\(下同\\)|（下同）)?$")) {
                    BigDecimal g = new BigDecimal(m.group(2));
                    if (before.endsWith("下降")) g = g.negate();
                    out.set(out.size() - 1, last.withGrowth(g));
                    last = out.get(out.size() - 1);
                    continue;
                }
                if (isAboutSomethingElse(t, m.end(), found, s.index())) continue;
                if (m.start() > 0 && "至到~～-—".indexOf(t.charAt(m.start() - 1)) >= 0) continue; // the upper end of a range
                if (m.end() < t.length() && "至到~～-—".indexOf(t.charAt(m.end())) >= 0) continue;
                int clause = clauseStart(t, m.start());
                Found area = areaBefore(found, s.index(), m.start()).orElse(null);
                int indicatorStart = clause;
                if (area != null && area.span().end() > clause && area.span().end() <= m.start()) indicatorStart = area.span().end();
                String indicator = before.substring(indicatorStart);
                indicator = VERB_TAIL.matcher(indicator).replaceAll("");
                indicator = indicator.replaceFirst("^(?:其中|同时|此外|目前|截至目前|今年以来|今年上半年|上半年|去年|今年|累计|全年|共|已|累计完成|实现|完成|已有|现有|共有|拥有|有)+", "");
                indicator = trimLeadingFunctionWords(indicator, t, ctx.tokens(s.index()), m.start());
                indicator = indicator.replaceFirst("了$", "");
                boolean noun = indicator.length() >= 2 && (isNounPhrase(indicator, before.lastIndexOf(indicator), ctx.tokens(s.index()))
                        || startsWithNoun(indicator, before.lastIndexOf(indicator), ctx.tokens(s.index())));
                if (!noun) {
                    // 带动6600多户农民增收, 助力53个重点项目: a verb before the number, the counted thing after it
                    String thing = nounAfter(t, m.end());
                    if (thing == null || !COUNT_VERB.matcher(indicator).find()) continue;
                    indicator = indicator + thing;
                }
                if (indicator.length() < 2 || indicator.length() > 30 || !Character.isIdeographic(indicator.charAt(0))) continue;
                if (PRICE.matcher(indicator).find()) continue; // prices and rates are not figures of the area
                if (aboutAnother(found, s.index(), clause, m.start(), area) || before.substring(0, clause).contains("项目")) continue;
                if (area == null && NATION.matcher(before.substring(clause)).lookingAt()) continue; // 全国粮食总产量: the country's, not the article's place's
                if (area == null) area = previousArea;
                if (area == null) {
                    if (scene.isEmpty()) continue;
                    area = scene.get();
                }
                String qualifier = (m.group(1) == null ? "" : m.group(1)).replaceAll("^(?:达到|达|共|累计)$", "");
                String valueText = qualifier + m.group(2) + (m.group(3) == null ? "" : m.group(3)) + (m.group(4) == null ? "" : m.group(4))
                        + (m.group(5) == null ? "" : m.group(5)) + (m.group(7) == null ? "" : m.group(7));
                BigDecimal value = new BigDecimal(m.group(2));
                String fullUnit = (m.group(4) == null ? "" : m.group(4)) + unit;
                double conf = area.sentence() == s.index() ? 0.8 : 0.6;
                last = new FoundFigure(area.ref(), indicator, valueText, value, fullUnit, Optional.empty(), period, s.index(),
                        new Span(indicatorStart, m.end()), conf, Optional.empty());
                out.add(last);
                sentenceArea = area;
            }
            previousArea = sentenceArea; // a sentence of figures lends its area to the next one (…；接待…)
        }
        return out;
    }

    private static boolean hasAsciiDigit(String t) {
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) >= '0' && t.charAt(i) <= '9') return true;
        return false;
    }

    /** True when the figure qualifies the noun after it ({@code 投资20亿元的松井新材料}): not a figure of the area. */
    private static boolean isAboutSomethingElse(String t, int end, List<Found> found, int sentence) {
        return end < t.length() && t.charAt(end) == '的';
    }

    private static final Pattern COUNT_VERB = Pattern.compile("(?:带动|助力|引导|组建|建成|培育|引进|吸引|聚集|集聚|组织|动员|推动|建立|新建|培训|帮助|解决|服务|覆盖|招引|签约|落地|开工)$");

    /** The noun phrase right after a figure ({@code 6600多户}{@code 农民增收}), up to the clause end, or null. */
    private static String nounAfter(String t, int from) {
        int end = from;
        while (end < t.length() && CLAUSE.indexOf(t.charAt(end)) < 0 && end - from < 12 && Character.isIdeographic(t.charAt(end))) end++;
        return end - from >= 2 ? t.substring(from, end) : null;
    }

    /**
     * True when the indicator ends in a noun (规模以上工业增加值), not a verb or particle (推动, 也是全国, 等);
     * a one-word indicator must be a plain noun (制造 alone is a verb's noun, not a measure).
     */
    private static boolean isNounPhrase(String indicator, int at, List<Token> tokens) {
        if (at < 0 || indicator.endsWith("等") || indicator.endsWith("的")) return false;
        int end = at + indicator.length();
        for (Token tok : tokens) {
            if (tok.span().start() < end && tok.span().end() >= end) {
                String tag = tok.tag();
                boolean single = tok.span().start() <= at;
                if (single) return tag.startsWith("n") && !tag.startsWith("nr") && !tag.startsWith("ns");
                return tag.startsWith("n") || tag.equals("vn") || tag.equals("j") || tag.equals("an") || tag.startsWith("g");
            }
        }
        return false;
    }

    /** The indicator without the conjunctions, adverbs and pronouns it starts with: 但我们还成功签约引进… → 签约引进…. */
    private static String trimLeadingFunctionWords(String indicator, String t, List<Token> tokens, int limit) {
        int at = t.lastIndexOf(indicator, limit);
        if (at < 0) return indicator;
        int start = at;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Token tok : tokens) {
                if (tok.span().start() == start && tok.span().end() < at + indicator.length()) {
                    char c = tok.tagClass();
                    if ("cdrpuyeo".indexOf(c) >= 0 || tok.tag().equals("ad") || tok.text().equals("成功")) {
                        start = tok.span().end();
                        moved = true;
                    }
                }
            }
        }
        return indicator.substring(start - at);
    }

    /** True for an indicator of two or more words that starts with a noun: 科技型中小企业认定, 专项债入库. */
    private static boolean startsWithNoun(String indicator, int at, List<Token> tokens) {
        if (at < 0 || indicator.length() < 4 || indicator.endsWith("等")) return false;
        int words = 0;
        boolean nounFirst = false;
        Token last = null;
        for (Token tok : tokens) {
            if (tok.span().start() >= at && tok.span().end() <= at + indicator.length()) {
                if (words == 0) nounFirst = tok.tag().startsWith("n") || tok.tag().equals("j") || tok.tag().equals("b");
                if (tok.tag().startsWith("d")) return false; // 仅需, 已经, 预计要: a story, not a measure
                words++;
                last = tok;
            }
        }
        boolean measureEnd = last != null && (!last.tag().startsWith("v") || MEASURE_VERBS.contains(last.text()));
        return words >= 2 && nounFirst && measureEnd;
    }

    /** Verbs that end the name of a registered count: 科技型中小企业认定, 专项债入库. */
    private static final java.util.Set<String> MEASURE_VERBS = java.util.Set.of("认定", "入库", "备案", "注册", "登记", "认证", "评定");

    /** True when a person, body or enterprise is named between the area and the figure: the figure is theirs. */
    private static boolean aboutAnother(List<Found> found, int sentence, int clause, int pos, Found area) {
        for (Found f : found) {
            if (f.sentence() != sentence || f.span().end() > pos) continue;
            if (area != null && f.span().end() <= area.span().end()) continue;
            if (f.kind().isPerson() || f.kind().isOrganization() || f.kind() == EntityKind.PROJECT) return true;
        }
        return false;
    }

    private static int clauseStart(String t, int from) {
        int i = from;
        while (i > 0 && CLAUSE.indexOf(t.charAt(i - 1)) < 0) i--;
        return i;
    }

    /** The nearest division or zone mentioned before {@code pos} in the sentence. */
    /** The division or zone named last before {@code pos} in the sentence. */
    static Optional<Found> areaBefore(List<Found> found, int sentence, int pos) {
        Found best = null;
        for (Found f : found) {
            if (f.sentence() != sentence || f.span().end() > pos) continue;
            if (!(f.kind().isDivision() || f.kind() == EntityKind.ZONE)) continue;
            if (best == null || f.span().end() > best.span().end()) best = f;
        }
        return Optional.ofNullable(best);
    }
}
