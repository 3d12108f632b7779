package org.countygraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;
import org.countygraph.vocab.Vocab;

/**
 * What part of the data an export takes: everything, or what the filters leave. Filters combine
 * as an intersection.
 *
 * <ul>
 *   <li>{@code graph}: one named graph (one article);</li>
 *   <li>{@code types}: entities of any of these classes;</li>
 *   <li>{@code area}: everything located in or part of a place, transitively (see {@link ScopeResolver});</li>
 *   <li>{@code around} and {@code depth}: the entities within {@code depth} links of one entity.</li>
 * </ul>
 *
 * Usage: {@code Selection.create().area("id:division/430223").type("cg:Enterprise").build()}.
 */
public record Selection(Optional<Node> graph, List<Node> types, Optional<Node> area, Optional<Node> around, int depth) {
    /** The largest {@code depth} accepted: beyond it a neighbourhood is most of the graph. */
    public static final int MAX_DEPTH = 4;
    /** Everything. */
    public static final Selection ALL = create().build();

    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*):(.*)");

    public Selection {
        types = List.copyOf(types);
    }

    /** True when no filter is set. */
    public boolean isAll() {
        return graph.isEmpty() && types.isEmpty() && area.isEmpty() && around.isEmpty();
    }

    /** True when a filter picks entities (type, area or around), not just a graph. */
    public boolean picksNodes() {
        return !types.isEmpty() || area.isPresent() || around.isPresent();
    }

    public static Builder create() { return new Builder(); }

    /**
     * Reads an IRI given by a user: a full IRI (optionally in {@code <>}) or a prefixed name with
     * one of CountyGraph's prefixes ({@code cg:County}, {@code id:division/430223}). Anything that is
     * not an absolute IRI free of the characters IRIs may not hold is an {@link ExportException}
     * naming it.
     */
    public static Node iri(String what, String text) {
        if (text == null || text.isBlank()) throw new ExportException(what + " is empty");
        String s = text.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        var m = PREFIXED.matcher(s);
        PrefixMapping pm = Vocab.prefixMapping();
        if (m.matches() && pm.getNsPrefixURI(m.group(1)) != null && !m.group(2).startsWith("//")) {
            s = pm.getNsPrefixURI(m.group(1)) + m.group(2);
        }
        var bad = FORBIDDEN.matcher(s);
        if (bad.find()) {
            throw new ExportException(what + " is not an IRI (it holds U+" + String.format("%04X", (int) bad.group().charAt(0))
                    + "): " + text);
        }
        try {
            if (!IRIx.create(s).isReference()) throw new ExportException(what + " is not an absolute IRI: " + text);
        } catch (IRIException e) {
            throw new ExportException(what + " is not an IRI: " + text + " (" + e.getMessage() + ")", e);
        }
        return NodeFactory.createURI(s);
    }

    /** Builds a {@link Selection}, checking each filter as it is given. */
    public static final class Builder {
        private Node graph;
        private final List<Node> types = new ArrayList<>();
        private Node area;
        private Node around;
        private Integer depth;

        /** Only this named graph (an article's IRI). */
        public Builder graph(String iri) { this.graph = iri("graph", iri); return this; }

        /** Only entities of this class; may be given several times (any of them). */
        public Builder type(String iri) { types.add(iri("type", iri)); return this; }

        /** Only what lies in this place (e.g. {@code id:division/430223}, 攸县). */
        public Builder area(String iri) { this.area = iri("area", iri); return this; }

        /** Only the neighbourhood of this entity. */
        public Builder around(String iri) { this.around = iri("around", iri); return this; }

        /** How many links from {@code around} the neighbourhood reaches, 1 to {@value #MAX_DEPTH}. Defaults to 1. */
        public Builder depth(int depth) {
            if (depth < 1 || depth > MAX_DEPTH) {
                throw new ExportException("depth must be between 1 and " + MAX_DEPTH + ": " + depth);
            }
            this.depth = depth;
            return this;
        }

        public Selection build() {
            if (depth != null && around == null) throw new ExportException("depth " + depth + " given without around");
            return new Selection(Optional.ofNullable(graph), types, Optional.ofNullable(area), Optional.ofNullable(around),
                    depth == null ? 1 : depth);
        }
    }
}
