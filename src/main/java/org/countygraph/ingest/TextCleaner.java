package org.countygraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans decoded text without moving any character: every change replaces a character by one
 * other, so an offset into the cleaned text is the same offset into the decoded original.
 *
 * <ol>
 *   <li>Line ends: {@code \r\n} becomes a space and {@code \n}; a lone {@code \r}, U+0085,
 *       U+2028 and U+2029 become {@code \n}.</li>
 *   <li>Control characters other than tab and line feed (C0, DEL, C1) and invisible format
 *       characters (zero-width spaces and joiners, U+2060, U+FEFF, bidirectional overrides such as
 *       U+202E, the soft hyphen) become spaces: they break XML outputs and split names invisibly.</li>
 *   <li>Page-number lines of a layout export ({@code — 12 —}, {@code - 3 -}, {@code 第 5 页},
 *       {@code 第5页/共8页}) become blank, so that the sentence a page break cut in two is joined
 *       by the sentence splitter over the blank line.</li>
 *   <li>Full-width letters and digits become ASCII ({@code ＡＢＣ公司} → {@code ABC公司},
 *       {@code ２０２３年} → {@code 2023年}), and a full-width point between digits a {@code .}:
 *       OCR and some typesetting use them, and names and figures must match their plain forms.
 *       Full-width punctuation ({@code ，：（）}) is Chinese punctuation and stays.</li>
 * </ol>
 */
public final class TextCleaner {
    private static final String DASH = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D\u2500\u2501\uFE58\u30FC~\uFF5E";
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?m)^[ \\t\\u3000]*(?:[" + DASH + "]{1,3}[ \\t\\u3000]*[0-9０-９]{1,4}[ \\t\\u3000]*[" + DASH + "]{1,3}"
            + "|第[ \\t\\u3000]*[0-9０-９]{1,4}[ \\t\\u3000]*页(?:[ \\t\\u3000]*[/／]?[ \\t\\u3000]*共[ \\t\\u3000]*[0-9０-９]{1,4}[ \\t\\u3000]*页)?"
            + "|[0-9０-９]{1,4}[ \\t\\u3000]*[/／][ \\t\\u3000]*[0-9０-９]{1,4}[ \\t\\u3000]*页)[ \\t\\u3000]*$");

    private TextCleaner() {}

    /** The cleaned text, as long as {@code text}. */
    public static String clean(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch == '\r') {
                c[i] = i + 1 < c.length && c[i + 1] == '\n' ? ' ' : '\n';
            } else if (ch == '\u0085' || ch == '\u2028' || ch == '\u2029') {
                c[i] = '\n';
            } else if (ch != '\n' && ch != '\t' && (Character.isISOControl(ch) || isInvisibleFormat(ch))) {
                c[i] = ' ';
            } else if (ch >= '０' && ch <= '９' || ch >= 'Ａ' && ch <= 'Ｚ' || ch >= 'ａ' && ch <= 'ｚ') {
                c[i] = (char) (ch - 0xFEE0);
            }
        }
        for (int i = 1; i + 1 < c.length; i++) {
            if (c[i] == '．' && isDigit(c[i - 1]) && isDigit(c[i + 1])) c[i] = '.';
        }
        String out = new String(c);
        Matcher m = PAGE_NUMBER.matcher(out);
        if (!m.find()) return out;
        StringBuilder b = new StringBuilder(out);
        do {
            for (int i = m.start(); i < m.end(); i++) b.setCharAt(i, ' ');
        } while (m.find());
        return b.toString();
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９';
    }

    private static boolean isInvisibleFormat(char ch) {
        return Character.getType(ch) == Character.FORMAT && !Character.isSurrogate(ch);
    }
}
