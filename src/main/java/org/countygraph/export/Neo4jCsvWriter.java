package org.countygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.countygraph.export.PropertyGraph.AttributeKind;
import org.countygraph.export.PropertyGraph.Edge;
import org.countygraph.export.PropertyGraph.Vertex;

/**
 * Writes a {@link PropertyGraph} as the two CSV files of Neo4j's bulk importer
 * ({@code neo4j-admin database import full}), with the importer's default settings: comma
 * delimiter, {@code "} quotes, {@code ;} between array elements, one record per line.
 *
 * <ul>
 *   <li>{@value #NODES}: {@code iri:ID,:LABEL,label,type,...}: the IRI is the node id (kept as the
 *       property {@code iri}), the labels are the entity's classes ({@code County;AdministrativeDivision;Place}),
 *       then one column per attribute, typed {@code :long} or {@code :double} where every value is
 *       a number, and as an array ({@code :string[]}...) where some entity has several values;</li>
 *   <li>{@value #RELATIONSHIPS}: {@code :START_ID,:END_ID,:TYPE,property,graph,articles:int,confidence:double,evidence},
 *       the type being the property's local name ({@code partOf}, {@code holds}...).</li>
 * </ul>
 *
 * Line breaks inside values become spaces, so {@code --multiline-fields} is not needed; a
 * {@code ;} inside an array element becomes a full-width {@code ；}.
 */
final class Neo4jCsvWriter {
    static final String NODES = "nodes.csv";
    static final String RELATIONSHIPS = "relationships.csv";
    private static final Set<String> RESERVED = Set.of("iri", "label", "type");

    void write(PropertyGraph g, ExportTarget target) throws IOException {
        try (OutputStream out = target.open(NODES)) {
            writeNodes(g, out);
        }
        try (OutputStream out = target.open(RELATIONSHIPS)) {
            writeRelationships(g, out);
        }
    }

    /** The attribute's column name in the header, e.g. {@code divisionCode}, {@code value:double}, {@code altLabel:string[]}. */
    static String column(String name, AttributeKind kind) {
        String col = RESERVED.contains(name) ? "p_" + name : name;
        String type = switch (kind.type()) {
            case LONG -> "long";
            case DOUBLE -> "double";
            case STRING -> "string";
        };
        if (kind.multiValued()) return col + ":" + type + "[]";
        return kind.type() == PropertyGraph.ValueType.STRING ? col : col + ":" + type;
    }

    private void writeNodes(PropertyGraph g, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> names = g.attributeNames();
        List<String> header = new ArrayList<>(List.of("iri:ID", ":LABEL", "label", "type"));
        for (String n : names) header.add(column(n, g.attributes().get(n)));
        w.write(String.join(",", header) + "\n");
        for (Vertex v : g.vertices()) {
            List<String> row = new ArrayList<>();
            row.add(field(v.id()));
            row.add(field(String.join(";", v.types().isEmpty() ? List.of(v.type()) : v.types())));
            row.add(field(v.label()));
            row.add(field(v.type()));
            for (String n : names) {
                List<String> values = v.attributes().get(n);
                if (values == null) {
                    row.add("");
                } else if (g.attributes().get(n).multiValued()) {
                    row.add(field(values.stream().map(s -> s.replace(';', '；')).collect(Collectors.joining(";"))));
                } else {
                    row.add(field(values.get(0)));
                }
            }
            w.write(String.join(",", row) + "\n");
        }
        w.flush();
    }

    private void writeRelationships(PropertyGraph g, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(":START_ID,:END_ID,:TYPE,property,graph,articles:int,confidence:double,evidence\n");
        for (Edge e : g.edges()) {
            w.write(String.join(",", field(e.source()), field(e.target()), field(e.type()), field(e.property()),
                    field(String.join(" ", e.graphs())), Integer.toString(e.graphs().size()),
                    e.confidence().isPresent() ? Double.toString(e.confidence().getAsDouble()) : "",
                    e.evidence().map(Neo4jCsvWriter::field).orElse("")) + "\n");
        }
        w.flush();
    }

    /** A quoted CSV field: quotes doubled, line breaks turned into spaces. */
    static String field(String s) {
        return "\"" + s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace("\"", "\"\"") + "\"";
    }
}
