package org.countygraph.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict decoding: faults F2-F6 of the reliability plan at the level of bytes. */
class TextDecoderTest {
    private static final String NEWS = "株洲日报讯 醴陵市召开会议，吉祥𠮷字也在其中。\n茶陵县县长讲话。\n";

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = "攸县".getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertEquals("攸县", TextDecoder.decode(plain, "a.txt"));
        assertEquals("攸县", TextDecoder.decode(bom, "a.txt"));
        assertEquals(3, TextDecoder.decodeBytes(bom, "a.txt").bomLength());
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

    /** F3: one text in every encoding a user may have decodes to the same string, four-byte GB18030 included. */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "UTF-16LE+BOM", "UTF-16BE+BOM", "UTF-8+BOM"})
    void everyEncodingGivesTheSameText(String encoding) {
        String cs = encoding.replace("+BOM", "");
        String text = encoding.endsWith("+BOM") ? "\uFEFF" + NEWS : NEWS;
        assertEquals(NEWS, TextDecoder.decode(text.getBytes(Charset.forName(cs)), "n.txt"));
    }

    /** F3: the JDK's GBK cannot read GB18030's four-byte characters: why we decode with GB18030. */
    @Test
    void gbkAloneFailsOnAFourByteCharacter() {
        byte[] gb18030 = NEWS.getBytes(Charset.forName("GB18030"));
        assertThrows(CharacterCodingException.class, () -> Charset.forName("GBK").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(gb18030)));
        assertTrue(TextDecoder.decode(gb18030, "n.txt").contains("𠮷"));
    }

    @Test
    void bytesThatAreNeitherAreRefusedWithFileAndOffset() {
        byte[] bad = {'a', 'b', (byte) 0x81, (byte) 0x30, (byte) 0xFF, (byte) 0xFF};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bad, "broken.txt"));
        assertEquals(Reason.BAD_ENCODING, e.reason());
        assertEquals(2, e.byteOffset());
        assertTrue(e.getMessage().startsWith("broken.txt: BAD_ENCODING:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("at byte offset 2"), e.getMessage());
    }

    /** F4: Traditional Chinese in Big5, Japanese in Shift-JIS, French in Latin-1: never silently read as GB18030. */
    @ParameterizedTest
    @ValueSource(strings = {"Big5", "Shift_JIS", "ISO-8859-1"})
    void foreignLegacyEncodingsAreRefused(String charset) {
        String text = switch (charset) {
            case "Big5" -> "臺灣經濟發展與產業轉型，政府推動數位建設，鼓勵企業投資研發。縣長表示將擴大區域合作。".repeat(3);
            case "Shift_JIS" -> "日本の経済は回復しています。東京都の人口は増えました。ありがとうございます。".repeat(3);
            default -> "Café résumé naïve à la carte; élève, garçon, façade, déjà vu.".repeat(3);
        };
        byte[] bytes = text.getBytes(Charset.forName(charset));
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bytes, "x.txt"));
        assertTrue(e.reason() == Reason.BAD_ENCODING || e.reason() == Reason.SUSPECT_MOJIBAKE, e.getMessage());
        assertTrue(e.byteOffset() >= 0 && e.byteOffset() < bytes.length, e.getMessage());
    }

    /** F5: a file whose first half is UTF-8 and second half GBK: refused where the GBK half starts. */
    @Test
    void mixedEncodingsAreRefusedAtTheFirstBadByte() {
        byte[] first = "醴陵市召开经济工作会议。\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] second = "茶陵县县长讲话，部署全年工作。\n".repeat(20).getBytes(Charset.forName("GBK"));
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(concat(first, second), "mixed.txt"));
        assertEquals(Reason.BAD_ENCODING, e.reason());
        assertEquals(first.length, e.byteOffset(), e.getMessage());
        // and the other way round
        byte[] gbkFirst = "茶陵县县长讲话。\n".repeat(20).getBytes(Charset.forName("GBK"));
        InputException e2 = assertThrows(InputException.class,
                () -> TextDecoder.decode(concat(gbkFirst, first), "mixed2.txt"));
        assertEquals(Reason.BAD_ENCODING, e2.reason());
        assertEquals(0, e2.byteOffset(), e2.getMessage());
    }

    /** F6: text damaged before it reached us. */
    @Test
    void mojibakeIsRefusedWithItsByteOffset() {
        String prefix = "醴陵市消息：";
        InputException kun = assertThrows(InputException.class,
                () -> TextDecoder.decode((prefix + "锟斤拷锟斤拷会议召开").getBytes(StandardCharsets.UTF_8), "k.txt"));
        assertEquals(Reason.SUSPECT_MOJIBAKE, kun.reason());
        assertEquals(prefix.getBytes(StandardCharsets.UTF_8).length, kun.byteOffset());
        InputException kunGbk = assertThrows(InputException.class,
                () -> TextDecoder.decode((prefix + "锟斤拷会议").getBytes(Charset.forName("GBK")), "k.txt"));
        assertEquals(prefix.getBytes(Charset.forName("GBK")).length, kunGbk.byteOffset());
        InputException fffd = assertThrows(InputException.class,
                () -> TextDecoder.decode((prefix + "\uFFFD会议").getBytes(StandardCharsets.UTF_8), "f.txt"));
        assertEquals(Reason.SUSPECT_MOJIBAKE, fffd.reason());
        assertEquals(prefix.getBytes(StandardCharsets.UTF_8).length, fffd.byteOffset());
    }

    @Test
    void plausibilityLetsSimplifiedChineseThroughAndStopsTraditional() {
        // the plausibility threshold must let real GBK news through: checked on text with rare-ish names
        String text = "阳新县富池镇举行开工仪式，县委书记致辞，娲石集团董事长发言。";
        assertEquals(-1, CommonCharacters.firstImplausible(text));
        assertTrue(CommonCharacters.firstImplausible("旧".repeat(5) + "臺灣經濟發展與產業轉型".repeat(3)) >= 0);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
