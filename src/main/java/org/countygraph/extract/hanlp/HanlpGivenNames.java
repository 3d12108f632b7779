package org.countygraph.extract.hanlp;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import org.countygraph.extract.GivenNames;

/**
 * Names judged by HanLP portable's dictionaries: the core dictionary says whether a name's first two characters are a
 * common word (高原, 安全, 方式: not a person's name, 方向上 or 安全好 is no name), and the person-name role dictionary,
 * counted from the People's Daily corpus, whether its second character is one that stands beside names far more often
 * than in them (还: roles K and L, before or after a name, 1,613 times; C, a given name's first character, twice), and
 * whether its last is one that ends names rarely and follows them often (上: D, a name's last character, 9 times; K and
 * L 429).
 */
public final class HanlpGivenNames implements GivenNames {
    @Override
    public boolean plausible(String name) {
        if (name.length() < 3) return true;
        CoreDictionary.Attribute head = CoreDictionary.get(name.substring(0, 2));
        if (head != null && head.nature.length > 0 && !isName(head.nature[0])) return false;
        char second = name.charAt(1);
        int inName = uses(second, NR.C);
        int beside = uses(second, NR.K) + uses(second, NR.L);
        if (inName < 10 && beside > 10 * Math.max(inName, 1)) return false;
        char last = name.charAt(name.length() - 1); // 石坡|上, 成一|片: a character that ends names rarely and follows them often
        int ends = uses(last, NR.D);
        return !(ends < 20 && uses(last, NR.K) + uses(last, NR.L) > 2 * Math.max(ends, 1));
    }

    private static boolean isName(Nature n) { return n == Nature.nr || n == Nature.nrf || n == Nature.nrj || n == Nature.nz; }

    private static int uses(char c, NR role) {
        EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
        if (item == null) return 0;
        Integer n = item.labelMap.get(role);
        return n == null ? 0 : n;
    }
}
