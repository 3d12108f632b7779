package org.countygraph.serve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.countygraph.vocab.Terms;

/**
 * The names search matches, read from the store once and held in memory: every literal
 * {@code rdfs:label}, {@code skos:altLabel} and {@code schema:headline} of an entity under the
 * public base, lower-cased, and pinyin labels also folded (no tones, spaces or apostrophes).
 * Matching a term scans these strings instead of every label in the store through SPARQL.
 *
 * <p>An index is a snapshot of one data version of the store ({@link LabelIndexes} makes a new one
 * when a write advances it). It also remembers, per entity, how search shows it (name and class),
 * as found the first time it was a hit. Thread-safe once built.
 */
final class LabelIndex {
    /** The pinyin language tag, lower case. */
    static final String PINYIN = "zh-latn-pinyin";
    private static final Pattern NOT_PINYIN = Pattern.compile("[\\p{M}\\s'’·-]");

    /** A name of an entity: the literal as stored, its language, and the forms matched against. */
    record Name(Node entity, String text, String lang, String lower, String folded) {}

    /** How search shows an entity: its name, its most specific class (or null), and whether it is machinery (hidden). */
    record Shown(String label, Node type, boolean machinery) {}

    private final long version;
    private final List<Name> names;
    private final Map<Node, Shown> shown = new ConcurrentHashMap<>();

    private LabelIndex(long version, List<Name> names) {
        this.version = version;
        this.names = names;
    }

    /** Reads every name of a local entity from {@code g} (the whole union graph, not a bounded view). */
    static LabelIndex build(Graph g, IriMapping mapping, long version) {
        List<Name> names = new ArrayList<>();
        for (Node p : List.of(Terms.label, Terms.altLabel, Terms.headline)) {
            for (Iterator<Triple> it = g.find(Node.ANY, p, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                Node s = t.getSubject(), o = t.getObject();
                if (!o.isLiteral() || !s.isURI() || !mapping.isLocal(s.getURI())) continue;
                String text = o.getLiteralLexicalForm();
                String lang = o.getLiteralLanguage().toLowerCase(Locale.ROOT);
                String lower = text.toLowerCase(Locale.ROOT);
                String folded = p.equals(Terms.label) && lang.equals(PINYIN) ? fold(lower) : null;
                names.add(new Name(s, text, o.getLiteralLanguage(), lower, folded));
            }
        }
        return new LabelIndex(version, List.copyOf(names));
    }

    /** A lower-cased pinyin label without tone marks, spaces, apostrophes, middle dots or hyphens. */
    private static String fold(String lower) {
        return NOT_PINYIN.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The data version this index was read at, or -1 when the store has none. */
    long version() { return version; }

    /** The number of names held. */
    int size() { return names.size(); }

    /**
     * The names holding {@code needle} (lower case), and the pinyin labels holding {@code pinyin}
     * once folded when it is not null, in the order read.
     */
    List<Name> matching(String needle, String pinyin) {
        List<Name> out = new ArrayList<>();
        for (Name n : names) {
            if (n.lower().contains(needle) || (pinyin != null && n.folded() != null && n.folded().contains(pinyin))) out.add(n);
        }
        return out;
    }

    /** How search shows {@code entity}, found with {@code lookUp} the first time it is asked for. */
    Shown shown(Node entity, Function<Node, Shown> lookUp) {
        Shown s = shown.get(entity);
        if (s == null) {
            s = lookUp.apply(entity);
            shown.putIfAbsent(entity, s);
        }
        return s;
    }
}
