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
    private static final Pattern LOWER = Pattern.compile("^(\\p{IsHan}{2,4}?)(街道|社区|镇|乡|村)(?!民|委|级|干部|长|书记|振兴)");
    private static final Pattern LOWER_ANYWHERE = Pattern.compile("(\\p{IsHan}{2,3}?)(街道|社区|镇|村)(?![民委级长里内落庄])");
    /** One of these is in every match of {@link #LOWER_ANYWHERE}. */
    private static final List<String> LOWER_WORDS = List.of("街道", "社区", "镇", "村");
    private static final String BOUNDARY_CHARS = "在于到至赴从和与及、，,。：:；;“”\"（）()《》的是了对向经来自将把被由";
    /** Two-character verbs whose second character a town name after them would otherwise swallow: 经过|黄滩镇. */
    private static final java.util.Set<String> VERBS = java.util.Set.of("经过", "通过", "路过", "穿过", "越过", "走进", "走到", "来到", "前往", "回到", "赶到", "遍及", "位于", "地处", "落户", "扎根");
    private static final String VERB_ENDINGS = "过进到往及于处户根";
    private static final String NOT_IN_NAME = "的在和与是了这那各全本该我每其此个等及把被将对向从为所到来去回建迎型";
    /** Words ending in 村 that are not villages: 农村, 乡村, 新农村… */
    private static final Pattern NOT_VILLAGE = Pattern.compile(".*(?:农村|乡村|山村|渔村|城中村|新农村|古村|全村|本村|该村|各村|邻村|同村)");
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
                if (town != null) { // 合江镇 is a town, whatever county 合江 may be the short form of
                    out.add(Candidate.of(sentence.index(), town, EntityKind.TOWNSHIP, town.of(t), 0.8));
                    lowerAfter(sentence, town.end(), out);
                    chainEnd = -1;
                    continue;
                }
            }
            chainEnd = s.end();
            Division first = options.get(0);
            double conf = full ? (options.size() == 1 ? 0.95 : 0.8) : (first.kind() == EntityKind.COUNTY ? 0.7 : 0.85);
            out.add(new Candidate(sentence.index(), s, first.kind(), first.name(), options, conf));
            lowerAfter(sentence, s.end(), out);
        }
        lowerAnywhere(sentence, out);
        return out;
    }

    /** The town a short form names when 镇, 乡 or 街道 follows it ({@code 合江镇}), or null. */
    private static Span townNamedLike(String t, Span shortForm) {
        int e = shortForm.end();
        if (t.startsWith("街道", e)) return new Span(shortForm.start(), e + 2);
        if (e < t.length() && t.charAt(e) == '镇') return new Span(shortForm.start(), e + 1);
        if (e < t.length() && t.charAt(e) == '乡' && !t.startsWith("乡村", e) && !t.startsWith("乡镇", e)
                && !t.startsWith("乡亲", e) && !t.startsWith("乡土", e) && !t.startsWith("乡愁", e)) {
            return new Span(shortForm.start(), e + 1);
        }
        return null;
    }

    /** Towns and villages right after a division, chained: 天元区 → 群丰镇 → 湘云社区. */
    private void lowerAfter(Sentence sentence, int from, List<Candidate> out) {
        String t = sentence.text();
        int at = from;
        while (at < t.length()) {
            Matcher m = LOWER.matcher(t).region(at, t.length());
            if (!m.lookingAt() || !plausibleName(m.group(1))) return;
            out.add(Candidate.of(sentence.index(), new Span(m.start(), m.end()), levelOf(m.group(2)), m.group(), 0.85));
            at = m.end();
        }
    }

    /** Towns and streets after a clear boundary, e.g. {@code 来自月塘街道}. */
    private void lowerAnywhere(Sentence sentence, List<Candidate> out) {
        String t = sentence.text();
        if (!OrganizationFinder.containsAny(t, LOWER_WORDS)) return; // spares a regex scan of most sentences
        Matcher m = LOWER_ANYWHERE.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            from = m.start() + 1;
            int s = m.start();
            if (s > 0 && VERB_ENDINGS.indexOf(t.charAt(s)) >= 0 && VERBS.contains(t.substring(s - 1, s + 1))) continue;
            boolean boundary = s == 0 || BOUNDARY_CHARS.indexOf(t.charAt(s - 1)) >= 0 || afterVerb(t, s);
            if (!boundary || !plausibleName(m.group(1))) continue;
            Span span = new Span(s, m.end());
            if (out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
            if (m.group(2).equals("村") && NOT_VILLAGE.matcher(m.group()).matches()) continue;
            out.add(Candidate.of(sentence.index(), span, levelOf(m.group(2)), m.group(), 0.7));
            lowerAfter(sentence, m.end(), out);
            from = m.end();
        }
    }

    /** True when one of {@link #VERBS} ends right before {@code at}: 经过|黄滩镇, 走进|湖南. */
    private static boolean afterVerb(String t, int at) {
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

    private static boolean plausibleName(String head) {
        for (int i = 0; i < head.length(); i++) if (NOT_IN_NAME.indexOf(head.charAt(i)) >= 0) return false;
        return !head.endsWith("城") && !head.startsWith("乡") && !head.endsWith("农");
    }

    private static EntityKind levelOf(String suffix) {
        return suffix.equals("村") || suffix.equals("社区") ? EntityKind.VILLAGE : EntityKind.TOWNSHIP;
    }
}
