package org.countygraph.serve;

import static org.countygraph.serve.Representation.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentNegotiatorTest {
    private static Optional<Representation> choose(String accept) { return ContentNegotiator.choose(accept, null, ALL); }

    @Test
    void browsersAndWildcardsGetThePage() {
        assertEquals(Optional.of(HTML), choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
        assertEquals(Optional.of(HTML), choose("*/*"));
        assertEquals(Optional.of(HTML), choose(null));
        assertEquals(Optional.of(HTML), choose("  "));
    }

    @Test
    void rdfMediaTypesGetTheirSyntax() {
        assertEquals(Optional.of(TURTLE), choose("text/turtle"));
        assertEquals(Optional.of(JSONLD), choose("application/ld+json"));
        assertEquals(Optional.of(JSONLD), choose("application/json"));
        assertEquals(Optional.of(NTRIPLES), choose("application/n-triples"));
        assertEquals(Optional.of(RDFXML), choose("application/rdf+xml"));
        assertEquals(Optional.of(TURTLE), choose("TEXT/Turtle; charset=utf-8"));
    }

    @Test
    void qualityDecidesThenSpecificityThenOrder() {
        assertEquals(Optional.of(JSONLD), choose("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of(TURTLE), choose("text/turtle, */*;q=0.1"));
        assertEquals(Optional.of(TURTLE), choose("text/*;q=0.9, text/html;q=0.1"));
        assertEquals(Optional.of(TURTLE), choose("text/html;q=0, */*"));
        assertEquals(Optional.of(TURTLE), choose("application/n-triples;q=0.8, text/turtle;q=0.8;level=1, text/html;q=0"), "a tie goes to the earlier offer");
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), choose("image/png"));
        assertEquals(Optional.empty(), choose("garbage"));
        assertEquals(Optional.empty(), choose("text/turtle;q=0"));
        assertEquals(Optional.empty(), choose("text/turtle;q=abc"));
        assertEquals(Optional.empty(), ContentNegotiator.choose("text/html", null, RDF));
    }

    @Test
    void formatOverridesAccept() {
        assertEquals(Optional.of(NTRIPLES), ContentNegotiator.choose("text/html", "nt", ALL));
        assertEquals(Optional.of(JSONLD), ContentNegotiator.choose(null, "JSON-LD", ALL));
        assertEquals(Optional.of(TURTLE), ContentNegotiator.choose("image/png", "text/turtle", ALL));
        assertEquals(Optional.empty(), ContentNegotiator.choose("text/html", "pdf", ALL));
        assertEquals(Optional.empty(), ContentNegotiator.choose(null, "html", RDF));
    }
}
