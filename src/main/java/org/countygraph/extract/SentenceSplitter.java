package org.countygraph.extract;

import java.util.List;

/** Repairs an article's layout damage and cuts its text into sentences. */
public interface SentenceSplitter {
    /** Returns the sentences of the given lines, offsets pointing into the original text. */
    List<Sentence> split(List<Line> lines);
}
