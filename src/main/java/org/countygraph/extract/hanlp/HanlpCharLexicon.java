package org.countygraph.extract.hanlp;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.nr.JapanesePersonDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.dictionary.ns.PlaceDictionary;
import com.hankcs.hanlp.dictionary.nt.OrganizationDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.countygraph.extract.CharLexicon;

/**
 * The character roles of HanLP portable's name dictionaries: for each character, the roles its
 * role-tagging dictionaries give it in person names ({@code nr}: B surname, C and D given-name
 * characters…), place names ({@code ns}) and organisation names ({@code nt}) when a role holds at
 * least a tenth of its uses; whether it occurs in transliterated foreign names ({@code nrf}); and the
 * core dictionary's most frequent part of speech for it.
 */
public final class HanlpCharLexicon implements CharLexicon {
    @Override
    public String[][] describe(String text) {
        String[][] out = new String[text.length()][];
        List<Set<String>> words = dictionaryWords(text);
        List<String> f = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            f.clear();
            f.addAll(words.get(i));
            String c = String.valueOf(text.charAt(i));
            roles("nr", PersonDictionary.dictionary.get(c), f);
            roles("ns", PlaceDictionary.dictionary.get(c), f);
            roles("nt", OrganizationDictionary.dictionary.get(c), f);
            if (TranslatedPersonDictionary.containsKey(c)) f.add("nrf");
            CoreDictionary.Attribute a = CoreDictionary.get(c);
            if (a != null && a.nature.length > 0) f.add("pos=" + a.nature[0]);
            out[i] = f.toArray(String[]::new);
        }
        return out;
    }

    /** Per character, the classes of the dictionary names (of two characters or more) that start, continue or end there. */
    private static List<Set<String>> dictionaryWords(String text) {
        List<Set<String>> out = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) out.add(new TreeSet<>());
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            List<Map.Entry<String, CoreDictionary.Attribute>> hits = new ArrayList<>(CoreDictionary.trie.commonPrefixSearchWithValue(chars, i));
            hits.addAll(CustomDictionary.commonPrefixSearch(chars, i));
            for (Map.Entry<String, CoreDictionary.Attribute> hit : hits) {
                int len = hit.getKey().length();
                if (len < 2 || hit.getValue() == null) continue;
                for (Nature n : hit.getValue().nature) {
                    String cls = nameClass(n.toString());
                    if (cls == null) continue;
                    out.get(i).add("dB=" + cls);
                    for (int k = i + 1; k < i + len - 1; k++) out.get(k).add("dM=" + cls);
                    out.get(i + len - 1).add("dE=" + cls);
                }
            }
        }
        return out;
    }

    private static String nameClass(String nature) {
        if (nature.startsWith("nr")) return "nr";
        if (nature.startsWith("ns")) return "ns";
        if (nature.startsWith("nt")) return "nt";
        return null;
    }

    private static <E extends Enum<E>> void roles(String dict, EnumItem<E> item, List<String> f) {
        if (item == null) return;
        int total = 0;
        for (int n : item.labelMap.values()) total += n;
        for (Map.Entry<E, Integer> e : item.labelMap.entrySet()) {
            if (e.getValue() * 10 >= total) f.add(dict + "=" + e.getKey());
        }
    }
}
