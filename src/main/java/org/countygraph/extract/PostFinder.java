package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the posts of persons from the titles written before their names:
 * {@code 攸县县委副书记、县长武娜强} gives 县委副书记 and 县长, both in 攸县;
 * {@code 攸县高新区管委会主任杨力} gives 主任 in 攸县高新区管委会.
 *
 * <p>Requires the article's resolved mentions; the organisation of a post is the mention that ends
 * where its titles begin, or, when the words there are no known mention, a new organisation
 * mention made of them ({@code 湖南农业大学经济学院}).
 */
public final class PostFinder {
    /** A post read from the text, by the article-local refs of its holder and organisation. */
    public record Found_Post(Found person, String title, Optional<Found> org, Span titleSpan) {}

    private static final Pattern BODY_END = Pattern.compile(".*(?:委|委会|政府|局|办|办公室|厅|部|院|校|所|站|中心|协会|商会|学会|联合会|大学|学院|党校|医院|组|队)$");
    private static final String LEFT_STOP = "，,。：:；;“”\"（）()《》【】、 ";
    private final List<String> titles;

    public PostFinder(Lexicon titles) { this.titles = titles.longestFirst(); }

    /**
     * Returns the posts of the persons among {@code found}; organisation mentions it had to make
     * are added to {@code found}.
     */
    public List<Found_Post> find(List<Found> found, List<Sentence> sentences, List<Token>[] tokens) {
        List<Found_Post> out = new ArrayList<>();
        List<Found> added = new ArrayList<>();
        for (Found p : found) {
            if (!p.kind().isPerson()) continue;
            String t = sentences.get(p.sentence()).text();
            int at = p.span().start();
            List<Span> titleSpans = new ArrayList<>();
            while (true) {
                String title = titleEndingAt(t, at);
                if (title == null) break;
                titleSpans.add(0, new Span(at - title.length(), at));
                at -= title.length();
                if (at > 0 && (t.charAt(at - 1) == '、' || t.charAt(at - 1) == '兼')) at--;
                else break;
            }
            if (titleSpans.isEmpty()) continue;
            int orgEnd = titleSpans.get(0).start();
            Optional<Found> org = orgEndingAt(found, added, p.sentence(), t, orgEnd, tokens[p.sentence()]);
            for (Span ts : titleSpans) {
                out.add(new Found_Post(p, ts.of(t), org, ts));
            }
        }
        found.addAll(added);
        return out;
    }

    private String titleEndingAt(String t, int end) {
        for (String title : titles) {
            if (end - title.length() >= 0 && t.startsWith(title, end - title.length())) return title;
        }
        return null;
    }

    private static Optional<Found> orgEndingAt(List<Found> found, List<Found> added, int sentence, String t, int end,
                                               List<Token> tokens) {
        if (end <= 0) return Optional.empty();
        Found best = null;
        for (Found f : found) {
            if (f.sentence() == sentence && f.span().end() == end && !f.kind().isPerson()
                    && (best == null || f.span().length() > best.span().length())) {
                best = f;
            }
        }
        int start = end;
        while (start > 0 && end - start < 30) {
            char c = t.charAt(start - 1);
            if (LEFT_STOP.indexOf(c) >= 0 || !Character.isLetterOrDigit(c)) break;
            start--;
        }
        // trim function words at the left edge (verbs, prepositions...) by the segmenter's tags
        for (Token tok : tokens) {
            if (tok.span().start() >= start && tok.span().end() <= end && OrganizationFinder.isStopTag(tok.tag())) {
                start = tok.span().end();
            }
        }
        if (best != null && best.span().start() <= start) return Optional.of(best);
        if (end - start >= 4 && BODY_END.matcher(t.substring(start, end)).matches()) {
            String name = t.substring(start, end);
            Matcher company = Pattern.compile(".*(?:公司|集团|股份)$").matcher(name);
            EntityKind kind = company.matches() ? EntityKind.ENTERPRISE
                    : name.matches(".*(?:委|委会|政府|局|办|办公室|厅|组|队)$") ? EntityKind.GOVERNMENT_BODY
                    : EntityKind.ORGANIZATION;
            Found org = new Found(sentence, new Span(start, end), name, kind, name, Optional.empty(), 0.75);
            added.add(org);
            return Optional.of(org);
        }
        return Optional.ofNullable(best);
    }
}
