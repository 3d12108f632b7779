package org.countygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the other mentions of persons and enterprises an article has already named with confidence: once
 * {@code 公司负责人刘小锋} is read, every later {@code 刘小锋} is a mention of the same person, even where
 * the segmenter does not propose the name; once {@code 浙江某某光能科技有限公司} is read, {@code 某某光能}
 * is the same enterprise. A transliterated name ({@code 某某提艾力·某提图尔荪}) is also known by its first part.
 */
final class NameEchoes {
    private NameEchoes() {}

    static List<Found> find(List<Found> found, List<Sentence> ss) {
        Map<String, Found> names = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.kind().isPerson() && f.confidence() >= 0.8 && f.name().length() >= 2) names.putIfAbsent(f.name(), f);
        }
        for (Found f : List.copyOf(names.values())) {
            int dot = f.name().indexOf('·'); // 某某提艾力·某提图尔荪 is 某某提艾力 for short
            if (dot >= 3) names.putIfAbsent(f.name().substring(0, dot), f);
        }
        List<Found> out = new ArrayList<>();
        for (Sentence s : ss) {
            String t = s.text();
            for (Map.Entry<String, Found> e : names.entrySet()) {
                String name = e.getKey();
                int i = t.indexOf(name);
                while (i >= 0) {
                    Span span = new Span(i, i + name.length());
                    boolean shortForm = !name.equals(e.getValue().name());
                    boolean taken = false;
                    // a short form of a transliterated name takes the place of a shorter name read inside it (某某|提艾力)
                    for (Found f : found) if (f.sentence() == s.index() && f.span().overlaps(span)
                            && !(shortForm && f.kind().isPerson() && span.contains(f.span()) && f.span().length() < span.length())) taken = true;
                    for (Found f : out) if (f.sentence() == s.index() && f.span().overlaps(span)) taken = true;
                    boolean bounded = (i == 0 || !Character.isIdeographic(t.charAt(i - 1)) || !Names.hasSurname(t.substring(i - 1)))
                            && (i + name.length() >= t.length() || Names.endsName(t, i + name.length())
                                || !Character.isIdeographic(t.charAt(i + name.length())) || name.length() >= 3);
                    if (!taken && bounded) {
                        out.add(new Found(s.index(), span, name, e.getValue().kind(), e.getValue().name(), java.util.Optional.empty(), 0.8));
                    }
                    i = t.indexOf(name, i + name.length());
                }
            }
        }
        return out;
    }

    /** Company forms a short name drops, longest first. */
    private static final String[] COMPANY_FORMS = {"集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司",
            "有限责任公司", "有限公司", "集团公司", "股份公司"};
    /** Company forms a later mention may put after a short name (某某模具公司 for 某市某某模具有限公司); a 集团 is another firm than its 有限公司. */
    private static final String[] SHORT_FORMS = {"有限公司", "公司"};
    /** Words for the form or the trade of a business, which a short name drops (longest first): 某某光能科技 → 某某光能, 某某社文化创意 → 某某社. */
    private static final String[] BUSINESS_WORDS = {"文化创意", "文化传媒", "文化发展", "农业发展", "农业科技", "生物技术", "生物科技",
            "电子商务", "信息技术", "网络科技", "智能科技", "环保科技", "新材料", "新能源", "科技", "技术", "实业", "控股", "发展", "投资",
            "集团", "文化", "传媒", "农业", "食品", "用品", "商贸", "贸易", "物流", "建设", "电子", "机械"};

    /**
     * Later mentions of an enterprise by its short name: the full name without its company form, without
     * the division it begins with, and without a business word ({@code 科技}, {@code 实业}); a short name
     * keeps at least three characters and is no division's name. A mention read inside a short name, other than an
     * organisation's, gives way to it, and an enterprise read as a short name with a company form of its own
     * ({@code 某某模具公司}) is the full name's: the caller drops what the returned mentions contain.
     */
    static List<Found> enterprises(List<Found> found, List<Sentence> ss, Gazetteer gazetteer) {
        Map<String, Found> shortNames = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.kind() != EntityKind.ENTERPRISE || f.confidence() < 0.8) continue;
            for (String shortName : shortNames(f.name(), gazetteer)) shortNames.putIfAbsent(shortName, f);
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) { // 某某模具公司 after 某市某某模具有限公司: the short name with a company form of its own
            if (f.kind() != EntityKind.ENTERPRISE) continue;
            for (String form : SHORT_FORMS) {
                if (!f.name().endsWith(form)) continue;
                Found full = shortNames.get(f.name().substring(0, f.name().length() - form.length()));
                if (full != null && !full.name().equals(f.name())) {
                    out.add(new Found(f.sentence(), f.span(), f.text(), EntityKind.ENTERPRISE, full.name(), java.util.Optional.empty(), 0.75));
                }
                break;
            }
        }
        for (Sentence s : ss) {
            String t = s.text();
            for (Map.Entry<String, Found> e : shortNames.entrySet()) {
                for (int i = t.indexOf(e.getKey()); i >= 0; i = t.indexOf(e.getKey(), i + 1)) {
                    Span span = new Span(i, i + e.getKey().length());
                    boolean taken = false;
                    // a word read inside the short name (新材料 in 星火新材料) gives way to it
                    for (Found f : found) {
                        if (f.sentence() == s.index() && f.span().overlaps(span)
                                && (!span.contains(f.span()) || f.kind().isOrganization())) taken = true;
                    }
                    for (Found f : out) if (f.sentence() == s.index() && f.span().overlaps(span)) taken = true;
                    if (!taken) out.add(new Found(s.index(), span, e.getKey(), EntityKind.ENTERPRISE, e.getValue().name(),
                            java.util.Optional.empty(), 0.75));
                }
            }
        }
        return out;
    }

    /**
     * Enterprises read with a few words of the sentence before a name the article also writes on its own (距离|某电集团,
     * 可核查|某某公司): each becomes the mention of the shorter name, the words before it dropped. Words that hold a
     * division's name (湖南|某联瓷业) or end in a level word stay a part of the name.
     */
    static List<Found> trimmedToEchoes(List<Found> found, Gazetteer gazetteer) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Found f : found) if (f.kind() == EntityKind.ENTERPRISE) names.add(f.name());
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Found kept = f;
            if (f.kind() == EntityKind.ENTERPRISE && f.name().equals(f.text())) {
                for (int cut = 1; cut <= 4 && f.name().length() - cut >= 4; cut++) {
                    String rest = f.name().substring(cut), before = f.name().substring(0, cut);
                    if (!names.contains(rest) || placeWords(before, gazetteer)) continue;
                    Span span = new Span(f.span().start() + cut, f.span().end());
                    kept = new Found(f.sentence(), span, rest, f.kind(), rest, f.division(), f.confidence());
                    break;
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** True when the words before a firm's name name a place: they hold a division's name, or end in a level word. */
    private static boolean placeWords(String words, Gazetteer gazetteer) {
        if ("省市县区镇乡村州旗".indexOf(words.charAt(words.length() - 1)) >= 0) return true;
        for (int i = 0; i < words.length(); i++) {
            for (int j = i + 2; j <= words.length(); j++) if (gazetteer.namesADivision(words.substring(i, j))) return true;
        }
        return false;
    }

    /** The short names of an enterprise's full name, longest first; none when it has no company form. */
    static List<String> shortNames(String name, Gazetteer gazetteer) {
        String n = null;
        for (String form : COMPANY_FORMS) {
            if (name.endsWith(form)) { n = name.substring(0, name.length() - form.length()); break; }
        }
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        for (int end = Math.min(n.length() - 1, 8); end >= 2; end--) {
            String head = n.substring(0, end);
            if (gazetteer.namesADivision(head)) {
                keep(out, n, gazetteer);
                n = n.substring(end);
                break;
            }
        }
        keep(out, n, gazetteer);
        for (String word : BUSINESS_WORDS) {
            if (n.endsWith(word)) { keep(out, n.substring(0, n.length() - word.length()), gazetteer); break; }
        }
        return out;
    }

    /**
     * The names a firm goes by without the divisions its registered name begins with, one dropped at a time:
     * 某省某州某市某某公司 → 某州某市某某公司, 某市某某公司. Full division names are dropped, a province's or city's short
     * name only when another division follows it (湖南某某公司 keeps its 湖南), and a name left as a mere kind of firm
     * (自来水公司, 农业发展公司) is not one.
     */
    static List<String> withoutLeadingDivisions(String name, Gazetteer gazetteer) {
        List<String> out = new ArrayList<>();
        String n = name;
        while (true) {
            int cut = 0;
            for (int len = Math.min(n.length() - 4, 9); len >= 2 && cut == 0; len--) {
                if (!gazetteer.byName(n.substring(0, len)).isEmpty()) cut = len;
            }
            // 广东|茂名|化州市某某糖厂: a province's or city's short name counts when another division follows it
            for (int len = Math.min(n.length() - 6, 3); len >= 2 && cut == 0; len--) {
                String rest = n.substring(len);
                boolean shortName = gazetteer.byShortName(n.substring(0, len)).stream()
                        .anyMatch(d -> d.kind() == EntityKind.PROVINCE || d.kind() == EntityKind.CITY);
                if (shortName && divisionStarts(rest, gazetteer)) cut = len;
            }
            if (cut == 0) return out;
            n = n.substring(cut);
            if (OrganizationFinder.isKindOfFirm(n)) return out;
            out.add(n);
        }
    }

    /** True when a division's full or short name of two to five characters starts {@code s} with a name after it. */
    private static boolean divisionStarts(String s, Gazetteer gazetteer) {
        for (int len = Math.min(5, s.length() - 4); len >= 2; len--) {
            if (gazetteer.namesADivision(s.substring(0, len))) return true;
        }
        return false;
    }

    private static void keep(List<String> out, String shortName, Gazetteer gazetteer) {
        if (shortName.length() >= 3 && !gazetteer.namesADivision(shortName)
                && !out.contains(shortName)) {
            out.add(shortName);
        }
    }
}
