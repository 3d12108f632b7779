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
 * the tagger takes too many words of regional news for names ({@code 黄板}, {@code 黄土塬}). The tagger
 * reads only the clauses that hold such a word, which keeps its cost to a fraction of the extraction's.
 */
public final class TaggedPersonFinder implements MentionFinder {
    /** The confidence of a tagged name. */
    public static final double CONFIDENCE = 0.8;
    /** Where a clause ends: the tagger reads only the clauses that hold an occupation or post word. */
    private static final String CLAUSE_END = "，。；：！？,;:!?、";
    private final Recognizer recognizer;

    /** A finder of the {@code PER} entities of {@code recognizer}. */
    public TaggedPersonFinder(Recognizer recognizer) { this.recognizer = recognizer; }

    @Override
    public List<Candidate> find(Sentence sentence, ArticleContext context) {
        String t = sentence.text();
        List<Token> tokens = context.tokens(sentence.index());
        List<Candidate> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && CLAUSE_END.indexOf(t.charAt(i)) < 0) continue;
            if (i > start && hasOccupation(tokens, start, i)) find(sentence, tokens, start, i, out);
            start = i + 1;
        }
        return out;
    }

    /** Tags the clause {@code [from, to)} of the sentence and adds its persons to {@code out}. */
    private void find(Sentence sentence, List<Token> tokens, int from, int to, List<Candidate> out) {
        String clause = sentence.text().substring(from, to);
        for (NamedSpan e : recognizer.recognize(clause)) {
            if (!e.label().equals("PER")) continue;
            String name = e.of(clause);
            int start = from + e.start();
            int end = from + e.end();
            if (!Names.isHanName(name) || !Names.hasSurname(name)) continue;
            if (!occupationAt(tokens, start, true) && !occupationAt(tokens, end, false)) continue;
            out.add(Candidate.of(sentence.index(), new Span(start, end), EntityKind.PERSON, name, CONFIDENCE));
        }
    }

    private static boolean hasOccupation(List<Token> tokens, int from, int to) {
        for (Token tok : tokens) {
            if (tok.span().start() >= from && tok.span().end() <= to && isOccupation(tok)) return true;
        }
        return false;
    }

    private static boolean isOccupation(Token tok) { return tok.tag().equals("nnt") || tok.tag().equals("nnd"); }

    /**
     * True when a word the segmenter tags as a post ({@code nnt}) or occupation ({@code nnd}) ends at
     * {@code at} ({@code before}) or starts there.
     */
    static boolean occupationAt(List<Token> tokens, int at, boolean before) {
        for (Token tok : tokens) {
            int edge = before ? tok.span().end() : tok.span().start();
            if (edge == at && isOccupation(tok)) return true;
        }
        return false;
    }
}
