package org.countygraph.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.countygraph.extract.Span;
import org.countygraph.extract.Token;
import org.junit.jupiter.api.Test;

class CharFeaturesTest {
    @Test
    void charactersWordsAndLexiconsAroundEachCharacter() {
        CharFeatures f = new CharFeatures(text -> List.of(new Token("攸县", "ns", new Span(0, 2)), new Token("在", "p", new Span(2, 3))),
                List.of(new DivisionLexicon()));
        String[][] out = f.of("攸县在");
        assertEquals(3, out.length);
        List<String> first = Arrays.asList(out[0]);
        assertTrue(first.containsAll(List.of("c0=攸", "c1=县", "c-1=#", "c01=攸县", "wt=nsB", "ww=攸县B", "wn=ns|pB", "x0gB", "x1gE")), first.toString());
        List<String> last = Arrays.asList(out[2]);
        assertTrue(last.containsAll(List.of("c0=在", "wt=pS", "x-1gE")), last.toString());
    }

    @Test
    void digitsAreOneCharacterAndDomainsCopyEveryFeature() {
        CharFeatures chars = new CharFeatures();
        assertTrue(Arrays.asList(chars.of("第7")[1]).contains("c0=0"));
        String[] plain = chars.of("张三")[0];
        String[] pd = chars.inDomain("PD").of("张三")[0];
        assertEquals(plain.length * 2, pd.length);
        for (String x : plain) assertTrue(Arrays.asList(pd).contains("PD|" + x), x);
        assertThrows(NerException.class, () -> chars.inDomain(" "));
    }
}
