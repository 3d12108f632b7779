package org.countygraph.serve;

import java.util.Locale;

/** Static helpers for writing HTML safely: every text and attribute value is escaped. */
public final class Html {
    private Html() {}

    /** Escapes {@code & < > " '} for text and attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * True for a link target a page may carry: a path on this server, or an {@code http(s)} URL.
     * {@code javascript:}, {@code data:} and the like are never links.
     */
    public static boolean isSafeHref(String href) {
        if (href == null || href.isEmpty()) return false;
        if (href.startsWith("/") && !href.startsWith("//")) return true;
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** A link, or the escaped text alone when the target is not a safe one. */
    public static String link(String href, String text) {
        if (!isSafeHref(href)) return "<span>" + esc(text) + "</span>";
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A link with a class and a title (the tooltip), escaped like {@link #link}. */
    public static String link(String href, String text, String cssClass, String title) {
        if (!isSafeHref(href)) return "<span class=\"" + esc(cssClass) + "\" title=\"" + esc(title) + "\">" + esc(text) + "</span>";
        return "<a class=\"" + esc(cssClass) + "\" href=\"" + esc(href) + "\" title=\"" + esc(title) + "\">" + esc(text) + "</a>";
    }
}
