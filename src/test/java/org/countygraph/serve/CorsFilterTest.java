package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CorsFilterTest {
    @Test
    void corsOriginsMustBeBareOrigins() {
        assertEquals("https://ok.example:8443", CorsFilter.checkOrigin("https://ok.example:8443"));
        for (String bad : new String[] {"*", "null", "https://ok.example/", "https://ok.example/path", "ftp://x.example", "https://u@x.example"}) {
            assertThrows(ServeException.class, () -> CorsFilter.checkOrigin(bad), bad);
        }
    }
}
