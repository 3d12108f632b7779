package org.countygraph.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.countygraph.extract.CharLexicon;
import org.countygraph.extract.Division;
import org.countygraph.extract.Gazetteer;
import org.countygraph.extract.NameTrie;
import org.countygraph.extract.Span;

/**
 * The national division gazetteer as a {@link CharLexicon}: each character of the longest full
 * division name ({@code 曲麻莱县}) or short form ({@code 曲麻莱}) found at it, with its place in
 * the name ({@code gB gM gE}, {@code sB sM sE}).
 */
public final class DivisionLexicon implements CharLexicon {
    private final NameTrie full;
    private final NameTrie shortForms;

    /** The bundled gazetteer's names. */
    public DivisionLexicon() { this(Gazetteer.bundled()); }

    /** The names of {@code gazetteer}. */
    public DivisionLexicon(Gazetteer gazetteer) {
        Set<String> shorts = new HashSet<>();
        for (Division d : gazetteer.all()) {
            String s = Gazetteer.shortForm(d);
            if (s != null) shorts.add(s);
        }
        this.full = new NameTrie(gazetteer.names());
        this.shortForms = new NameTrie(shorts);
    }

    @Override
    public String[][] describe(String text) {
        List<List<String>> f = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) f.add(new ArrayList<>(2));
        mark(full.findAll(text), "g", f);
        mark(shortForms.findAll(text), "s", f);
        String[][] out = new String[text.length()][];
        for (int i = 0; i < out.length; i++) out[i] = f.get(i).toArray(String[]::new);
        return out;
    }

    private static void mark(List<Span> spans, String kind, List<List<String>> f) {
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                f.get(i).add(kind + (i == s.start() ? "B" : i == s.end() - 1 ? "E" : "M"));
            }
        }
    }
}
