package org.countygraph.ner;

import java.util.List;

/** Finds labelled entities (persons, places, organisations…) in one sentence. */
public interface Recognizer {
    /** The entities of {@code text}, not overlapping, in text order, labelled in this recogniser's label set. */
    List<NamedSpan> recognize(String text);
}
