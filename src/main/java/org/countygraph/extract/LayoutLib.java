package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Static helpers that read a newspaper page's layout: lines, their roles, bylines and credits. */
public final class LayoutLib {
    private LayoutLib() {}

    /** A dateline: the publication, {@code 讯} or {@code 电}, then the credits in brackets. */
    static final Pattern DATELINE = Pattern.compile(
            "^(\\p{IsHan}{2,16}?)(?:讯|电)\\s*[(（]([^)）]{1,120})[)）]");
    private static final Pattern EDITORS = Pattern.compile("^(?:责任编辑|美术编辑|编辑|校对|审核|统筹)\\s*[:：]");
    private static final Pattern SECTION = Pattern.compile("^\\p{IsHan}{2,6}[·・•]\\p{IsHan}{2,6}$");
    private static final Pattern COMMENTARY = Pattern.compile("^(?:来论|评论|短评|时评|社论|编者按|评论员文章|观点)$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern AUTHOR = Pattern.compile("^([^,，。:：]{2,40}?)\\s*[:：](.{0,60})$");
    private static final String TERMINAL = "。！？!?；;…";
    static final int TITLE_MAX = 40;

    /** Role words that end the post part of a credit such as {@code 经济学院副院长唐浩}. */
    private static final Pattern NAME_AFTER_TITLE = Pattern.compile(
            "^(.*(?:长|任|授|师|员|记|理|事|官|家|者|生|委|席|监|裁|人))(\\p{IsHan}{2,3})$");
    private static final Pattern CREDIT = Pattern.compile("([\\p{IsHan}A-Za-z]{1,10})\\s*[/:：]\\s*([^/:：]+?)(?=\\s+[\\p{IsHan}A-Za-z]{1,10}\\s*[/:：]|$)");
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{IsHan}{2,4}");
    /** A name as a credit line writes it: two to four characters, or two with a space or two between (陈  震). */
    private static final String CREDIT_NAME = "(?:\\p{IsHan}{2,4}?|\\p{IsHan}[ \u3000]{1,2}\\p{IsHan})";
    /** A credit line: a reporter's role and names (本报记者  某某), a coordinator (本期统筹：某某), a photo or drawing credit (某某摄（人民视觉）). */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:(本报记者|本报通讯员|本报特约记者|记者|通讯员)[ \u3000]+(" + CREDIT_NAME + "(?:[ \u3000、]+" + CREDIT_NAME + ")*)摄?"
            + "|(本期统筹)[:：][ \u3000]*(" + CREDIT_NAME + ")"
            + "|(" + CREDIT_NAME + ")([摄绘])(?:[（(][^）)]{1,20}[）)])?)$");
    /** One name of a credit line's list. */
    private static final Pattern CREDIT_LIST_NAME = Pattern.compile(CREDIT_NAME + "(?=$|[ \u3000、])");

    /** Splits a text into its non-blank lines, trimmed, with their spans. */
    public static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int eol = pos;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') eol++;
            int s = pos;
            int e = eol;
            while (s < e && isSpace(text.charAt(s))) s++;
            while (e > s && isSpace(text.charAt(e - 1))) e--;
            if (e > s) {
                String t = text.substring(s, e);
                lines.add(new Line(t, new Span(s, e), classify(t, false)));
            }
            if (eol >= n) break;
            pos = eol + 1;
        }
        return lines;
    }

    /** True for white space of any width, the BOM and the ideographic space included. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\uFEFF' || c == '\u00A0';
    }

    /** Classifies one trimmed line; {@code commentary} says whether a commentary block is open. */
    public static LineKind classify(String t, boolean commentary) {
        if (DATELINE.matcher(t).find()) return LineKind.DATELINE;
        if (EDITORS.matcher(t).find()) return LineKind.EDITORS;
        if (SECTION.matcher(t).matches()) return LineKind.SECTION;
        if (COMMENTARY.matcher(t).matches()) return LineKind.COMMENTARY;
        if (DATE.matcher(t).matches()) return LineKind.DATE;
        if (URL.matcher(t).matches()) return LineKind.URL;
        if (commentary && isAuthorLine(t)) return LineKind.AUTHOR;
        if (!creditLine(t, 0).isEmpty()) return LineKind.CREDIT;
        if (isTitle(t)) return LineKind.TITLE;
        return LineKind.BODY;
    }

    /** True for a short line with no sentence punctuation at its end, not wholly in parentheses: a headline or subhead. */
    public static boolean isTitle(String t) {
        if (t.length() >= 2 && "（(".indexOf(t.charAt(0)) >= 0 && "）)".indexOf(t.charAt(t.length() - 1)) >= 0) return false; // （某某参与采写）: a note
        return t.length() <= TITLE_MAX && t.indexOf('。') < 0 && !endsSentence(t) && !hasCommaOutsideTitles(t);
    }

    /** True when the line has a comma that is not inside book-title marks 《》: running text, not a headline. */
    static boolean hasCommaOutsideTitles(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '《') depth++;
            else if (c == '》' && depth > 0) depth--;
            else if ((c == ',' || c == '，') && depth == 0) return true;
        }
        return false;
    }

    /** True when the text ends with sentence-final punctuation, closing quotes aside. */
    public static boolean endsSentence(String t) {
        int i = t.length() - 1;
        while (i >= 0 && isClosing(t.charAt(i))) i--;
        if (i < 0) return false;
        char c = t.charAt(i);
        return TERMINAL.indexOf(c) >= 0 || (i < t.length() - 1 && (c == ':' || c == '：'));
    }

    /** True for closing quotes and brackets that may follow sentence-final punctuation. */
    public static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '"' || c == '\'' || c == ')' || c == '）' || c == '》';
    }

    private static boolean isAuthorLine(String t) {
        Matcher m = AUTHOR.matcher(t);
        return m.matches() && authorName(m.group(1)) != null;
    }

    /** The author credit of a commentary line such as {@code 某大学副院长唐浩:标题}, or null. */
    static Byline author(Line line) {
        Matcher m = AUTHOR.matcher(line.text());
        if (!m.matches()) return null;
        String name = authorName(m.group(1));
        if (name == null) return null;
        int at = line.span().start() + m.end(1) - name.length();
        String role = m.group(1).substring(0, m.group(1).length() - name.length());
        return new Byline(name, role, new Span(at, at + name.length()));
    }

    /** The headline after an author line's colon, possibly empty. */
    static String afterColon(Line line) {
        Matcher m = AUTHOR.matcher(line.text());
        return m.matches() ? m.group(2).trim() : "";
    }

    private static String authorName(String credit) {
        Matcher m = NAME_AFTER_TITLE.matcher(credit.trim());
        return m.matches() ? m.group(2) : null;
    }

    /**
     * The persons a credit line credits ({@code 本报记者  王某  李某}, {@code 本期统筹：陈  某}, {@code 某某摄（影像中国）}),
     * with {@code offset} the line's start in the document; empty when the line is no credit line or a name has no
     * surname of our lists (航拍摄 credits no one).
     */
    static List<Byline> creditLine(String text, int offset) {
        Matcher m = CREDIT_LINE.matcher(text);
        if (!m.matches()) return List.of();
        List<Byline> out = new ArrayList<>();
        if (m.group(1) != null) {
            Matcher names = CREDIT_LIST_NAME.matcher(text).region(m.start(2), m.end(2));
            while (names.find()) out.add(new Byline(names.group(), m.group(1), new Span(offset + names.start(), offset + names.end())));
        } else if (m.group(3) != null) {
            out.add(new Byline(m.group(4), m.group(3), new Span(offset + m.start(4), offset + m.end(4))));
        } else {
            out.add(new Byline(m.group(5), m.group(6).equals("摄") ? "摄影" : "绘图", new Span(offset + m.start(5), offset + m.end(5))));
        }
        for (Byline b : out) {
            String plain = b.name().replaceAll("[ \u3000]", "");
            if (!Names.isHanName(plain) || !Names.hasSurname(plain)) return List.of();
        }
        return out;
    }

    /** The credits of a dateline or editor line: {@code 全媒体记者/王军 通讯员/谭洪汀 吴胤霖}. */
    static List<Byline> credits(String text, int offset) {
        List<Byline> out = new ArrayList<>();
        Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            String role = m.group(1);
            int valueStart = m.start(2);
            Matcher names = PERSON_NAME.matcher(m.group(2));
            while (names.find()) {
                int at = offset + valueStart + names.start();
                out.add(new Byline(names.group(), role, new Span(at, at + names.group().length())));
            }
        }
        return out;
    }
}
