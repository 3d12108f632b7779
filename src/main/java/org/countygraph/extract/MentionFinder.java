package org.countygraph.extract;

import java.util.List;

/** Finds possible mentions of one or more kinds of entity in a sentence. */
public interface MentionFinder {
    /** Returns the candidates of one sentence; the context holds what earlier sentences found. */
    List<Candidate> find(Sentence sentence, ArticleContext context);
}
