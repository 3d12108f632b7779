package org.countygraph.validate;

import java.util.Objects;
import java.util.Optional;

/**
 * One result of a SHACL validation, rendered for people: how grave it is, the graph it was found
 * in (empty for the union of all graphs), the focus node with its Chinese label, the property
 * path, the offending value and the shape's message.
 *
 * @param level   {@link Level#VIOLATION} fails a validation; warnings and infos do not
 * @param graph   the article graph, for a result of the per-article shapes; empty for the union
 * @param focus   the focus node, prefixed where a CountyGraph prefix applies, e.g. {@code id:division/430223}
 * @param label   the focus node's {@code @zh} label, or empty
 * @param path    the result path, e.g. {@code cg:partOf}, or empty for a node constraint
 * @param value   the offending value, or empty
 * @param message the shape's {@code sh:message}, or the validator's own
 * @param shape   the shape that produced it, e.g. {@code cgsh:CountyShape} (blank for a nested shape)
 */
public record Finding(Level level, Optional<String> graph, String focus, String label, String path, String value,
                      String message, String shape) {
    /** The SHACL severities. */
    public enum Level { VIOLATION, WARNING, INFO }

    public Finding {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(shape, "shape");
    }

    /** One line: level, focus (label), path, value, message, and where. */
    public String line() {
        StringBuilder sb = new StringBuilder(level.name()).append("  ").append(focus);
        if (!label.isEmpty()) sb.append(" (").append(label).append(')');
        if (!path.isEmpty()) sb.append("  ").append(path);
        if (!value.isEmpty()) sb.append(" = ").append(value);
        sb.append(": ").append(message);
        if (!shape.isEmpty()) sb.append("  [").append(shape).append(']');
        graph.ifPresent(g -> sb.append("  in graph ").append(g));
        return sb.toString();
    }
}
