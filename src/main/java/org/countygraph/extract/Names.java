package org.countygraph.extract;

import java.util.regex.Pattern;

/** Static checks on Chinese person names: surnames from public NER training data, name shapes. */
public final class Names {
    private Names() {}

    private static final Lexicon SURNAMES = Lexicon.bundled("/org/countygraph/names/surnames.txt");
    /** Surnames of HanLP's person-name dictionary (龙, 谷, 凌…), which the NER training data holds too rarely to count. */
    private static final Lexicon DICTIONARY_SURNAMES = Lexicon.bundled("/org/countygraph/names/surnames-hanlp.txt");
    /** Two to four Han characters, none a particle no given name holds (工人|都多了 is no 都 family's 多了, 小彭|就行 no 彭 family's 就行). */
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}&&[^了的着们吗呢吧就]]{2,4}");
    /** Characters that end a name: punctuation and the words that follow a name in news. */
    static final String NAME_END = ",，:：、;；。.!！?？(（)）“”\"'说表介告认指称等也就在对向带和与是为一讲坦感笑回道时看将把被正已还又都便却刚曾没摄";

    private static final java.util.Map<String, Integer> COUNTS = counts();

    /** True when the first character is a known surname. */
    public static boolean hasSurname(String name) {
        if (name.isEmpty()) return false;
        String first = name.substring(0, 1);
        return SURNAMES.contains(first) || DICTIONARY_SURNAMES.contains(first);
    }

    /** True when the first character is a common surname (seen at least ten times in the training data). */
    public static boolean hasCommonSurname(String name) {
        return !name.isEmpty() && COUNTS.getOrDefault(name.substring(0, 1), 0) >= 10;
    }

    private static java.util.Map<String, Integer> counts() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        try (var in = Names.class.getResourceAsStream("/org/countygraph/names/surnames.txt");
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length == 2 && !line.startsWith("#")) m.put(f[0], Integer.parseInt(f[1].trim()));
            }
        } catch (java.io.IOException | NullPointerException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("bundled surname list unreadable", e));
        }
        return m;
    }

    /** True when a name ends in a division's level word, a word for land by water or a street's (白龙镇, 新圩村, 江心岛, 某光街, 某水畔): a place the segmenter took for a person. */
    public static boolean endsLikePlace(String name) {
        return !name.isEmpty() && "镇乡村县市区省岛湾街巷畔".indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /** True for 2 to 4 Han characters. */
    public static boolean isHanName(String name) { return HAN.matcher(name).matches(); }

    /** True when position {@code i} of {@code text} can end a name (end of text or a name-ending character). */
    public static boolean endsName(String text, int i) {
        return i >= text.length() || NAME_END.indexOf(text.charAt(i)) >= 0 || LayoutLib.isSpace(text.charAt(i))
                || text.startsWith("先生", i) || text.startsWith("女士", i) || text.startsWith("同志", i);
    }
}
