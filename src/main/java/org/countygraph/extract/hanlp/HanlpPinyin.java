package org.countygraph.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;

/** Hanyu pinyin of Chinese names with tone marks, from HanLP's pinyin dictionary. */
public final class HanlpPinyin implements org.countygraph.extract.Transliterator {
    @Override
    public String romanize(String name) { return of(name); }

    /** The pinyin of a name with tone marks, syllables joined by spaces: 攸县 → {@code yōu xiàn}. */
    public static String of(String name) {
        List<Pinyin> syllables = HanLP.convertToPinyinList(name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && i < syllables.size(); i++) {
            String s;
            if (Character.isHighSurrogate(name.charAt(i)) && i + 1 < name.length()) {
                s = name.substring(i, i + 2); // a character outside the BMP: kept whole, as HanLP has no reading for it
                i++;
            } else {
                Pinyin p = syllables.get(i);
                s = p == Pinyin.none5 ? String.valueOf(name.charAt(i)) : p.getPinyinWithToneMark();
            }
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
        }
        return sb.toString();
    }
}
