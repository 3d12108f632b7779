package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the stages know about the article being extracted: its document, structure, sentences,
 * the gazetteer, and (once resolved) the division it is about.
 */
public final class ArticleContext {
    private final String documentId;
    private final Article article;
    private final List<Sentence> sentences;
    private final Gazetteer gazetteer;
    private final List<Division> seenDivisions = new ArrayList<>();
    private Optional<Division> focus = Optional.empty();
    private final List<List<Token>> tokens;

    public ArticleContext(String documentId, Article article, List<Sentence> sentences, Gazetteer gazetteer,
                          List<List<Token>> tokens) {
        this.documentId = documentId;
        this.article = article;
        this.sentences = List.copyOf(sentences);
        this.gazetteer = gazetteer;
        this.tokens = List.copyOf(tokens);
        if (tokens.size() != sentences.size()) {
            throw new ExtractException("need the words of every sentence: " + tokens.size() + " for " + sentences.size());
        }
    }

    /** The segmented words of sentence {@code i}. */
    public List<Token> tokens(int i) { return tokens.get(i); }

    private final java.util.Map<String, Integer> timesWritten = new java.util.HashMap<>();

    /** How many times the article's sentences write {@code word}; counted once per word and article. */
    public int timesWritten(String word) {
        return timesWritten.computeIfAbsent(word, w -> {
            int n = 0;
            for (Sentence s : sentences) for (int i = s.text().indexOf(w); i >= 0; i = s.text().indexOf(w, i + 1)) n++;
            return n;
        });
    }

    public String documentId() { return documentId; }
    public Article article() { return article; }
    public List<Sentence> sentences() { return sentences; }
    public Gazetteer gazetteer() { return gazetteer; }

    /** The division the article is mainly about (its most named county, else city), once known. */
    public Optional<Division> focus() { return focus; }
    void focus(Optional<Division> d) { focus = d; }

    /** Unambiguous divisions the article names, for settling ambiguous ones. */
    public List<Division> seenDivisions() { return seenDivisions; }
}
