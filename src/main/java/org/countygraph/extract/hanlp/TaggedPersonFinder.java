package org.countygraph.extract.hanlp;

import java.util.ArrayList;
import java.util.List;
import org.countygraph.extract.ArticleContext;
import org.countygraph.extract.Candidate;
import org.countygraph.extract.EntityKind;
import org.countygraph.extract.MentionFinder;
import org.countygraph.extract.Names;
import org.countygraph.extract.Sentence;
import org.countygraph.extract.Span;
import org.countygraph.extract.Token;
import org.countygraph.ner.NamedSpan;
import org.countygraph.ner.Recognizer;

/**
 * A finder of the persons a trained recogniser tags ({@code PER}) next to an occupation or post
 * word of the segmenter's ({@code 学员郭盼盼}, {@code 护林员杜德生}, {@code 习近平总书记}): the names
 * {@code PersonFinder} leaves out when the word is not in its title and role lists, or when the
 * segmenter cuts the name ({@code 杜/德/生}, {@code 张龙/琼}).
 *
 * <p>Only Han names of two to four characters with a known surname are kept, at confidence
 * {@value #CONFIDENCE}, and only where such a word stands right before or after the name: alone,
 * the tagger takes too many words of regional news for names ({@code 黄板}, {@code 黄土塬}).
 */
public final class TaggedPersonFinder implements MentionFinder {
    /** The confidence of a tagged name. */
    public static final double CONFIDENCE = 0.8;
    private final Recognizer recognizer;

    /** A finder of the {@code PER} entities of {@code recognizer}. */
    public TaggedPersonFinder(Recognizer recognizer) { this.recognizer = recognizer; }

    @Override
    public List<Candidate> find(Sentence sentence, ArticleContext context) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        if (t.isEmpty()) return out;
        List<Token> tokens = context.tokens(sentence.index());
        for (NamedSpan e : recognizer.recognize(t)) {
            if (!e.label().equals("PER")) continue;
            String name = e.of(t);
            if (!Names.isHanName(name) || !Names.hasSurname(name)) continue;
            if (!occupationAt(tokens, e.start(), true) && !occupationAt(tokens, e.end(), false)) continue;
            out.add(Candidate.of(sentence.index(), new Span(e.start(), e.end()), EntityKind.PERSON, name, CONFIDENCE));
        }
        return out;
    }

    /**
     * True when a word the segmenter tags as a post ({@code nnt}) or occupation ({@code nnd}) ends at
     * {@code at} ({@code before}) or starts there.
     */
    static boolean occupationAt(List<Token> tokens, int at, boolean before) {
        for (Token tok : tokens) {
            int edge = before ? tok.span().end() : tok.span().start();
            if (edge == at && (tok.tag().equals("nnt") || tok.tag().equals("nnd"))) return true;
        }
        return false;
    }
}
