package org.countygraph.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The text the extractor reads for an article that came with structure (a web page, a JSON Lines
 * record): its title on the first line, its date on the second when known, a blank line, then
 * the body, one paragraph a line. The article splitter sees a title first, as on a page of a
 * web export. Offsets of mentions and sentences point into this text, which the build stores
 * with the document ({@code cg:text} in the documents graph) so that they can be resolved.
 */
public final class ArticleText {
    private ArticleText() {}

    /** The article text; blank paragraphs are left out. */
    public static String of(String title, Optional<String> date, List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        String t = oneLine(title);
        if (!t.isEmpty()) b.append(t).append('\n');
        date.map(ArticleText::oneLine).filter(d -> !d.isEmpty()).ifPresent(d -> b.append(d).append('\n'));
        if (b.length() > 0) b.append('\n');
        for (String p : paragraphs) {
            for (String line : p.split("\n")) {
                String l = line.strip();
                if (!l.isEmpty()) b.append(l).append('\n');
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", " ").strip();
    }
}
