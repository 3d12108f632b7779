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

    public ArticleContext(String documentId, Article article, List<Sentence> sentences, Gazetteer gazetteer) {
        this.documentId = documentId;
        this.article = article;
        this.sentences = List.copyOf(sentences);
        this.gazetteer = gazetteer;
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
