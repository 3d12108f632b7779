package org.countygraph.serve;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;
import org.countygraph.vocab.Terms;

/**
 * How the pages treat the classes of the vocabulary: which is the most specific (for badges and
 * search groups), which family an entity belongs to (for the picture's colours) and which nodes
 * are provenance machinery (sentences, mentions, reified statements, credits) rather than entities.
 */
final class EntityClasses {
    private EntityClasses() {}

    /** Classes from most to least specific; others come after all of these. */
    static final List<Node> BY_SPECIFICITY = List.of(
            CG.Official, CG.Province, CG.City, CG.County, CG.Township, CG.Village, CG.Zone,
            CG.Enterprise, CG.GovernmentBody, CG.Industry, CG.Initiative, CG.Project, CG.Article,
            ORG.Post, CG.Observation, CG.SourceDocument, CG.Sentence, CG.Mention, Terms.Statement, CG.Credit,
            CG.Person, CG.AdministrativeDivision, CG.Organization, CG.Place);

    /** The classes listed on the front page and in search groups, in that order. */
    static final List<Node> BROWSABLE = List.of(
            CG.County, CG.City, CG.Province, CG.Township, CG.Village, CG.Zone, CG.Official, CG.Person,
            CG.Enterprise, CG.GovernmentBody, CG.Organization, CG.Industry, CG.Initiative, CG.Project,
            CG.Article, ORG.Post, CG.Observation);

    private static final List<Node> MACHINERY = List.of(CG.Sentence, CG.Mention, Terms.Statement, CG.Credit);

    /** A sort key: lower is more specific. */
    static int rank(Node cls) {
        int i = BY_SPECIFICITY.indexOf(cls);
        return i < 0 ? BY_SPECIFICITY.size() : i;
    }

    /** The most specific of some classes, or null when there are none. */
    static Node mostSpecific(Collection<Node> types) {
        Node best = null;
        for (Node t : types) if (best == null || rank(t) < rank(best) || (rank(t) == rank(best) && t.toString().compareTo(best.toString()) < 0)) best = t;
        return best;
    }

    /** True for sentences, mentions, reified statements and credits: nodes that record where facts came from. */
    static boolean isMachinery(Collection<Node> types) {
        for (Node t : types) if (MACHINERY.contains(t)) return true;
        return false;
    }

    /** The family of an entity for the picture: person, place, organization, industry, initiative, article or other. */
    static String category(Collection<Node> types) {
        if (types.contains(CG.Person) || types.contains(CG.Official)) return "person";
        if (types.contains(CG.Industry)) return "industry";
        if (types.contains(CG.Initiative) || types.contains(CG.Project)) return "initiative";
        if (types.contains(CG.Article)) return "article";
        for (Node t : types) {
            if (t.equals(CG.Place) || t.equals(CG.Zone) || t.equals(CG.AdministrativeDivision)) return "place";
            if (t.equals(CG.Organization) || t.equals(CG.Enterprise) || t.equals(CG.GovernmentBody)) return "organization";
        }
        return "other";
    }
}
