package org.countygraph.serve;

import java.util.List;

/**
 * Everything an entity's page shows, read from the store in one transaction and ready to render:
 * every node already has its display text and link.
 *
 * @param iri          the entity's IRI
 * @param name         its labels
 * @param types        its classes, the most specific first
 * @param aliases      its {@code skos:altLabel}s
 * @param facts        its outgoing properties, grouped by property
 * @param posts        the posts it holds ("县委书记 of 攸县")
 * @param officials    the posts in it and who holds them
 * @param figures      the figures reported for it as an area
 * @param backlinks    its incoming properties, grouped, each group paged
 * @param evidence     one page of the sentences its facts come from
 * @param evidenceTotal how many such sentences there are
 * @param evidenceOffset where this page of evidence starts
 * @param neighbourhood the picture of its neighbours
 * @param truncated    true when the entity has more links than a page reads, so lists and counts are partial
 */
record EntityView(Ref iri, Labels.Name name, List<Ref> types, List<String> aliases, List<FactGroup> facts,
                  List<PostLine> posts, List<PostLine> officials, List<Figure> figures, List<BacklinkGroup> backlinks,
                  List<EvidenceLine> evidence, int evidenceTotal, int evidenceOffset, Neighbourhood neighbourhood,
                  boolean truncated) {

    /**
     * A node as shown: its text, where it links (null for none) and, for IRIs, the IRI as a tooltip.
     *
     * @param literal true when this is a literal value, shown as text
     * @param note    a small suffix, e.g. a literal's language tag or an entity's class; may be null
     */
    record Ref(String text, String href, String iri, boolean literal, String note) {}

    /** The values of one property. */
    record FactGroup(Ref property, List<Ref> values) {}

    /** A post: its title, the person holding it and where it is. */
    record PostLine(Ref post, String title, Ref person, Ref where) {}

    /** One reported figure. */
    record Figure(Ref observation, String indicator, String value, String unit, String period, String growth) {}

    /** Incoming links of one property: how many in all, and one page of them. */
    record BacklinkGroup(Ref property, String propertyIri, int total, int offset, List<Ref> subjects) {}

    /** A piece of text, highlighted or not. */
    record Segment(String text, boolean highlighted) {}

    /**
     * A sentence some of the entity's facts come from.
     *
     * @param confidence the highest confidence among those facts, as written in the store
     * @param notes      what the sentence supports, e.g. "mention “攸县”" or "part of 株洲市"
     */
    record EvidenceLine(Ref sentence, List<Segment> text, String confidence, Ref article, List<String> notes) {}

    /** A node of the neighbourhood picture. */
    record GraphNode(String id, String label, String category, String href, boolean centre) {}

    /** An edge of the neighbourhood picture, from node id to node id. */
    record GraphEdge(String source, String target, String label) {}

    /** The picture: the entity, its neighbours and the links between them. */
    record Neighbourhood(List<GraphNode> nodes, List<GraphEdge> edges) {}
}
