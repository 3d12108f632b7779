package org.countygraph.serve;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;
import org.countygraph.vocab.Vocab;

/**
 * What the pages call things. An entity is called by its {@code @zh} label, with its pinyin
 * ({@code @zh-Latn-pinyin}) and English ({@code @en}) labels where present; a node without a label
 * by its headline, title, text or anchor text, and failing those by its IRI. A vocabulary term is
 * called by the labels the store's ontology graph gives it, else by {@link TermNames}.
 *
 * <p>One instance serves one request over one graph read; it caches what it looks up.
 */
final class Labels {
    /** How an entity is called: {@code main} always, {@code pinyin} and {@code english} may be null. */
    record Name(String main, String pinyin, String english) {}

    /** How a vocabulary term is called, in Chinese and English (either may equal the other). */
    record TermName(String zh, String en) {
        /** Both names, or one when they agree, e.g. {@code 县级行政区 County}. */
        String both() { return zh.equals(en) ? zh : zh + " " + en; }
    }

    private static final PrefixMapping PREFIXES = Vocab.prefixMapping();
    private static final int SNIPPET = 40;
    private final Graph g;
    private final IriMapping mapping;
    private final Map<Node, Name> names = new HashMap<>();
    private final Map<Node, TermName> terms = new HashMap<>();

    Labels(Graph g, IriMapping mapping) {
        this.g = g;
        this.mapping = mapping;
    }

    /** The name of any node: an entity, a literal, a blank node. */
    Name of(Node n) { return names.computeIfAbsent(n, this::lookUp); }

    /** The main name of a node. */
    String text(Node n) { return of(n).main(); }

    /** The name of a class or property. */
    TermName term(Node t) { return terms.computeIfAbsent(t, this::lookUpTerm); }

    /** The name of a property read backwards, e.g. "has part" for {@code cg:partOf}; heads backlinks. */
    TermName inverse(Node p) {
        TermNames.Name builtIn = p.isURI() ? TermNames.of(p.getURI()) : null;
        if (builtIn != null && builtIn.inverseZh() != null) return new TermName(builtIn.inverseZh(), builtIn.inverseEn());
        TermName t = term(p);
        return new TermName(t.zh() + "（反向）", "is " + t.en() + " of");
    }

    private Name lookUp(Node n) {
        if (n.isLiteral()) return new Name(n.getLiteralLexicalForm(), null, null);
        String zh = null, any = null, pinyin = null, en = null;
        for (Iterator<Triple> it = g.find(n, Terms.label, Node.ANY); it.hasNext(); ) {
            Node l = it.next().getObject();
            if (!l.isLiteral()) continue;
            String lang = l.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
            String s = l.getLiteralLexicalForm();
            if (lang.equals("zh") || lang.equals("zh-cn") || lang.equals("zh-hans")) zh = pick(zh, s);
            else if (lang.equals("zh-latn-pinyin")) pinyin = pick(pinyin, s);
            else if (lang.equals("en") || lang.startsWith("en-")) en = pick(en, s);
            else any = pick(any, s);
        }
        String main = zh != null ? zh : any != null ? any : en != null ? en : fallback(n);
        return new Name(main, pinyin, en != null && !en.equals(main) ? en : null);
    }

    /** The smallest of two candidate labels, so that the choice does not depend on storage order. */
    private static String pick(String old, String s) { return old == null || s.compareTo(old) < 0 ? s : old; }

    private String fallback(Node n) {
        String s = firstLiteral(n, Terms.headline);
        if (s == null) s = firstLiteral(n, CG.title);
        if (s == null) {
            String text = firstLiteral(n, CG.text);
            if (text != null) s = text.length() > SNIPPET ? text.substring(0, SNIPPET) + "…" : text;
        }
        if (s == null) {
            String anchor = firstLiteral(n, CG.anchorText);
            if (anchor != null) s = "“" + anchor + "”";
        }
        if (s != null) return s;
        if (n.isURI()) return mapping.suffix(n.getURI()).orElseGet(() -> PREFIXES.shortForm(n.getURI()));
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    private String firstLiteral(Node s, Node p) {
        String best = null;
        for (Iterator<Triple> it = g.find(s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral()) best = pick(best, o.getLiteralLexicalForm());
        }
        return best;
    }

    private TermName lookUpTerm(Node t) {
        String zh = null, en = null;
        if (t.isURI()) {
            for (Iterator<Triple> it = g.find(t, Terms.label, Node.ANY); it.hasNext(); ) {
                Node l = it.next().getObject();
                if (!l.isLiteral()) continue;
                String lang = l.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
                if (lang.equals("zh")) zh = pick(zh, l.getLiteralLexicalForm());
                else if (lang.equals("en")) en = pick(en, l.getLiteralLexicalForm());
            }
            TermNames.Name builtIn = TermNames.of(t.getURI());
            if (builtIn != null) {
                if (zh == null) zh = builtIn.zh();
                if (en == null) en = builtIn.en();
            }
        }
        String fallback = t.isURI() ? PREFIXES.shortForm(t.getURI()) : t.toString();
        if (zh == null && en == null) return new TermName(fallback, fallback);
        return new TermName(zh != null ? zh : en, en != null ? en : zh);
    }
}
