package org.countygraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.countygraph.extract.Division;
import org.countygraph.extract.EntityKeys;
import org.countygraph.extract.Gazetteer;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;

/**
 * The national division gazetteer as RDF: every province, prefecture, county-level division and
 * listed development zone with its type, Chinese name, short form, code and parent.
 *
 * <p>IRIs are those the extractor mints ({@code id/division/<code>}), so an extracted county
 * joins its entry here: {@code id/division/430223} (攸县) {@code cg:partOf} {@code id/division/4302}
 * (株洲市) {@code cg:partOf} {@code id/division/43} (湖南省). Prefectures listed only as
 * "市辖区" or "省直辖县级行政区划" are not divisions of their own: their counties are part of the
 * province. Usage: {@code Graph g = DivisionGraph.of(Gazetteer.bundled());}
 */
public final class DivisionGraph {
    private DivisionGraph() {}

    /** Every division of the gazetteer as triples. */
    public static Graph of(Gazetteer gazetteer) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Division d : gazetteer.all()) add(g, d);
        return g;
    }

    private static void add(Graph g, Division d) {
        Node s = Iris.entity(EntityKeys.division(d.code()));
        for (Node type : ArticleGraphWriter.types(d.kind())) g.add(Triple.create(s, Terms.type, type));
        g.add(Triple.create(s, Terms.label, ArticleGraphWriter.zh(d.name())));
        String shortForm = Gazetteer.shortForm(d);
        if (shortForm != null) g.add(Triple.create(s, Terms.altLabel, ArticleGraphWriter.zh(shortForm)));
        g.add(Triple.create(s, CG.divisionCode, NodeFactory.createLiteralString(d.code())));
        d.parent().ifPresent(p -> g.add(Triple.create(s, CG.partOf, Iris.entity(EntityKeys.division(p)))));
    }
}
