package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds divisions: every listed province, city, county and zone by its official name or short
 * form, and the towns, streets, villages and communities that follow a division
 * ({@code 天元区群丰镇湘云社区}) or stand after a clear boundary.
 *
 * <p>Requires the bundled {@link Gazetteer}; produces candidates with every listed division the
 * name may be (ambiguity is settled later, by what else the article names).
 */
public final class DivisionFinder implements MentionFinder {
    /** 民 after a level word, unless a village's name starts there (某洼镇|民安村): the residents (村民, 镇民), no name's end. */
    private static final String RESIDENTS = "民(?!\\p{IsHan}{1,2}(?:村|社区))";
    private static final Pattern LOWER = Pattern.compile("^(\\p{IsHan}{2,4}?)(街道|社区|镇|乡|村)(?!" + RESIDENTS + "|委|级|干部|长|书记|振兴)");
    private static final Pattern LOWER_ANYWHERE = Pattern.compile("(\\p{IsHan}{2,3}?)(街道|社区|镇|村)(?!" + RESIDENTS + "|[委级长里内落庄])");
    /** One of these is in every match of {@link #LOWER_ANYWHERE}. */
    private static final List<String> LOWER_WORDS = List.of("街道", "社区", "镇", "村");
    private static final String BOUNDARY_CHARS = "在于到至赴从和与及、，,。：:；;“”\"（）()《》的是了对向经来自将把被由辖驻？！?!";
    /** Two-character verbs whose second character a town name after them would otherwise swallow: 经过|黄滩镇. */
    private static final java.util.Set<String> VERBS = java.util.Set.of("经过", "通过", "路过", "穿过", "越过", "走进", "走到", "来到", "前往", "回到", "赶到", "遍及", "位于", "地处", "落户", "扎根");
    private static final String VERB_ENDINGS = "过进到往及于处户根";
    private static final String NOT_IN_NAME = "的在和与是了这那各全本该我每其此个等及把被将对向从为所到来去回建迎型不但辖";
    /** Common words ending in 镇 or 村 that a would-be name can end with: 和谐|村镇. */
    private static final java.util.Set<String> COMMON_TOWN_WORDS = java.util.Set.of("乡镇", "村镇", "城镇", "集镇", "乡村", "农村");
    /** Heads of kinds of town, not of towns: 中心镇, 重点镇, 建制镇, 特色小镇. */
    private static final Pattern GENERIC_TOWN = Pattern.compile("(?:中心|重点|建制|特色|特色小|示范|特大|小城|城|集|乡|全|各)");
    /** Segmenter tags no town name has on its own: verbs, adjectives, distinguishing words, adverbs, numbers, pronouns. */
    private static final Pattern NOT_A_NAME_TAG = Pattern.compile("v|vn|vd|a|ad|an|b|d|m|mq|r|rr|rz|p|c|cc");
    /** Words ending in 村 or 社区 that are not villages: 农村, 乡村, 新农村…; kinds of village: 行政村, 贫困村, 城市社区… */
    private static final Pattern NOT_VILLAGE = Pattern.compile(".*(?:农村|農村|乡村|山村|渔村|城中村|新农村|古村|小村|全村|本村|该村|各村|邻村|同村)"
            + "|(?:文明|空心|自然|行政|贫困|示范|重点|中心|专业|特色|传统|城市|城乡|农村|和谐|新型|美丽|老旧|城镇|基层)(?:村|社区)");
    /** Characters of {@link #NOT_IN_NAME} that village and community names often hold: 和平, 向阳, 回龙, 建新, 迎春. */
    private static final String NAME_CHARS_TOO = "和向回建迎";
    private final Gazetteer gazetteer;
    private final NameTrie trie;

    public DivisionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.trie = new NameTrie(gazetteer.names());
    }

    @Override
    public List<Candidate> find(Sentence sentence, ArticleContext context) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        int chainEnd = -1;
        for (Span s : trie.findAll(t)) {
            String name = s.of(t);
            List<Division> options = new ArrayList<>(gazetteer.byName(name));
            boolean full = !options.isEmpty();
            // 湖北孝感, 广东茂名化州市: a short form right after a division it belongs to starts a word
            boolean chained = s.start() == chainEnd;
            if (!full && !chained && !leftBoundary(t, s.start()) && !placeWordAt(context.tokens(sentence.index()), s)) continue;
            for (Division d : gazetteer.byShortName(name)) if (!options.contains(d)) options.add(d);
            if (options.isEmpty()) continue;
            if (!full) {
                Span town = townNamedLike(t, s);
                if (town != null) { // 合江镇 is a town, 河口村 a village, whatever county 合江 or 河口 may be the short form of
                    out.add(Candidate.of(sentence.index(), town, town.of(t).endsWith("村") || town.of(t).endsWith("社区") ? EntityKind.VILLAGE : EntityKind.TOWNSHIP,
                            town.of(t), 0.8));
                    lowerAfter(sentence, context, town.end(), out);
                    chainEnd = -1;
                    continue;
                }
            }
            chainEnd = s.end();
            Division first = options.get(0);
            double conf = full ? (options.size() == 1 ? 0.95 : 0.8) : (first.kind() == EntityKind.COUNTY ? 0.7 : 0.85);
            out.add(new Candidate(sentence.index(), s, first.kind(), first.name(), options, conf));
            lowerAfter(sentence, context, s.end(), out);
        }
        lowerAnywhere(sentence, context, out);
        listedTowns(sentence, out);
        townsBeforeTheirOffices(sentence, out);
        housingEstates(sentence, context.tokens(sentence.index()), out);
        // 某阳市|镇平县: a town whose level word is the first character of a division's full name is no town
        List<Candidate> fullNames = out.stream().filter(c -> !c.options().isEmpty() && c.confidence() >= 0.8).toList();
        out.removeIf(c -> (c.kind() == EntityKind.TOWNSHIP || c.kind() == EntityKind.VILLAGE) && c.options().isEmpty()
                && fullNames.stream().anyMatch(d -> d.span().start() == c.span().end() - 1));
        return out;
    }

    /**
     * {@code 某某社区某某苑小区}, {@code 住在某某小区}: a named housing estate, two to six characters before 小区 right after a
     * place the finders read (a community, a street, a town), or two to four after a word of dwelling (在, 住在, 家住), 的
     * or a stop; counts, pointers, pronouns and kinds before 小区 (这个, 每个, 我们, 老旧, 养殖) are no name.
     */
    private static void housingEstates(Sentence sentence, List<Token> tokens, List<Candidate> out) {
        String t = sentence.text();
        for (int k = t.indexOf("小区"); k >= 2; k = t.indexOf("小区", k + 2)) {
            for (int len = 2; len <= 6 && len <= k; len++) {
                int start = k - len;
                String head = t.substring(start, k);
                if (!head.chars().allMatch(Character::isIdeographic) || NOT_AN_ESTATE_HEAD.matcher(head).find()
                        || head.chars().anyMatch(c -> NOT_IN_NAME.indexOf(c) >= 0)) break;
                boolean afterPlace = out.stream().anyMatch(c -> c.span().end() == start && c.kind().isPlace());
                boolean bounded = start == 0 || "，,。；;：:、“”（(的".indexOf(t.charAt(start - 1)) >= 0 || t.startsWith("在", start - 1)
                        || (start >= 2 && (t.startsWith("家住", start - 2) || t.startsWith("住在", start - 2)));
                if (!afterPlace && !(bounded && len <= 4)) continue;
                if (clauseWordIn(tokens, start, k)) break; // 前往|小区, 如果说|小区, 一位|小区: a verb, a count or a conjunction, no name
                Span span = new Span(start, k + 2);
                if (out.stream().noneMatch(c -> c.span().overlaps(span))) {
                    out.add(Candidate.of(sentence.index(), span, EntityKind.VILLAGE, span.of(t), 0.7));
                }
                break;
            }
        }
    }

    /** True when a word of the segmenter's that is a verb, adverb, conjunction, preposition, numeral, measure or pronoun lies in {@code [start, end)}. */
    private static boolean clauseWordIn(List<Token> tokens, int start, int end) {
        for (Token tok : tokens) {
            if (tok.span().end() <= start || tok.span().start() >= end) continue;
            String tag = tok.tag();
            if ((tag.startsWith("v") && !tag.equals("vn")) || "dcpmqru".indexOf(tag.charAt(0)) >= 0) return true;
        }
        return false;
    }

    /** Words before 小区 that count, point at or class estates rather than name one. */
    /** The bodies and titles of a village that follow its name: 党总支, 党支部, 村委会, 两委… */
    private static final String VILLAGE_OFFICES = "党|村委|村民委员会|支部|两委";
    private static final Pattern NOT_AN_ESTATE_HEAD = Pattern.compile("[这那每各几首个些某该本全其此多我你他她们]|老旧|养殖|无废|辖区|周边|城市|居民|农村|安置|示范|新建|商品房|高档");

    /**
     * {@code 某街乡乡长}, {@code 朝某中心村党委}, {@code 排某板栗村党支部书记}, {@code 某某公寓社区党委书记}, {@code 某背屯党支部书记},
     * {@code 某某嘎查党支部书记} (a hamlet of the south-west, a village of Inner Mongolia): a township whose
     * own 乡 office follows it, and a village named as a central village (某某中心村) or a village or community with four
     * characters after a boundary, before its own body or title, which the general patterns leave out (乡 and 中心村 are too often words of their own, and four
     * characters before 村 too often hold a word before the name).
     */
    private static final Pattern TOWN_BEFORE_OFFICE = Pattern.compile(
            "(\\p{IsHan}{2,3}?乡)(?=乡长|副乡长|乡党委|乡人民政府|乡政府|乡人大)|(\\p{IsHan}{2}中心村)(?=" + VILLAGE_OFFICES + "|村党)"
            + "|(?<=^|[，,。；;：:、“”\"（(])(\\p{IsHan}{4}(?:村|社区))(?=" + VILLAGE_OFFICES + "|居委)"
            + "|(?<=^|[，,。；;：:、“”\"（(])(\\p{IsHan}{2,4}(?:屯|嘎查))(?=" + VILLAGE_OFFICES + "|村民小组)");

    private static void townsBeforeTheirOffices(Sentence sentence, List<Candidate> out) {
        String t = sentence.text();
        if (!t.contains("乡乡") && !t.contains("乡副乡") && !t.contains("村") && !t.contains("社区") && !t.contains("屯") && !t.contains("嘎查")) return;
        Matcher m = TOWN_BEFORE_OFFICE.matcher(t);
        while (m.find()) {
            boolean town = m.group(1) != null;
            int g = town ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            int start = m.start(g);
            int end = m.end(g);
            String name = t.substring(start, end);
            if (name.chars().anyMatch(c -> NOT_IN_NAME.indexOf(c) >= 0)) continue;
            Span span = new Span(start, end);
            if (out.stream().anyMatch(c -> c.span().overlaps(span) && !span.contains(c.span()))) continue;
            if (g == 3 && name.endsWith("社区") && out.stream().anyMatch(c -> c.span().start() == start)) continue; // 攸县|某某社区: a division starts it
            out.add(Candidate.of(sentence.index(), span, town ? EntityKind.TOWNSHIP : EntityKind.VILLAGE, name, 0.8));
        }
    }

    private static final Pattern LISTED_TOWNS = Pattern.compile("((?:\\p{IsHan}{2}、)+\\p{IsHan}{2})([2-9]|[两三四五六七八九])个?(镇|乡|街道|村)");

    /**
     * {@code 甲乙、丙丁、戊己4镇}: a list of two-character names closed by its count and a level word names towns
     * (or villages) by their short names; the count must match the list.
     */
    private static void listedTowns(Sentence sentence, List<Candidate> out) {
        String t = sentence.text();
        Matcher m = LISTED_TOWNS.matcher(t);
        while (m.find()) {
            String[] names = m.group(1).split("、");
            int count = "两三四五六七八九".indexOf(m.group(2)) >= 0 ? "两三四五六七八九".indexOf(m.group(2)) + 2 : Integer.parseInt(m.group(2));
            if (names.length != count) continue;
            int at = m.start(1);
            for (String name : names) {
                Span span = new Span(at, at + name.length());
                at = span.end() + 1;
                if (NOT_IN_NAME.indexOf(name.charAt(0)) >= 0 || out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
                out.add(Candidate.of(sentence.index(), span, levelOf(m.group(3)), name + m.group(3), 0.7)); // 百合 → 百合镇
            }
        }
    }

    /**
     * The town or village a short form names when 镇, 乡, 街道, 社区 or 村 follows it ({@code 合江镇}, {@code 河口村}), or a
     * street's 街道 after a road's or a street's word ({@code 和田街街道}), or null.
     */
    private static Span townNamedLike(String t, Span shortForm) {
        int e = shortForm.end();
        if (t.startsWith("街道", e) || t.startsWith("社区", e)) return new Span(shortForm.start(), e + 2); // 某宁社区: a community named like a county
        // 和田街街道, 中山路街道: a street named after a road or a street of the same name
        if (e < t.length() && "街路".indexOf(t.charAt(e)) >= 0 && t.startsWith("街道", e + 1)) return new Span(shortForm.start(), e + 3);
        if (e < t.length() && t.charAt(e) == '镇') return new Span(shortForm.start(), e + 1);
        if (e < t.length() && t.charAt(e) == '村' && !t.startsWith("村民", e) && !t.startsWith("村里", e)) return new Span(shortForm.start(), e + 1);
        if (e < t.length() && t.charAt(e) == '乡' && !t.startsWith("乡村", e) && !t.startsWith("乡镇", e)
                && !t.startsWith("乡亲", e) && !t.startsWith("乡土", e) && !t.startsWith("乡愁", e)) {
            return new Span(shortForm.start(), e + 1);
        }
        return null;
    }

    /** Towns and villages right after a division, chained: 天元区 → 群丰镇 → 湘云社区. */
    private void lowerAfter(Sentence sentence, ArticleContext context, int from, List<Candidate> out) {
        String t = sentence.text();
        int at = from;
        while (at < t.length()) {
            if (at + 3 <= t.length() && t.startsWith("村村", at + 1) && Character.isIdeographic(t.charAt(at))
                    && NOT_IN_NAME.indexOf(t.charAt(at)) < 0) { // 某县|余村|村党支部书记: a one-character village before 村's own title
                out.add(Candidate.of(sentence.index(), new Span(at, at + 2), EntityKind.VILLAGE, t.substring(at, at + 2), 0.8));
                return;
            }
            Matcher m = LOWER.matcher(t).region(at, t.length());
            List<Token> tokens = context.tokens(sentence.index());
            if (!m.lookingAt() || !plausibleName(m, tokens) || !nameNotWords(m, tokens)) return;
            int end = m.group(2).equals("村") && t.startsWith("社区", m.end()) ? m.end() + 2 : m.end(); // 某街道|某某村社区: a community named after the old village
            out.add(Candidate.of(sentence.index(), new Span(m.start(), end), levelOf(m.group(2)), t.substring(m.start(), end), 0.85));
            at = end;
        }
    }

    /** Last characters of a place word that says where (湖畔, 山脚下, 河边, 路旁): a name may start right after them. */
    private static final String LOCATIVE_ENDS = "畔旁边下";

    /** Towns and streets after a clear boundary, e.g. {@code 来自月塘街道}. */
    private void lowerAnywhere(Sentence sentence, ArticleContext context, List<Candidate> out) {
        String t = sentence.text();
        if (!OrganizationFinder.containsAny(t, LOWER_WORDS)) return; // spares a regex scan of most sentences
        Matcher m = LOWER_ANYWHERE.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            from = m.start() + 1;
            int s = m.start();
            if (s > 0 && VERB_ENDINGS.indexOf(t.charAt(s)) >= 0 && VERBS.contains(t.substring(s - 1, s + 1))) continue;
            List<Token> tokens = context.tokens(sentence.index());
            if (functionWordAt(tokens, s, m.end(1))) continue; // 咱|某某村, 如今|村, 以|某某镇: a word of grammar, not the name's start
            boolean boundary = s == 0 || BOUNDARY_CHARS.indexOf(t.charAt(s - 1)) >= 0 || (!Character.isLetterOrDigit(t.charAt(s - 1)) && "%％‰".indexOf(t.charAt(s - 1)) < 0) // ……某某村, ——某某镇 (not 80%|以上村…)
                    || afterVerb(t, s) || functionWordEndsAt(tokens, s)
                    || (s >= 2 && LOCATIVE_ENDS.indexOf(t.charAt(s - 1)) >= 0 && Character.isIdeographic(t.charAt(s - 2))); // 洪泽湖畔|某沙村
            if (!boundary || !plausibleName(m, tokens) || !nameNotWords(m, tokens)) continue;
            Span span = new Span(s, m.end());
            if (out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
            if ((m.group(2).equals("村") || m.group(2).equals("社区")) && NOT_VILLAGE.matcher(m.group()).matches()
                    && !hillOrFishingVillageBeforeItsOffice(t, m)) continue;
            if (m.group(2).equals("村") && t.startsWith("社区", m.end())) { // 民主村|社区: a community named after the old village
                Span community = new Span(s, m.end() + 2);
                out.add(Candidate.of(sentence.index(), community, EntityKind.VILLAGE, community.of(t), 0.7));
                lowerAfter(sentence, context, community.end(), out);
                from = community.end();
                continue;
            }
            out.add(Candidate.of(sentence.index(), span, levelOf(m.group(2)), m.group(), 0.7));
            lowerAfter(sentence, context, m.end(), out);
            from = m.end();
        }
    }

    private static final Pattern VILLAGE_OFFICE = Pattern.compile(VILLAGE_OFFICES);
    /** A word before 山村 or 渔村 that makes them a kind of village: 小山村, 偏远山村, 这个渔村. */
    private static final Pattern KIND_OF_HILL_VILLAGE = Pattern.compile(".*(?:小|大|偏远|边远|贫困|深山|美丽|古老|个|座|该|本|这|那)");

    /**
     * True for a village named like a hill or fishing village (某山村, 某渔村, which are also common words) right before its own
     * party branch or committee (某山村党总支书记): a village, unless a word of kind or count comes first (小山村).
     */
    private static boolean hillOrFishingVillageBeforeItsOffice(String t, Matcher m) {
        String name = m.group();
        if (!(name.endsWith("山村") || name.endsWith("渔村")) || name.length() < 3) return false;
        return VILLAGE_OFFICE.matcher(t).region(m.end(), t.length()).lookingAt()
                && !KIND_OF_HILL_VILLAGE.matcher(name.substring(0, name.length() - 2)).matches();
    }

    /**
     * Tags of words of grammar: prepositions, pronouns, adverbs, times, conjunctions, particles. Not numbers and measures,
     * which the segmenter gives to a name's first character too (分/qt|水镇).
     */
    private static final Pattern FUNCTION_TAG = Pattern.compile("p.*|r.*|d|t|c.*|u.*");

    /**
     * True when a word of grammar ({@link #FUNCTION_TAG}) starts at {@code at} and ends within the head ({@code headEnd});
     * not 于, which the segmenter reads as a preposition at the start of a name too (于/p|营村).
     */
    private static boolean functionWordAt(List<Token> tokens, int at, int headEnd) {
        Token tok = OrganizationFinder.tokenAt(tokens, at);
        return tok != null && tok.span().start() == at && tok.span().end() <= headEnd && FUNCTION_TAG.matcher(tok.tag()).matches()
                && !tok.text().equals("于");
    }

    /** True when a pronoun or a preposition of one character ends right before {@code at}: 咱|某某村, 以|某某镇. */
    private static boolean functionWordEndsAt(List<Token> tokens, int at) {
        Token tok = at > 0 ? OrganizationFinder.tokenAt(tokens, at - 1) : null;
        return tok != null && tok.span().end() == at && tok.span().length() == 1 && (tok.tag().startsWith("p") || tok.tag().startsWith("r"));
    }

    /** True when one of {@link #VERBS} ends right before {@code at}: 经过|黄滩镇, 走进|湖南. */
    static boolean afterVerb(String t, int at) {
        return at >= 2 && VERBS.contains(t.substring(at - 2, at));
    }

    /** True when the segmenter reads the characters at {@code s}, and no more, as a place name: 走进|湖南|衡阳. */
    private static boolean placeWordAt(List<Token> tokens, Span s) {
        for (Token tok : tokens) if (tok.span().equals(s)) return tok.isPlace();
        return false;
    }

    /** True when a short form at {@code at} starts a word: no Han character of another word before it. */
    private static boolean leftBoundary(String t, int at) {
        if (at == 0) return true;
        char c = t.charAt(at - 1);
        return !Character.isIdeographic(c) || BOUNDARY_CHARS.indexOf(c) >= 0 || "省市县区".indexOf(c) >= 0
                || afterVerb(t, at);
    }

    /**
     * False when the words around a would-be town say otherwise: {@code 乡镇} is the common noun
     * (发展乡镇企业, 加快乡镇改革), a suffix the segmenter joins to the following word is no suffix
     * (乡镇企业), and a name is not a verb, an adjective, an adverb or a number on its own
     * (搞好|乡镇, 特大|镇); {@code 中心镇}, {@code 重点镇} are kinds of town, not towns.
     */
    private static boolean nameNotWords(Matcher m, List<Token> tokens) {
        String head = m.group(1);
        if (m.group(2).equals("镇") && head.endsWith("乡")) return false;
        if (GENERIC_TOWN.matcher(head).matches()) return false;
        int headStart = m.start(1);
        for (Token tok : tokens) {
            Span sp = tok.span();
            if (sp.start() > headStart && sp.end() == m.start(2) + 1 && COMMON_TOWN_WORDS.contains(tok.text())) {
                return false; // 和谐|村镇: the suffix ends a common word that began inside the name
            }
            if (sp.start() == headStart && sp.end() == m.end(1) && NOT_A_NAME_TAG.matcher(tok.tag()).matches()) return false;
            if (sp.start() == headStart && sp.end() > headStart + 1 && sp.end() < m.end(1) && tok.tag().startsWith("v")) return false; // 引导|乡镇
        }
        return true;
    }

    /**
     * False for heads no town or village name has: a function word inside, a county's 区 or 县 after the first
     * character (莲都区|黄村乡 is a county and a town, not one village 莲都区黄村), a leading 村 or a 村 inside a
     * village's head (村容|村貌, 自然村|鹰村), a leading verb of movement (通过|强村). One of {@link #NAME_CHARS_TOO} is
     * a name's when it is not the head's last character and the segmenter reads it inside a longer place or
     * organisation word within the name ({@code 东和平社区/nt}, {@code 东|和平村/ns}, {@code 东和平社区党支部/nt}, but not
     * {@code 甲|和/cc|乙村}, nor 县和|村 or 移民建|镇, which the segmenter may tag as places too).
     */
    private static boolean plausibleName(Matcher m, List<Token> tokens) {
        String head = m.group(1), suffix = m.group(2);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (NOT_IN_NAME.indexOf(c) >= 0 && (NAME_CHARS_TOO.indexOf(c) < 0 || i == head.length() - 1 || !insideAWordOfTheName(tokens, m.start(1) + i, m.start(1)))) return false;
        }
        for (int i = 1; i < head.length(); i++) if ("区县".indexOf(head.charAt(i)) >= 0) return false;
        if (head.startsWith("村") || (suffix.equals("村") && head.contains("村"))) return false;
        if (head.length() > 2 && VERBS.contains(head.substring(0, 2))) return false;
        // 县城|镇, 城|乡, 城|镇 (a community may be 某城社区, a village 某城村)
        if (head.endsWith("城") && (suffix.equals("镇") || suffix.equals("乡") || suffix.equals("街道") || COMMON_CITY_WORD.matcher(head).matches())
                && !suffix.equals("社区")) return false;
        return !head.startsWith("乡") && !head.endsWith("农");
    }

    /**
     * True when the token covering {@code at} is a place's or an organisation's name (ns, nt) longer than one character
     * and starts within the name ({@code from}); it may run on past the name ({@code 东和平社区党支部/nt}). Words of time or
     * quantity (去年/t, 不少/m) before 村 are not names.
     */
    private static boolean insideAWordOfTheName(List<Token> tokens, int at, int from) {
        Token tok = OrganizationFinder.tokenAt(tokens, at);
        return tok != null && tok.span().length() > 1 && tok.span().start() >= from && (tok.isPlace() || tok.isOrganization());
    }

    /** Common words ending in 城 that run into 村 without naming a village: 县城|村, 进城|村. */
    private static final Pattern COMMON_CITY_WORD = Pattern.compile(".*县城|.*省城|.*市城|京城|全城|进城|出城|主城|小城|名城|老城|山城|空城|满城");

    private static EntityKind levelOf(String suffix) {
        return suffix.equals("村") || suffix.equals("社区") ? EntityKind.VILLAGE : EntityKind.TOWNSHIP;
    }
}
