package org.countygraph.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = "攸县".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF; bom[1] = (byte) 0xBB; bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals("攸县", TextDecoder.decode(plain, "a.txt"));
        assertEquals("攸县", TextDecoder.decode(bom, "a.txt"));
    }

    @Test
    void gbkTextIsReadAsGb18030() {
        byte[] gbk = "株洲日报讯".getBytes(Charset.forName("GBK"));
        assertEquals("株洲日报讯", TextDecoder.decode(gbk, "page.txt"));
    }

    @Test
    void utf16WithBom() {
        assertEquals("石峰区", TextDecoder.decode("\uFEFF石峰区".getBytes(StandardCharsets.UTF_16BE), "b.txt"));
        assertEquals("石峰区", TextDecoder.decode("\uFEFF石峰区".getBytes(StandardCharsets.UTF_16LE), "b.txt"));
    }

    @Test
    void bytesThatAreNeitherAreRefusedWithFileAndOffset() {
        byte[] bad = {'a', 'b', (byte) 0x81, (byte) 0x30, (byte) 0xFF, (byte) 0xFF};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bad, "broken.txt"));
        assertTrue(e.getMessage().startsWith("broken.txt:"), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset 2"), e.getMessage());
    }

    @Test
    void binaryAndEmptyFilesAreRefusedByTheReader() {
        assertThrows(InputException.class, () -> SourceReader.fromBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, "x.png", "x"));
        InputException empty = assertThrows(InputException.class, () -> SourceReader.fromBytes(new byte[0], "e.txt", "e"));
        assertTrue(empty.getMessage().contains("e.txt"));
    }
}
