package org.countygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the other mentions of persons an article has already named with confidence: once
 * {@code 公司负责人刘小锋} is read, every later {@code 刘小锋} is a mention of the same person, even where
 * the segmenter does not propose the name.
 */
final class NameEchoes {
    private NameEchoes() {}

    static List<Found> find(List<Found> found, List<Sentence> ss) {
        Map<String, Found> names = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.kind().isPerson() && f.confidence() >= 0.8 && f.name().length() >= 2) names.putIfAbsent(f.name(), f);
        }
        List<Found> out = new ArrayList<>();
        for (Sentence s : ss) {
            String t = s.text();
            for (Map.Entry<String, Found> e : names.entrySet()) {
                String name = e.getKey();
                int i = t.indexOf(name);
                while (i >= 0) {
                    Span span = new Span(i, i + name.length());
                    boolean taken = false;
                    for (Found f : found) if (f.sentence() == s.index() && f.span().overlaps(span)) taken = true;
                    for (Found f : out) if (f.sentence() == s.index() && f.span().overlaps(span)) taken = true;
                    boolean bounded = (i == 0 || !Character.isIdeographic(t.charAt(i - 1)) || !Names.hasSurname(t.substring(i - 1)))
                            && (i + name.length() >= t.length() || Names.endsName(t, i + name.length())
                                || !Character.isIdeographic(t.charAt(i + name.length())) || name.length() >= 3);
                    if (!taken && bounded) {
                        out.add(new Found(s.index(), span, name, e.getValue().kind(), name, java.util.Optional.empty(), 0.8));
                    }
                    i = t.indexOf(name, i + name.length());
                }
            }
        }
        return out;
    }
}
