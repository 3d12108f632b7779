package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Features of a stretch of text for a {@link LinearModel}: length buckets, classes of the characters beside it, the
 * parts of speech of the segmenter's words around and inside it.
 */
final class TextFeatures {
    private TextFeatures() {}

    /** Buckets of a length in characters. */
    static String lengthBucket(int n) {
        return n <= 4 ? String.valueOf(n) : n <= 6 ? "5-6" : n <= 9 ? "7-9" : n <= 14 ? "10-14" : "15+";
    }

    /** The class of the character at {@code at}: itself when Han, else a word for its kind; EDGE outside the text. */
    static String charClass(String t, int at) {
        if (at < 0 || at >= t.length()) return "EDGE";
        char c = t.charAt(at);
        if (Character.isIdeographic(c)) return String.valueOf(c);
        if (Character.isDigit(c)) return "DIGIT";
        if (Character.isLetter(c)) return "LATIN";
        return switch (c) {
            case '，', ',' -> "COMMA";
            case '。', '！', '？', '!', '?', '；', ';' -> "STOP";
            case '、' -> "ENUM";
            case '：', ':' -> "COLON";
            case '“', '‘', '"', '「', '『' -> "OPEN";
            case '”', '’', '」', '』' -> "CLOSE";
            case '（', '(' -> "PAREN";
            default -> "OTHER";
        };
    }

    /**
     * The features the segmenter's words give to a stretch of text: the part of speech of the word that ends at
     * {@code before} and of the one that starts at {@code after}, and the parts of speech of the words inside
     * {@code [innerStart, innerEnd)} (one noun, a verb and its object, a longer phrase).
     */
    static List<String> wordFeatures(List<Token> tokens, int before, int after, int innerStart, int innerEnd) {
        List<String> f = new ArrayList<>();
        StringBuilder inside = new StringBuilder();
        int words = 0;
        for (Token tok : tokens) {
            if (tok.span().end() == before) f.add("wordBefore=" + coarse(tok.tag()));
            if (tok.span().start() == after) f.add("wordAfter=" + coarse(tok.tag()));
            if (tok.span().start() >= innerStart && tok.span().end() <= innerEnd) {
                if (words++ < 3) inside.append(inside.length() > 0 ? "+" : "").append(coarse(tok.tag()));
            }
        }
        f.add("inside=" + (words > 3 ? "long" : inside.toString()));
        return f;
    }

    /** A part of speech coarse enough to learn from: the tag's first letter, with a name's (nr, ns, nt) two and nz, vn whole. */
    static String coarse(String tag) {
        if (tag.isEmpty()) return "x";
        if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt")) return tag.substring(0, 2);
        if (tag.equals("nz") || tag.equals("vn")) return tag;
        return tag.substring(0, 1);
    }
}
