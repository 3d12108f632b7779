package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.countygraph.CountyGraphException;
import org.junit.jupiter.api.Test;

class IriMappingTest {
    private final IriMapping m = new IriMapping(IriMapping.DEFAULT_BASE);

    @Test
    void mapsPublicIrisToLocalPathsAndBack() {
        String iri = "https://w3id.org/countygraph/id/person/李鹏程/430223";
        assertEquals("/id/person/%E6%9D%8E%E9%B9%8F%E7%A8%8B/430223", m.idPath(iri));
        assertEquals("/page/person/%E6%9D%8E%E9%B9%8F%E7%A8%8B/430223", m.pagePath(iri));
        assertEquals("/data/person/%E6%9D%8E%E9%B9%8F%E7%A8%8B/430223.jsonld", m.dataPath(iri, Representation.JSONLD));
        assertEquals(m.pagePath(iri), m.dataPath(iri, Representation.HTML));
        assertEquals(Optional.of("person/李鹏程/430223"), PathCodec.decode(m.idPath(iri).substring(IriMapping.ID.length())));
        assertEquals(Optional.of("person/李鹏程/430223"), m.suffix(iri));
    }

    @Test
    void otherIrisAreNotOurs() {
        assertFalse(m.isLocal("https://w3id.org/countygraph/ontology#County"));
        assertFalse(m.isLocal(IriMapping.DEFAULT_BASE));
        assertFalse(m.isLocal("javascript:alert(1)"));
        assertThrows(CountyGraphException.class, () -> m.pagePath("https://example.org/x"));
    }

    @Test
    void anotherBaseCanBeServed() {
        IriMapping other = new IriMapping("http://example.org/kg/");
        assertEquals("/page/a/b", other.pagePath("http://example.org/kg/a/b"));
        assertFalse(other.isLocal("https://w3id.org/countygraph/id/division/430223"));
    }

    @Test
    void aBadBaseIsRefusedByName() {
        for (String bad : new String[]{"ftp://x/", "https://x", "https://x y/", "https://x/<a>/", ""}) {
            CountyGraphException e = assertThrows(CountyGraphException.class, () -> new IriMapping(bad));
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void encodingKeepsUnreservedAndSlashesAndEscapesTheRest() {
        assertEquals("a/b-c._~", PathCodec.encodePath("a/b-c._~"));
        assertEquals("o%27neil%26co%3F%23%20%25", PathCodec.encodePath("o'neil&co?# %"));
        assertEquals("%F0%A0%80%80", PathCodec.encodePath("\uD840\uDC00"));
    }

    @Test
    void decodingIsStrict() {
        assertEquals(Optional.of("李 +"), PathCodec.decode("%E6%9D%8E%20+"));
        assertEquals(Optional.of("\uD840\uDC00"), PathCodec.decode("%F0%A0%80%80"));
        assertEquals(Optional.empty(), PathCodec.decode("%E6%9D"));
        assertEquals(Optional.empty(), PathCodec.decode("%C3%28"));
        assertEquals(Optional.empty(), PathCodec.decode("%Z1"));
        assertEquals(Optional.empty(), PathCodec.decode("abc%"));
    }
}
