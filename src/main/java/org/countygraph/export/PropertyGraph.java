package org.countygraph.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The graph as property-graph tools see it: entities as vertices with a label, a type and literal
 * attributes, and the links between them as typed, directed edges. What the graph, GraphML, GEXF,
 * CSV, DOT and SVG writers take.
 *
 * @param vertices   the entities, in a stable order
 * @param edges      the links between vertices, in a stable order; each end is a vertex id
 * @param attributes the vertex attributes' names and kinds, in a stable order
 */
public record PropertyGraph(List<Vertex> vertices, List<Edge> edges, Map<String, AttributeKind> attributes) {
    public PropertyGraph {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
        attributes = Map.copyOf(attributes);
    }

    /** The attribute names in a stable (sorted) order. */
    public List<String> attributeNames() {
        return attributes.keySet().stream().sorted().toList();
    }

    /** What values a vertex attribute holds, across all vertices. */
    public record AttributeKind(ValueType type, boolean multiValued) {}

    /** The type of an attribute's values: whole numbers, decimals or text. */
    public enum ValueType {
        LONG, DOUBLE, STRING;

        /** The type that holds the values of both. */
        ValueType join(ValueType other) {
            if (this == other) return this;
            if (this == STRING || other == STRING) return STRING;
            return DOUBLE;
        }
    }

    /**
     * An entity.
     *
     * @param id         its IRI (a blank node as {@code _:label})
     * @param label      its Chinese label ({@code rdfs:label@zh}), else any label, else the IRI's local name
     * @param type       the local name of its most specific class, e.g. {@code County}
     * @param types      the local names of all its entity classes, sorted
     * @param attributes literal values and links to non-entities by attribute name (the property's
     *                   local name), sorted values
     */
    public record Vertex(String id, String label, String type, List<String> types, Map<String, List<String>> attributes) {
        public Vertex {
            Objects.requireNonNull(id, "id");
            types = List.copyOf(types);
            attributes = Map.copyOf(attributes);
        }
    }

    /**
     * A link between two entities: one RDF triple, however many article graphs state it.
     *
     * @param source     the subject's vertex id
     * @param target     the object's vertex id
     * @param type       the property's local name, e.g. {@code partOf}
     * @param property   the property's IRI
     * @param graphs     the named graphs that state it (articles, or a reference graph such as the gazetteer), sorted
     * @param confidence the highest confidence of the reified statements about it, if any
     * @param evidence   the text of the sentence of that statement, if any
     */
    public record Edge(String source, String target, String type, String property, List<String> graphs,
                       OptionalDouble confidence, Optional<String> evidence) {
        public Edge {
            graphs = List.copyOf(graphs);
        }
    }
}
