package org.countygraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the W3C Organization Ontology that CountyGraph uses. */
public final class ORG {
    private ORG() {}
    private static Node term(String local) { return NodeFactory.createURI(Vocab.ORG + local); }
    public static final Node Organization = term("Organization");
    public static final Node FormalOrganization = term("FormalOrganization");
    public static final Node Post = term("Post");
    public static final Node holds = term("holds");
    public static final Node heldBy = term("heldBy");
    public static final Node postIn = term("postIn");
}
