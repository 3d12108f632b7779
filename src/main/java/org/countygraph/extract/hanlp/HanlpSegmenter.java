package org.countygraph.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.countygraph.extract.Segmenter;
import org.countygraph.extract.Span;
import org.countygraph.extract.Token;

/**
 * A segmenter backed by HanLP portable's viterbi segmenter with person, place and organisation
 * recognition on. HanLP's dictionaries load once per JVM, on first use. Thread-safe: each call
 * makes its own light segment object over the shared dictionaries.
 */
public final class HanlpSegmenter implements Segmenter {
    @Override
    public List<Token> segment(String text) {
        Segment seg = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
        List<Term> terms = seg.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            int start = t.offset >= pos && text.startsWith(t.word, t.offset) ? t.offset : text.indexOf(t.word, pos);
            if (start < 0) continue;
            int end = start + t.word.length();
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), new Span(start, end)));
            pos = end;
        }
        return out;
    }
}
