package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearModelTest {
    @Test
    void scoresTheSumOfTheWeightsOfItsFeaturesAndZeroForUnknownOnes() {
        LinearModel m = new LinearModel(Map.of("bias", -0.5, "campaignWordAfter", 1.75));
        assertEquals(1.25, m.score(List.of("bias", "campaignWordAfter", "never-seen")), 1e-9);
        assertEquals(0.0, m.score(List.of()), 1e-9);
    }

    @Test
    void rejectsAWeightThatIsNoFiniteNumberNamingItsFeature() {
        Map<String, Double> w = new HashMap<>();
        w.put("quoted=3", Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LinearModel(w));
        assertTrue(e.getMessage().contains("quoted=3"), e.getMessage());
    }

    @Test
    void theBundledModelFavoursAPhraseBeforeACampaignWordOverOneQuotedOnceAtASentencesEnd() {
        LinearModel m = LinearModel.bundled("quoted-initiative-weights.tsv");
        double programme = m.score(List.of("bias", "len=4", "campaignWordAfter", "quoted=3", "a1=COMMA"));
        double saying = m.score(List.of("bias", "len=4", "quoted=1", "a1=STOP"));
        assertTrue(programme > 0 && saying < 0, programme + " / " + saying);
    }

    @Test
    void featuresNameTheShapeAndTheContextOfAQuotedPhraseNotThePhrase() {
        InitiativeFinder finder = new InitiativeFinder(Lexicon.bundled("campaign-words.txt"));
        String t = "全县推行“一村一品”行动，成效明显。";
        List<InitiativeFinder.Quoted> quoted = finder.quoted(t, List.of(), w -> 2);
        assertEquals(1, quoted.size());
        List<String> f = quoted.get(0).features();
        assertTrue(f.containsAll(List.of("bias", "len=4", "b2=推行", "a2=行动", "campaignWordAfter", "numberPattern", "launched",
                "quoted=2", "inside=")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.contains("一村一品")), f.toString());
    }
}
