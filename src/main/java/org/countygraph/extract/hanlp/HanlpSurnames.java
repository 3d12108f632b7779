package org.countygraph.extract.hanlp;

import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import java.util.Set;

/**
 * The generator of {@code names/surnames-hanlp.txt}: the characters HanLP portable's person-name role dictionary
 * gives the surname role (B) at least {@value #MIN_COUNT} times, for at least half of their uses in names, or for
 * at least {@value #MIN_SHARE_OF_WORDS} of them when the character on its own is no verb, adverb, preposition,
 * conjunction, particle, pronoun, numeral, measure or direction word (龙, 谷 and 凌 are surnames; 应, 都 and 连 are
 * words first). Run: {@code java -cp … org.countygraph.extract.hanlp.HanlpSurnames > src/main/resources/org/countygraph/names/surnames-hanlp.txt}.
 */
public final class HanlpSurnames {
    private static final int MIN_COUNT = 30;
    private static final double MIN_SHARE_OF_WORDS = 0.15;
    private static final Set<Character> FUNCTION_CLASSES = Set.of('v', 'd', 'p', 'c', 'u', 'r', 'm', 'q', 'f', 'a', 'y', 'e', 'o');

    private HanlpSurnames() {}

    public static void main(String[] args) {
        StringBuilder out = new StringBuilder("# surnames: characters HanLP portable 1.8.6's person-name dictionary gives the surname role (tools: HanlpSurnames)\n");
        for (char c = 0x4e00; c <= 0x9fa5; c++) {
            String s = String.valueOf(c);
            var item = PersonDictionary.dictionary.get(s);
            if (item == null) continue;
            Integer b = item.labelMap.get(NR.B);
            if (b == null || b < MIN_COUNT) continue;
            int total = item.labelMap.values().stream().mapToInt(Integer::intValue).sum();
            double share = b / (double) total;
            if (share >= 0.5 || (share >= MIN_SHARE_OF_WORDS && !functionWord(s))) out.append(s).append('\t').append(b).append('\n');
        }
        System.out.print(out);
    }

    /** True when the core dictionary's most frequent part of speech for the character is a function class or a verb. */
    private static boolean functionWord(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null || a.nature.length == 0) return false;
        Nature top = a.nature[0];
        int best = a.frequency[0];
        for (int i = 1; i < a.nature.length; i++) if (a.frequency[i] > best) { best = a.frequency[i]; top = a.nature[i]; }
        String n = top.toString();
        return !n.isEmpty() && FUNCTION_CLASSES.contains(n.charAt(0));
    }
}
