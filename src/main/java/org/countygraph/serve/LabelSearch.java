package org.countygraph.serve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Search over names: Chinese labels, aliases ({@code skos:altLabel}), headlines, and pinyin labels
 * matched without tones, spaces or case ({@code youxian}, {@code Yōu Xiàn} and {@code you xian}
 * all find 攸县). Hits are ranked: exact name, exact alias, prefix, substring, pinyin.
 *
 * <p>Names are matched in memory ({@link LabelIndex}, one per data version of the store), so a
 * search does not read every label of the store; the term never reaches SPARQL.
 */
final class LabelSearch {
    /** Longest search term used; longer input is cut. */
    static final int MAX_TERM = 64;

    /** One entity found, with the name it is shown by and the name that matched. */
    record Hit(Node iri, String label, String matched, Node type, int score) {}

    private LabelSearch() {}

    /** The term as searched: trimmed, inner spaces collapsed, at most {@value #MAX_TERM} characters. */
    static String clean(String raw) {
        if (raw == null) return "";
        String s = raw.strip().replaceAll("\\s+", " ");
        return s.length() > MAX_TERM ? s.substring(0, MAX_TERM) : s;
    }

    /** Lower case, no tone marks, no spaces or apostrophes, {@code v} for {@code ü} read as {@code u}. */
    static String foldPinyin(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("[\\p{M}\\s'’·-]", "").replace('v', 'u');
    }

    /**
     * Entities under the public base whose names match {@code term}, best first, at most
     * {@code limit}: names from {@code index}, shown by their names and classes in {@code g}.
     */
    static List<Hit> find(Graph g, IriMapping mapping, LabelIndex index, String term, int limit) {
        String t = clean(term);
        if (t.isEmpty()) return List.of();
        String folded = foldPinyin(t);
        boolean usePinyin = folded.matches("[a-z]+");
        Labels labels = new Labels(g, mapping);
        Linker linker = new Linker(g, labels, mapping);
        Map<Node, Hit> best = new LinkedHashMap<>();
        for (LabelIndex.Name n : index.matching(t.toLowerCase(Locale.ROOT), usePinyin ? folded : null)) {
            Node s = n.entity();
            LabelIndex.Shown shown = index.shown(s, e -> {
                List<Node> types = linker.types(e);
                return new LabelIndex.Shown(labels.text(e), EntityClasses.mostSpecific(types), EntityClasses.isMachinery(types));
            });
            if (shown.machinery()) continue;
            int score = score(t, folded, n.text(), shown.label(), n.lang());
            Hit old = best.get(s);
            if (old == null || score < old.score()) best.put(s, new Hit(s, shown.label(), n.text(), shown.type(), score));
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingInt(Hit::score).thenComparingInt(h -> h.label().length())
                .thenComparing(Hit::label).thenComparing(h -> h.iri().getURI()));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private static int score(String term, String folded, String matched, String label, String lang) {
        String m = matched.toLowerCase(Locale.ROOT), q = term.toLowerCase(Locale.ROOT);
        if (lang.toLowerCase(Locale.ROOT).equals("zh-latn-pinyin") && !m.contains(q)) {
            return foldPinyin(matched).equals(folded) ? 2 : 4;
        }
        if (m.equals(q)) return matched.equals(label) ? 0 : 1;
        if (m.startsWith(q)) return 2;
        return 3;
    }
}
