package org.countygraph.export;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;
import org.countygraph.vocab.Terms;

/**
 * The classes whose instances are the nodes of property-graph and picture exports: every class in
 * the {@code cg:} namespace (people, places, organisations, industries, initiatives, projects,
 * observations, articles) and {@code org:Post}, but not the provenance classes {@code cg:Mention},
 * {@code cg:Sentence}, {@code cg:Credit}, {@code cg:SourceDocument} and {@code rdf:Statement}.
 */
public final class EntityClasses {
    private EntityClasses() {}

    /** The classes of provenance records: never nodes of a property graph. */
    public static final Set<Node> PROVENANCE = Set.of(CG.Mention, CG.Sentence, CG.Credit, CG.SourceDocument, Terms.Statement);

    /**
     * The most specific classes first: an entity's {@code type} in a property graph is the first of
     * these it has (a county is typed {@code County}, not {@code Place}).
     */
    private static final List<Node> SPECIFIC_FIRST = List.of(
            CG.Official, CG.Person,
            CG.Province, CG.City, CG.County, CG.Township, CG.Village, CG.AdministrativeDivision, CG.Zone, CG.Place,
            CG.Enterprise, CG.GovernmentBody, CG.Organization,
            CG.Industry, CG.Initiative, CG.Project, CG.Observation, CG.Article, ORG.Post);

    /** True for a class whose instances are entities. */
    public static boolean isEntityClass(Node type) {
        if (!type.isURI() || PROVENANCE.contains(type)) return false;
        return type.getURI().startsWith(CG.NS) || type.equals(ORG.Post);
    }

    /** True when {@code node} has an entity class in {@code graph}. */
    public static boolean isEntity(Graph graph, Node node) {
        if (node.isLiteral()) return false;
        var it = graph.find(node, Terms.type, Node.ANY);
        try {
            while (it.hasNext()) if (isEntityClass(it.next().getObject())) return true;
            return false;
        } finally {
            it.close();
        }
    }

    /** True when {@code node} has a provenance class in {@code graph}. */
    public static boolean isProvenance(Graph graph, Node node) {
        if (node.isLiteral()) return false;
        for (Node c : PROVENANCE) if (graph.contains(node, Terms.type, c)) return true;
        return false;
    }

    /** The entity's most specific class among {@code types}, or the first entity class there is. */
    public static Node primary(Collection<Node> types) {
        for (Node c : SPECIFIC_FIRST) if (types.contains(c)) return c;
        return types.stream().filter(EntityClasses::isEntityClass).sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .findFirst().orElseThrow(() -> new ExportException("not an entity: types " + types));
    }

    /** The local name of an IRI: what follows its last {@code #} or {@code /}. */
    public static String localName(Node iri) {
        String s = iri.isURI() ? iri.getURI() : iri.toString();
        int i = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        return i >= 0 && i < s.length() - 1 ? s.substring(i + 1) : s;
    }
}
