package org.countygraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.countygraph.CountyGraphException;
import org.countygraph.vocab.CG;

/** Mints CountyGraph's IRIs and checks that none carries a character an IRI may not hold. */
public final class Iris {
    private Iris() {}

    /** Characters forbidden in an IRIREF (RDF 1.1 Turtle), spaces and controls included. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");

    /** The IRI of an entity key, e.g. {@code division/430223}. */
    public static Node entity(String key) { return checked(CG.ID + key); }

    public static String document(String documentId) { return CG.ID + "document/" + documentId; }

    public static String article(String documentId, int index) { return CG.ID + "article/" + documentId + "/" + index; }

    /** A node for a checked IRI; a forbidden character is a {@link CountyGraphException} naming it. */
    public static Node checked(String iri) {
        var m = FORBIDDEN.matcher(iri);
        if (m.find()) {
            throw new CountyGraphException("refusing to mint IRI with forbidden character U+"
                    + String.format("%04X", (int) m.group().charAt(0)) + ": " + iri);
        }
        return NodeFactory.createURI(iri);
    }

    /** A short stable hash of the given parts, for IRIs of statements. */
    public static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
