package org.countygraph.ner;

import java.util.ArrayList;
import java.util.List;
import org.countygraph.extract.CharLexicon;
import org.countygraph.extract.Segmenter;
import org.countygraph.extract.Token;

/**
 * The features of each character of a sentence that the trained tagger weighs: the characters
 * around it (unigrams, bigrams, a skip pair), their kinds (Han, digit, Latin, punctuation), and,
 * when a segmenter is given, the word it falls in, that word's tag (HanLP's {@code nr}, {@code ns},
 * {@code nt}… with the role-tagging recognisers on) and the tags of the words beside it, each with
 * the character's place in the word; and what {@link CharLexicon}s (name dictionaries, the division
 * gazetteer) say of the character and its neighbours. Thread-safe when its segmenter and lexicons are.
 */
public final class CharFeatures {
    private static final String PAD = "#";
    private final Segmenter segmenter;
    private final List<CharLexicon> lexicons;
    private final String domain;

    /** Features from characters only. */
    public CharFeatures() { this(null, List.of()); }

    /**
     * Features from characters, the words {@code segmenter} finds ({@code null}: none) and what the
     * lexicons say of each character and its two neighbours.
     */
    public CharFeatures(Segmenter segmenter, List<CharLexicon> lexicons) { this(segmenter, List.copyOf(lexicons), null); }

    private CharFeatures(Segmenter segmenter, List<CharLexicon> lexicons, String domain) {
        this.segmenter = segmenter;
        this.lexicons = lexicons;
        this.domain = domain;
    }

    /**
     * These features, each also copied under the prefix {@code domain}: a model trained on gold sets
     * of different conventions then learns weights shared by all sets and weights of each set's own
     * (Daumé III, "Frustratingly easy domain adaptation", 2007); a sentence is tagged with the
     * domain of the set whose conventions it should follow.
     */
    public CharFeatures inDomain(String name) {
        if (name == null || name.isBlank() || name.contains("=")) throw new NerException("bad domain name: '" + name + "'");
        return new CharFeatures(segmenter, lexicons, name);
    }

    /** Per character of {@code text}, its feature strings. */
    public String[][] of(String text) {
        int n = text.length();
        String[] chars = new String[n];
        char[] kinds = new char[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            kinds[i] = kind(c);
            chars[i] = kinds[i] == 'd' ? "0" : String.valueOf(c);
        }
        String[][] words = words(text);
        List<String[][]> lex = new ArrayList<>(lexicons.size());
        for (CharLexicon l : lexicons) lex.add(l.describe(text));
        String[][] out = new String[n][];
        List<String> f = new ArrayList<>(24);
        for (int i = 0; i < n; i++) {
            f.clear();
            String p2 = at(chars, i - 2), p1 = at(chars, i - 1), c0 = chars[i], n1 = at(chars, i + 1), n2 = at(chars, i + 2);
            f.add("b");
            f.add("c-2=" + p2);
            f.add("c-1=" + p1);
            f.add("c0=" + c0);
            f.add("c1=" + n1);
            f.add("c2=" + n2);
            f.add("c-2-1=" + p2 + p1);
            f.add("c-10=" + p1 + c0);
            f.add("c01=" + c0 + n1);
            f.add("c12=" + n1 + n2);
            f.add("c-11=" + p1 + n1);
            f.add("k=" + (i > 0 ? kinds[i - 1] : '^') + kinds[i] + (i + 1 < n ? kinds[i + 1] : '$'));
            if (words != null) {
                String[] w = words[i];
                for (String x : w) f.add(x);
            }
            for (String[][] l : lex) {
                for (int d = -1; d <= 1; d++) {
                    if (i + d < 0 || i + d >= n) continue;
                    for (String x : l[i + d]) f.add("x" + d + x);
                }
            }
            if (domain != null) {
                for (int k = 0, size = f.size(); k < size; k++) f.add(domain + "|" + f.get(k));
            }
            out[i] = f.toArray(String[]::new);
        }
        return out;
    }

    /** Per character, the word features; null without a segmenter. */
    private String[][] words(String text) {
        if (segmenter == null) return null;
        List<Token> tokens = segmenter.segment(text);
        String[][] out = new String[text.length()][];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String prev = k > 0 ? tokens.get(k - 1).tag() : "^";
            String next = k + 1 < tokens.size() ? tokens.get(k + 1).tag() : "$";
            String word = t.text().length() <= 8 ? t.text() : "LONG";
            int len = t.span().length();
            for (int i = t.span().start(); i < t.span().end() && i < text.length(); i++) {
                String pos = len == 1 ? "S" : i == t.span().start() ? "B" : i == t.span().end() - 1 ? "E" : "M";
                out[i] = new String[] {
                    "wt=" + t.tag() + pos,
                    "ww=" + word + pos,
                    "wp=" + prev + "|" + t.tag() + pos,
                    "wn=" + t.tag() + "|" + next + pos,
                    "wl=" + Math.min(len, 6) + pos,
                };
            }
        }
        for (int i = 0; i < out.length; i++) if (out[i] == null) out[i] = new String[0];
        return out;
    }

    private static String at(String[] chars, int i) { return i < 0 || i >= chars.length ? PAD : chars[i]; }

    /** A character's kind: {@code h} Han, {@code d} digit, {@code l} Latin letter, {@code p} punctuation, {@code o} other. */
    static char kind(char c) {
        if (Character.isDigit(c)) return 'd';
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'ａ' && c <= 'ｚ' || c >= 'Ａ' && c <= 'Ｚ') return 'l';
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return 'h';
        int type = Character.getType(c);
        if (type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION) return 'p';
        return 'o';
    }
}
