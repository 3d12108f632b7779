package org.countygraph.vocab;

import java.util.Map;

/** The standard namespaces CountyGraph uses, and the prefix map its files and queries declare. */
public final class Vocab {
    private Vocab() {}

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";

    /** The prefixes predeclared for queries and written into every file. */
    public static final Map<String, String> PREFIXES = Map.of(
            "cg", CG.NS, "org", ORG, "skos", SKOS, "prov", PROV, "schema", SCHEMA,
            "rdfs", RDFS, "rdf", RDF, "xsd", XSD, "owl", OWL);

    /** The same prefixes, plus {@code id:} for instances, as a Jena prefix map. */
    public static org.apache.jena.shared.PrefixMapping prefixMapping() {
        org.apache.jena.shared.PrefixMapping pm = org.apache.jena.shared.PrefixMapping.Factory.create();
        pm.setNsPrefixes(PREFIXES);
        pm.setNsPrefix("id", CG.ID);
        return pm;
    }
}
