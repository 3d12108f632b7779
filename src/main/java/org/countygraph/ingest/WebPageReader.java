package org.countygraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved news web page: the article's title, date and body paragraphs, without the site's
 * navigation, scripts, styles and footers.
 *
 * <ol>
 *   <li>Charset: a byte-order mark, else the page's {@code <meta charset>} (a declared GB2312 or
 *       GBK is read as GB18030, their superset), decoded strictly: bytes the declared charset
 *       cannot read are {@link Reason#BAD_ENCODING} with the byte offset. A page that declares
 *       nothing is decoded like a text file.</li>
 *   <li>Boilerplate dropped: scripts, styles, forms, {@code nav}, {@code footer}, {@code aside},
 *       and elements whose class or id says navigation, menu, footer, breadcrumb, share,
 *       copyright, comment or similar.</li>
 *   <li>The page becomes lines (block elements and {@code <br>} break lines); the body is the
 *       element holding the most text in lines of ten or more letters that are not mostly
 *       links; its lines are the paragraphs.</li>
 *   <li>Title: the last {@code h1}/{@code h2} or title-classed element before the body, else the
 *       nearest short line before it that is not a date line, else {@code og:title} or
 *       {@code <title>} (without a site suffix).</li>
 *   <li>Date: a publication-date meta tag or {@code <time datetime>}, else the first
 *       {@code yyyy-m-d}, {@code yyyy/m/d}, {@code yyyy.m.d} or {@code yyyy年m月d日} between the
 *       title and the body or in the body's first lines; written {@code yyyy-MM-dd}.</li>
 * </ol>
 */
public final class WebPageReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]{2,40})");
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul");
    private static final Set<String> BOILERPLATE_TOKENS = Set.of("nav", "navbar", "navigation", "menu", "footer", "foot",
            "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "share", "sharing", "copyright", "comment",
            "comments", "related", "advert", "ad", "ads", "banner", "toolbar", "pagination", "pager", "login",
            "search", "subnav", "topbar", "logo");
    private static final String REMOVED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "button, select, textarea, input, nav, footer, aside, menu";
    private static final int MIN_SCORED = 10;
    private static final int TITLE_MAX = 80;

    private WebPageReader() {}

    /** What a page says: its article's title ("" when none), date, and body paragraphs. */
    public record WebArticle(String title, Optional<String> date, List<String> paragraphs) {}

    /** Reads a page from its bytes; {@code name} is for messages. */
    public static WebArticle read(byte[] bytes, String name) {
        return read(decode(bytes, name).text(), name);
    }

    /** Reads a page already decoded. */
    public static WebArticle read(String html, String name) {
        Document doc = Jsoup.parse(html);
        Optional<String> metaDate = metaDate(doc);
        String fallbackTitle = fallbackTitle(doc);
        doc.select(REMOVED).remove();
        for (Element e : new ArrayList<>(doc.getAllElements())) {
            if (e.parent() != null && isBoilerplate(e)) e.remove();
        }
        List<Run> runs = Lines.of(doc.body() == null ? doc : doc.body());
        Element body = bodyElement(runs);
        if (body == null) {
            throw new InputException(name, null, Reason.BAD_RECORD, "no article body found in the page", -1, null);
        }
        int first = -1;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (!isInside(r.block, body) || r.isMostlyLinks()) continue;
            if (first < 0) first = i;
            paragraphs.add(r.text);
        }
        int titleAt = titleIndex(runs, first);
        String title = titleAt >= 0 ? runs.get(titleAt).text : fallbackTitle;
        if (!title.isEmpty()) paragraphs.remove(title);
        int bodyStart = first;
        Optional<String> date = metaDate.or(() -> dateIn(runs, Math.max(titleAt, 0), bodyStart + 3));
        return new WebArticle(title, date, paragraphs);
    }

    /** Decodes a page: a BOM, else its declared charset strictly, else like a text file. */
    static TextDecoder.Decoded decode(byte[] bytes, String name) {
        if (BinarySniffer.hasUtf16Bom(bytes) || TextDecoder.hasUtf8Bom(bytes)) return TextDecoder.decodeBytes(bytes, name);
        Optional<Charset> declared = declaredCharset(bytes);
        return declared.isPresent() ? TextDecoder.decodeAs(bytes, declared.get(), name) : TextDecoder.decodeBytes(bytes, name);
    }

    /** The charset a page declares in its first 4 KiB, GB2312 and GBK widened to GB18030. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        String cs = m.group(1).toLowerCase(Locale.ROOT);
        if (Set.of("gb2312", "gbk", "x-gbk", "gb_2312-80", "euc-cn", "cp936", "windows-936", "gb18030").contains(cs)) {
            return Optional.of(TextDecoder.GB18030);
        }
        try {
            return Optional.of(Charset.forName(cs));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean isBoilerplate(Element e) {
        String attrs = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (attrs.isBlank()) return false;
        for (String token : attrs.split("[\\s_\\-]+")) {
            if (BOILERPLATE_TOKENS.contains(token)) return true;
        }
        return false;
    }

    private static Element bodyElement(List<Run> runs) {
        Map<Element, Double> score = new HashMap<>();
        List<Element> order = new ArrayList<>();
        for (Run r : runs) {
            int len = r.letters();
            if (len < MIN_SCORED || r.isMostlyLinks()) continue;
            Element p = r.block;
            double[] weight = {1, 1, 0.5};
            for (int k = 0; k < weight.length && p != null; k++, p = p.parent()) {
                if (!score.containsKey(p)) order.add(p);
                score.merge(p, weight[k] * len, Double::sum);
            }
        }
        Element best = null;
        for (Element e : order) {
            double s = score.get(e);
            if (best == null || s > score.get(best) || s == score.get(best) && isInside(e, best)) best = e;
        }
        return best;
    }

    private static int titleIndex(List<Run> runs, int bodyStart) {
        Run head = runs.get(bodyStart);
        if (head.text.length() <= TITLE_MAX && isTitleElement(head.block)) return bodyStart;
        int nearest = -1;
        for (int i = bodyStart - 1; i >= 0; i--) {
            Run r = runs.get(i);
            if (r.text.length() > TITLE_MAX || r.isMostlyLinks() || DATE.matcher(r.text).find()) continue;
            if (isTitleElement(r.block)) return i;
            if (nearest < 0 && r.letters() >= 4) nearest = i;
        }
        return nearest;
    }

    private static boolean isTitleElement(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("h1") || tag.equals("h2")) return true;
            String attrs = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (attrs.contains("title") || attrs.contains("headline")) return true;
            if (tag.equals("body")) return false;
        }
        return false;
    }

    private static String fallbackTitle(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title], meta[name=title], meta[name=headline]");
        if (og != null && !og.attr("content").isBlank()) return og.attr("content").strip();
        String t = doc.title().strip();
        String best = "";
        for (String part : t.split("\\s+[-_|–—]\\s+|[_|]")) if (part.strip().length() > best.length()) best = part.strip();
        return best;
    }

    private static Optional<String> metaDate(Document doc) {
        for (Element m : doc.select("meta[name], meta[property], meta[itemprop]")) {
            String key = (m.attr("name") + m.attr("property") + m.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (key.matches(".*(published_time|pubdate|publishdate|datepublished|dc\\.date|^date$).*")) {
                Optional<String> d = isoDate(m.attr("content"));
                if (d.isPresent()) return d;
            }
        }
        for (Element t : doc.select("time[datetime]")) {
            Optional<String> d = isoDate(t.attr("datetime"));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static Optional<String> dateIn(List<Run> runs, int from, int to) {
        for (int i = from; i < Math.min(to, runs.size()); i++) {
            Optional<String> d = isoDate(runs.get(i).text);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** The first date in {@code s}, as {@code yyyy-MM-dd}. */
    static Optional<String> isoDate(String s) {
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return Optional.of(String.format("%s-%02d-%02d", m.group(1), month, day));
            }
        }
        return Optional.empty();
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /** One line of a page: its text, the block element it belongs to, and how much of it is link text. */
    private record Run(String text, Element block, int linkChars) {
        int letters() {
            int n = 0;
            for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) n++;
            return n;
        }

        boolean isMostlyLinks() { return linkChars * 2 > text.length(); }
    }

    /** Turns a page into lines: a block element or a {@code <br>} ends a line. */
    private static final class Lines implements NodeVisitor {
        private final List<Run> runs = new ArrayList<>();
        private final List<Element> blocks = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int linkDepth;
        private int linkChars;

        static List<Run> of(Element root) {
            Lines l = new Lines();
            l.blocks.add(root);
            NodeTraversor.traverse(l, root);
            l.flush();
            return l.runs;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText().replace('\u00A0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " ");
                line.append(s);
                if (linkDepth > 0) linkChars += s.strip().length();
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) linkDepth++;
                if (tag.equals("br")) flush();
                if (BLOCKS.contains(tag)) {
                    flush();
                    blocks.add(e);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) linkDepth--;
                if (BLOCKS.contains(tag) && blocks.size() > 1) {
                    flush();
                    blocks.remove(blocks.size() - 1);
                }
            }
        }

        private void flush() {
            String text = line.toString().strip();
            if (!text.isEmpty()) runs.add(new Run(text, blocks.get(blocks.size() - 1), Math.min(linkChars, text.length())));
            line.setLength(0);
            linkChars = 0;
        }
    }
}
