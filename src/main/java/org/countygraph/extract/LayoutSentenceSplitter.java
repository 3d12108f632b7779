package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence splitter that first repairs layout damage, then cuts at sentence punctuation.
 *
 * <ol>
 *   <li>A running-text line (not a title: long, or with commas) that does not end a sentence was cut by the page
 *       layout ({@code 科学规划县} / {@code 域园区产业布局}): it is joined to the next line.</li>
 *   <li>Sentences end after {@code 。！？；} and their half-width forms, closing quotes included,
 *       and at every line break that survives step 1.</li>
 *   <li>Every character of a sentence keeps its offset in the original text.</li>
 * </ol>
 */
public final class LayoutSentenceSplitter implements SentenceSplitter {
    private static final String TERMINAL = "。！？!?；;";
    private static final int MAX_SENTENCE = 600;

    @Override
    public List<Sentence> split(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            boolean[] noise = spacedOutCharacters(t);
            for (int k = 0; k < t.length(); k++) {
                if (noise[k]) continue;
                text.append(t.charAt(k));
                offsets.add(line.span().start() + k);
            }
            boolean joined = i + 1 < lines.size() && isCut(line, lines.get(i + 1));
            if (!joined) {
                text.append('\n');
                offsets.add(line.span().end());
            }
        }
        return cut(text, offsets);
    }

    private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern.compile("(?:\\p{IsHan}[ \u3000]){2,}\\p{IsHan}");

    /**
     * The spaces of OCR-style text that puts one between every character ({@code 攸 县 高 新 区}): runs of three
     * or more single characters each followed by one space. Such spaces are dropped from the sentence text
     * (their offsets are skipped, so spans still point into the original); a space between words stays.
     */
    static boolean[] spacedOutCharacters(String t) {
        boolean[] drop = new boolean[t.length()];
        java.util.regex.Matcher m = SPACED.matcher(t);
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) if (t.charAt(k) == ' ' || t.charAt(k) == '\u3000') drop[k] = true;
        }
        return drop;
    }

    /** True when {@code line} was cut by the layout and {@code next} continues it. */
    static boolean isCut(Line line, Line next) {
        return line.kind() == LineKind.BODY
                && !LayoutLib.endsSentence(line.text())
                && (next.kind() == LineKind.BODY || next.kind() == LineKind.TITLE)
                && !LayoutLib.isClosing(next.text().charAt(0));
    }

    private static List<Sentence> cut(StringBuilder text, List<Integer> offsets) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if (TERMINAL.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < n && LayoutLib.isClosing(text.charAt(j))) j++;
                end = j;
                i = j - 1;
            } else if (i - start >= MAX_SENTENCE && (c == ',' || c == '，')) {
                end = i + 1;
            }
            if (end >= 0) {
                add(out, text, offsets, start, end);
                start = c == '\n' ? i + 1 : end;
            }
        }
        add(out, text, offsets, start, n);
        return out;
    }

    private static void add(List<Sentence> out, StringBuilder text, List<Integer> offsets, int s, int e) {
        while (s < e && LayoutLib.isSpace(text.charAt(s))) s++;
        while (e > s && LayoutLib.isSpace(text.charAt(e - 1))) e--;
        if (e <= s) return;
        int[] map = new int[e - s];
        for (int k = s; k < e; k++) map[k - s] = offsets.get(k);
        out.add(new Sentence(out.size(), text.substring(s, e), new Span(map[0], map[map.length - 1] + 1), map));
    }
}
