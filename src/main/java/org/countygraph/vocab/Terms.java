package org.countygraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The few terms of RDF, RDFS, SKOS, PROV and schema.org that CountyGraph writes. Each but the RDF
 * and RDFS built-ins is declared, with Chinese and English labels, in {@code ontology/countygraph.ttl}.
 */
public final class Terms {
    private Terms() {}
    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
    public static final Node type = uri(Vocab.RDF + "type");
    public static final Node label = uri(Vocab.RDFS + "label");
    public static final Node altLabel = uri(Vocab.SKOS + "altLabel");
    public static final Node inScheme = uri(Vocab.SKOS + "inScheme");
    public static final Node prefLabel = uri(Vocab.SKOS + "prefLabel");
    public static final Node broader = uri(Vocab.SKOS + "broader");
    public static final Node related = uri(Vocab.SKOS + "related");
    public static final Node notation = uri(Vocab.SKOS + "notation");
    public static final Node Concept = uri(Vocab.SKOS + "Concept");
    public static final Node ConceptScheme = uri(Vocab.SKOS + "ConceptScheme");
    public static final Node NewsArticle = uri(Vocab.SCHEMA + "NewsArticle");
    public static final Node wasDerivedFrom = uri(Vocab.PROV + "wasDerivedFrom");
    public static final Node headline = uri(Vocab.SCHEMA + "headline");
    public static final Node author = uri(Vocab.SCHEMA + "author");
    public static final Node editor = uri(Vocab.SCHEMA + "editor");
    public static final Node datePublished = uri(Vocab.SCHEMA + "datePublished");
    public static final Node url = uri(Vocab.SCHEMA + "url");
    public static final Node Statement = uri(Vocab.RDF + "Statement");
    public static final Node subject = uri(Vocab.RDF + "subject");
    public static final Node predicate = uri(Vocab.RDF + "predicate");
    public static final Node object = uri(Vocab.RDF + "object");
}
