package org.countygraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The CountyGraph ontology's terms, {@code https://w3id.org/countygraph/ontology#}, named exactly as
 * their local names in {@code ontology/countygraph.ttl}. A test checks that the two agree both ways.
 */
public final class CG {
    private CG() {}

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/countygraph/ontology#";
    /** The base of every instance IRI. */
    public static final String ID = "https://w3id.org/countygraph/id/";
    /** The base of the named graphs that hold reference data (ontology, shapes, gazetteer...). */
    public static final String GRAPH = "https://w3id.org/countygraph/graph/";

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    // Classes of the core vocabulary
    /** Anything the news names: the union of the entity classes, never asserted. */
    public static final Node Entity = term("Entity");
    public static final Node Person = term("Person");
    public static final Node Official = term("Official");
    public static final Node Place = term("Place");
    public static final Node AdministrativeDivision = term("AdministrativeDivision");
    public static final Node Province = term("Province");
    public static final Node City = term("City");
    public static final Node County = term("County");
    public static final Node Township = term("Township");
    public static final Node Village = term("Village");
    public static final Node Zone = term("Zone");
    public static final Node Organization = term("Organization");
    public static final Node Enterprise = term("Enterprise");
    public static final Node GovernmentBody = term("GovernmentBody");
    public static final Node Industry = term("Industry");
    public static final Node Initiative = term("Initiative");
    public static final Node Project = term("Project");
    public static final Node Observation = term("Observation");
    public static final Node Article = term("Article");
    // Classes for provenance
    public static final Node SourceDocument = term("SourceDocument");
    public static final Node Sentence = term("Sentence");
    public static final Node Mention = term("Mention");
    public static final Node Credit = term("Credit");
    /** The SKOS concept scheme of industries. */
    public static final Node industries = term("industries");

    // Properties of the core vocabulary
    public static final Node title = term("title");
    public static final Node partOf = term("partOf");
    public static final Node locatedIn = term("locatedIn");
    public static final Node inIndustry = term("inIndustry");
    public static final Node developsIndustry = term("developsIndustry");
    public static final Node launchedBy = term("launchedBy");
    public static final Node jurisdiction = term("jurisdiction");
    public static final Node refArea = term("refArea");
    public static final Node concerns = term("concerns");
    public static final Node indicator = term("indicator");
    public static final Node value = term("value");
    public static final Node unit = term("unit");
    public static final Node period = term("period");
    public static final Node growthRate = term("growthRate");
    public static final Node divisionCode = term("divisionCode");
    public static final Node mentions = term("mentions");
    // Properties for articles, provenance and figures
    public static final Node sourceDocument = term("sourceDocument");
    public static final Node documentId = term("documentId");
    public static final Node contentHash = term("contentHash");
    /** On a document in the documents graph: the fingerprint of the extractor build that made its graphs. */
    public static final Node extractor = term("extractor");
    public static final Node hasArticle = term("hasArticle");
    public static final Node articleIndex = term("articleIndex");
    public static final Node publication = term("publication");
    public static final Node dateText = term("dateText");
    public static final Node about = term("about");
    public static final Node credit = term("credit");
    public static final Node creditedPerson = term("creditedPerson");
    public static final Node role = term("role");
    public static final Node inArticle = term("inArticle");
    public static final Node text = term("text");
    public static final Node startOffset = term("startOffset");
    public static final Node endOffset = term("endOffset");
    public static final Node denotes = term("denotes");
    public static final Node anchorText = term("anchorText");
    public static final Node confidence = term("confidence");
    public static final Node valueText = term("valueText");
}
