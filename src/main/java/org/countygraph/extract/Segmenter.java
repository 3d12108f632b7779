package org.countygraph.extract;

import java.util.List;

/** Segments a sentence into tagged words, recognising person, place and organisation names. */
public interface Segmenter {
    /** The words of {@code text} in order, covering it without gaps. */
    List<Token> segment(String text);
}
