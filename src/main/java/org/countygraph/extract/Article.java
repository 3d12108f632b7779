package org.countygraph.extract;

import java.util.List;
import java.util.Optional;

/**
 * One article of a source document: its place in the text, headline, credits and date.
 *
 * @param index    position of the article in its document, from 1
 * @param span     the article's range in the document text (headline included)
 * @param headline the headline as written, or empty when the text gives none
 * @param source   the publication named in the dateline (e.g. 株洲日报), or empty
 * @param bylines  reporters, correspondents and editors credited
 * @param date     the date the text gives, as written (e.g. {@code 8月24日}), if any
 */
public record Article(int index, Span span, String headline, String source, List<Byline> bylines,
                      Optional<String> date) {
    public Article {
        if (index < 1) throw new ExtractException("article index must be >= 1: " + index);
        bylines = List.copyOf(bylines);
    }
}
