package org.countygraph.extract.hanlp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanlpCharLexiconTest {
    @Test
    void rolesAndDictionaryNamesOfEachCharacter() {
        String[][] f = new HanlpCharLexicon().describe("张伟到北京");
        assertEquals(5, f.length);
        assertTrue(Arrays.asList(f[0]).contains("nr=B"), Arrays.toString(f[0]));    // 张: a surname
        List<String> bei = Arrays.asList(f[3]);
        assertTrue(bei.contains("dB=ns"), bei.toString());                        // 北京 starts here in the dictionaries
        assertTrue(Arrays.asList(f[4]).contains("dE=ns"), Arrays.toString(f[4]));
        assertEquals(0, new HanlpCharLexicon().describe("").length);
    }
}
