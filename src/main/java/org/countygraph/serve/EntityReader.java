package org.countygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;
import org.countygraph.vocab.Terms;
import org.countygraph.vocab.Vocab;

/**
 * Reads an {@link EntityView} from the union graph through the graph API: the request's IRI is
 * only ever a {@link Node} handed to {@code Graph.find}, never query text.
 *
 * <p>Steps: labels and classes; outgoing facts by property; posts held; posts in it and their
 * holders; figures; incoming links by property, one page each; then the evidence
 * ({@link EvidenceReader}) and the picture ({@link NeighbourhoodReader}).
 */
final class EntityReader {
    /** Backlinks shown per property per page. */
    static final int BACKLINK_PAGE = 10;

    /** Which page of backlinks and evidence a request asks for. */
    record Paging(String rel, int relOffset, int evidenceOffset) {
        static final Paging FIRST = new Paging(null, 0, 0);
    }

    /** Outgoing properties shown elsewhere on the page than among the facts. */
    private static final Set<Node> NOT_FACTS = Set.of(Terms.type, Terms.label, Terms.altLabel, ORG.holds);
    /** Incoming properties shown elsewhere (posts, figures, evidence) than among the backlinks. */
    private static final Set<Node> NOT_BACKLINKS = Set.of(CG.denotes, Terms.subject, Terms.object, ORG.postIn,
            ORG.heldBy, CG.refArea, CG.creditedPerson);
    /** The order facts are listed in; others follow by name. */
    private static final List<Node> FACT_ORDER = List.of(CG.divisionCode, CG.partOf, CG.locatedIn, CG.inIndustry,
            CG.developsIndustry, CG.launchedBy, CG.jurisdiction, Terms.headline, Terms.datePublished, CG.dateText, CG.publication,
            Terms.author, Terms.editor, CG.about, CG.title, ORG.postIn, ORG.heldBy, CG.text, CG.anchorText, CG.denotes,
            CG.indicator, CG.value, CG.unit, CG.period, CG.growthRate, CG.mentions);

    private final Linker linker;
    private final Graph g;

    EntityReader(Graph g, IriMapping mapping) {
        this.g = g;
        this.linker = new Linker(g, new Labels(g, mapping), mapping);
    }

    /** True when the graph says anything of or about {@code iri}. */
    static boolean exists(Graph g, Node iri) {
        return g.find(iri, Node.ANY, Node.ANY).hasNext() || g.find(Node.ANY, Node.ANY, iri).hasNext();
    }

    /** The view of an entity, or empty when the store knows nothing of it. */
    Optional<EntityView> read(Node iri, Paging paging) {
        if (!exists(g, iri)) return Optional.empty();
        List<Node> types = new ArrayList<>(linker.types(iri));
        types.sort(Comparator.comparingInt(EntityClasses::rank).thenComparing(n -> n.toString()));
        List<String> aliases = linker.objects(iri, Terms.altLabel).stream()
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().distinct().toList();
        List<EntityView.PostLine> posts = postsHeld(iri);
        List<EntityView.PostLine> officials = postsIn(iri);
        EvidenceReader.Page evidence = new EvidenceReader(linker).read(iri, paging.evidenceOffset());
        List<EntityView.FactGroup> facts = facts(iri);
        List<EntityView.Figure> figures = figures(iri);
        List<EntityView.BacklinkGroup> backlinks = backlinks(iri, paging);
        EntityView.Neighbourhood picture = new NeighbourhoodReader(linker).read(iri, posts, officials);
        return Optional.of(new EntityView(linker.ref(iri), linker.labels().of(iri),
                types.stream().map(linker::classRef).toList(), aliases, facts, posts, officials, figures,
                backlinks, evidence.lines(), evidence.total(), paging.evidenceOffset(), picture, StoreView.truncated(g)));
    }

    private List<EntityView.FactGroup> facts(Node iri) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Iterator<Triple> it = g.find(iri, Node.ANY, Node.ANY); it.hasNext(); ) {
            Triple t = it.next();
            if (NOT_FACTS.contains(t.getPredicate())) continue;
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        List<Node> properties = new ArrayList<>(byProperty.keySet());
        properties.sort(Comparator.<Node>comparingInt(p -> FACT_ORDER.contains(p) ? FACT_ORDER.indexOf(p) : FACT_ORDER.size())
                .thenComparing(p -> linker.labels().term(p).en()));
        List<EntityView.FactGroup> out = new ArrayList<>();
        for (Node p : properties) {
            List<EntityView.Ref> values = byProperty.get(p).stream().distinct().map(linker::ref)
                    .sorted(Comparator.comparing(EntityView.Ref::text)).toList();
            out.add(new EntityView.FactGroup(linker.propertyRef(p), values));
        }
        return out;
    }

    private List<EntityView.PostLine> postsHeld(Node person) {
        List<EntityView.PostLine> out = new ArrayList<>();
        for (Node post : linker.objects(person, ORG.holds)) out.add(postLine(post, person));
        out.sort(Comparator.comparing((EntityView.PostLine l) -> l.where() == null ? "" : l.where().text()).thenComparing(EntityView.PostLine::title));
        return out;
    }

    private List<EntityView.PostLine> postsIn(Node place) {
        List<EntityView.PostLine> out = new ArrayList<>();
        for (Node post : linker.subjects(ORG.postIn, place)) {
            List<Node> holders = new ArrayList<>(linker.objects(post, ORG.heldBy));
            for (Node h : linker.subjects(ORG.holds, post)) if (!holders.contains(h)) holders.add(h);
            if (holders.isEmpty()) out.add(postLine(post, null));
            for (Node h : holders) out.add(postLine(post, h));
        }
        out.sort(Comparator.comparing(EntityView.PostLine::title).thenComparing(l -> l.person() == null ? "" : l.person().text()));
        return out;
    }

    private EntityView.PostLine postLine(Node post, Node person) {
        String title = linker.literal(post, CG.title);
        Node where = linker.object(post, ORG.postIn);
        return new EntityView.PostLine(linker.ref(post), title != null ? title : linker.labels().text(post),
                person == null ? null : linker.ref(person), where == null ? null : linker.ref(where));
    }

    private List<EntityView.Figure> figures(Node area) {
        List<EntityView.Figure> out = new ArrayList<>();
        for (Node ob : linker.subjects(CG.refArea, area)) {
            String value = linker.literal(ob, CG.valueText);
            if (value == null) value = linker.literal(ob, CG.value);
            String growth = linker.literal(ob, CG.growthRate);
            out.add(new EntityView.Figure(linker.ref(ob), nonNull(linker.literal(ob, CG.indicator)), nonNull(value),
                    nonNull(linker.literal(ob, CG.unit)), nonNull(linker.literal(ob, CG.period)), growth == null ? "" : growth + "%"));
        }
        out.sort(Comparator.comparing(EntityView.Figure::indicator).thenComparing(EntityView.Figure::period));
        return out;
    }

    private List<EntityView.BacklinkGroup> backlinks(Node iri, Paging paging) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Iterator<Triple> it = g.find(Node.ANY, Node.ANY, iri); it.hasNext(); ) {
            Triple t = it.next();
            if (NOT_BACKLINKS.contains(t.getPredicate())) continue;
            List<Node> subjects = byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>());
            if (!subjects.contains(t.getSubject())) subjects.add(t.getSubject());
        }
        List<EntityView.BacklinkGroup> out = new ArrayList<>();
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            Node p = e.getKey();
            List<EntityView.Ref> all = e.getValue().stream().map(linker::refWithClass)
                    .sorted(Comparator.comparing(EntityView.Ref::text)).toList();
            int offset = p.getURI().equals(paging.rel()) ? Math.min(Math.max(paging.relOffset(), 0), Math.max(all.size() - 1, 0)) : 0;
            out.add(new EntityView.BacklinkGroup(linker.inverseRef(p), p.getURI(), all.size(), offset,
                    all.subList(offset, Math.min(all.size(), offset + BACKLINK_PAGE))));
        }
        out.sort(Comparator.comparing((EntityView.BacklinkGroup b) -> b.propertyIri().equals(CG.mentions.getURI()))
                .thenComparing(b -> b.property().text()));
        return out;
    }

    private static String nonNull(String s) { return s == null ? "" : s; }

    /** The RDF namespace prefixes, for the page's compact IRIs. */
    static String shortForm(String iri) { return Vocab.prefixMapping().shortForm(iri); }
}
