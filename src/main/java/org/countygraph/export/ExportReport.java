package org.countygraph.export;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param format     the format
 * @param files      the names of the files written (one, or two for {@code csv})
 * @param statements the triples or quads written by an RDF export; 0 for other formats
 * @param vertices   the entities written by a property-graph or picture export; 0 for RDF
 * @param edges      the links written by a property-graph or picture export; 0 for RDF
 */
public record ExportReport(ExportFormat format, List<String> files, long statements, int vertices, int edges) {
    public ExportReport {
        files = List.copyOf(files);
    }

    /** One line for a person, e.g. {@code wrote 1867 quads as nq} or {@code wrote 120 entities and 300 links as graphml}. */
    public String summary() {
        if (format.kind() == ExportFormat.Kind.RDF) {
            String unit = format == ExportFormat.NQ || format == ExportFormat.TRIG || format == ExportFormat.JSONLD ? "quads" : "triples";
            return "wrote " + statements + " " + unit + " as " + format.id();
        }
        return "wrote " + vertices + " entities and " + edges + " links as " + format.id();
    }
}
