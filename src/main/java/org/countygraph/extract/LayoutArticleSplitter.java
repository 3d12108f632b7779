package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article splitter that reads a newspaper page's layout.
 *
 * <p>An article starts at a dateline ({@code 株洲日报讯(全媒体记者/王军) …}), taking the title lines
 * just above it as its headline, or at a commentary author line after a {@code 来论} marker. Section
 * lines ({@code 综合·城区}) and editor lines close the current article; the editors they name are
 * credited on the articles that follow. A document without datelines is one article whose
 * headline is its first title line (the layout of a web export: title, date, address, body).
 */
public final class LayoutArticleSplitter implements ArticleSplitter {
    private static final Pattern MONTH_DAY = Pattern.compile("(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日");

    @Override
    public List<ArticleSegment> split(SourceDocument document) {
        return new Run(document).run();
    }

    /** The state of one pass over a document's lines. */
    private static final class Run {
        private final SourceDocument doc;
        private final List<ArticleSegment> out = new ArrayList<>();
        private final List<Line> pending = new ArrayList<>();
        private final List<Byline> pendingCredits = new ArrayList<>();
        private List<Byline> editors = List.of();
        private Optional<String> documentDate = Optional.empty();
        private boolean commentary;
        // the article being read
        private List<Line> lines;
        private String headline;
        private String source;
        private List<Byline> bylines;
        private Optional<String> date;
        private boolean awaitingHeadline;

        Run(SourceDocument doc) { this.doc = doc; }

        List<ArticleSegment> run() {
            List<Line> all = LayoutLib.lines(doc.text());
            for (int i = 0; i < all.size(); i++) {
                Line raw = all.get(i);
                LineKind kind = LayoutLib.classify(raw.text(), commentary);
                boolean dateNext = i + 1 < all.size() && LayoutLib.classify(all.get(i + 1).text(), false) == LineKind.DATE;
                if (i == 0 && kind == LineKind.BODY && (dateNext
                        || (raw.text().length() <= LayoutLib.TITLE_MAX && !LayoutLib.endsSentence(raw.text())))) {
                    // a document's first line is its title when it is short, or when a date line follows it
                    // (a web page or a JSON Lines record: title, date, body), whatever its punctuation
                    kind = LineKind.TITLE;
                }
                accept(new Line(raw.text(), raw.span(), kind));
            }
            close();
            if (!pending.isEmpty()) {
                open(pending.get(pending.size() - 1).text(), "");
                close();
            }
            return out;
        }

        private void accept(Line line) {
            switch (line.kind()) {
                case SECTION -> { close(); commentary = false; editors = List.of(); }
                case EDITORS -> {
                    close();
                    editors = LayoutLib.credits(line.text(), line.span().start());
                }
                case COMMENTARY -> { close(); commentary = true; }
                case AUTHOR -> authorLine(line);
                case DATELINE -> dateline(line);
                case DATE -> { documentDate = Optional.of(line.text()); pending.add(line); }
                case URL -> pending.add(line);
                case CREDIT -> credit(line);
                case TITLE -> title(line);
                case BODY -> body(line);
            }
        }

        private void authorLine(Line line) {
            close();
            Byline author = LayoutLib.author(line);
            String after = LayoutLib.afterColon(line);
            open(after, "");
            bylines.add(author);
            lines.add(line);
            awaitingHeadline = after.isEmpty();
        }

        private void dateline(Line line) {
            close();
            Matcher m = LayoutLib.DATELINE.matcher(line.text());
            m.find();
            String head = lastTitle();
            open(head == null ? "" : head, m.group(1));
            bylines.addAll(LayoutLib.credits(m.group(2), line.span().start() + m.start(2)));
            Matcher d = MONTH_DAY.matcher(line.text());
            if (d.find(m.end())) date = Optional.of(d.group());
            lines.add(line);
        }

        /** A credit line credits the article being read, or the one the lines before it open. */
        private void credit(Line line) {
            List<Byline> credited = LayoutLib.creditLine(line.text(), line.span().start());
            if (lines != null) {
                bylines.addAll(credited);
                lines.add(line);
            } else {
                pendingCredits.addAll(credited);
                pending.add(line);
            }
        }

        private void title(Line line) {
            if (lines != null && awaitingHeadline) {
                headline = line.text();
                awaitingHeadline = false;
                lines.add(line);
            } else {
                pending.add(line);
            }
        }

        private void body(Line line) {
            if (lines == null) {
                String head = lastTitle();
                open(head == null ? "" : head, "");
            }
            awaitingHeadline = false;
            lines.addAll(pending);
            pending.clear();
            lines.add(line);
        }

        private String lastTitle() {
            for (int i = pending.size() - 1; i >= 0; i--) {
                if (pending.get(i).kind() == LineKind.TITLE) return pending.get(i).text();
            }
            return null;
        }

        private void open(String head, String src) {
            lines = new ArrayList<>(pending);
            pending.clear();
            headline = head;
            source = src;
            bylines = new ArrayList<>(pendingCredits);
            pendingCredits.clear();
            date = documentDate;
            awaitingHeadline = false;
        }

        private void close() {
            if (lines == null) return;
            if (!lines.isEmpty()) {
                List<Byline> credits = new ArrayList<>(bylines);
                credits.addAll(editors);
                Span span = new Span(lines.get(0).span().start(), lines.get(lines.size() - 1).span().end());
                out.add(new ArticleSegment(new Article(out.size() + 1, span, headline, source, credits, date), lines));
            }
            lines = null;
        }
    }
}
