package org.countygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file strictly, never with the platform charset and never with a
 * silent replacement character.
 *
 * <ol>
 *   <li>A UTF-16 byte-order mark: UTF-16 in that byte order. A UTF-8 BOM: UTF-8, the BOM dropped.</li>
 *   <li>Else UTF-8; if that fails, GB18030 (the superset of GBK and GB2312: the JDK's {@code GBK}
 *       cannot read GB18030's four-byte characters such as 𠮷), believed only when the text it gives
 *       is plausible Chinese (see {@link CommonCharacters}).</li>
 *   <li>Else {@link Reason#BAD_ENCODING} with the byte offset where UTF-8 decoding failed: for a
 *       file that is half UTF-8 and half GBK, where the GBK half starts.</li>
 *   <li>Decoded text holding U+FFFD or {@code 锟斤拷} (UTF-8's replacement character read as GBK)
 *       is {@link Reason#SUSPECT_MOJIBAKE}, with the byte offset of the first.</li>
 * </ol>
 */
public final class TextDecoder {
    private TextDecoder() {}

    static final Charset GB18030 = Charset.forName("GB18030");

    /** Decoded text and the charset it was read with. */
    public record Decoded(String text, Charset charset, int bomLength) {
        /** The byte offset of the char at {@code index} of the text, in the bytes it was read from. */
        public long byteOffset(int index) {
            CharsetEncoder enc = charset.newEncoder();
            try {
                return bomLength + enc.encode(CharBuffer.wrap(text, 0, index)).remaining();
            } catch (CharacterCodingException e) {
                return -1;
            }
        }
    }

    /** The text of {@code bytes} read from {@code name}. */
    public static String decode(byte[] bytes, String name) {
        return decodeBytes(bytes, name).text();
    }

    /** The text of {@code bytes} read from {@code name}, with the charset chosen. */
    public static Decoded decodeBytes(byte[] bytes, String name) {
        return checked(decodeUnchecked(bytes, name), name);
    }

    /**
     * Decodes like {@link #decodeBytes} without refusing damaged text: for containers such as
     * JSON Lines, whose records are checked one by one.
     */
    static Decoded decodeUnchecked(byte[] bytes, String name) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2, name), StandardCharsets.UTF_16BE, 2);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2, name), StandardCharsets.UTF_16LE, 2);
        }
        int skip = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            String text = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new Decoded(text, StandardCharsets.UTF_8, skip);
        } catch (CharacterCodingException utf8) {
            long at = firstInvalid(StandardCharsets.UTF_8, bytes, skip);
            if (skip == 0) {
                String gb;
                try {
                    gb = decoder(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException notGb) {
                    throw new InputException(name, null, Reason.BAD_ENCODING, "neither UTF-8 nor GB18030: invalid UTF-8", at, null);
                }
                if (CommonCharacters.firstImplausible(gb) < 0) return new Decoded(gb, GB18030, 0);
                throw new InputException(name, null, Reason.BAD_ENCODING, String.format(
                        "not UTF-8, and as GB18030 only %.0f%% of its characters are common Chinese (mixed, Big5, Shift-JIS or Latin-1?): invalid UTF-8",
                        100 * CommonCharacters.share(gb)), at, null);
            }
            throw new InputException(name, null, Reason.BAD_ENCODING, "invalid UTF-8 after a UTF-8 byte-order mark", at, null);
        }
    }

    /**
     * The text of {@code bytes} in a charset the input declared (a web page's meta tag), strictly;
     * a leading BOM of that charset is dropped.
     */
    public static Decoded decodeAs(byte[] bytes, Charset cs, String name) {
        int skip = cs.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
        try {
            String text = decoder(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return checked(new Decoded(text, cs, skip), name);
        } catch (CharacterCodingException e) {
            throw new InputException(name, null, Reason.BAD_ENCODING, "invalid " + cs.name() + " although the page declares it",
                    firstInvalid(cs, bytes, skip), null);
        }
    }

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static Decoded checked(Decoded d, String name) {
        int bad = d.text().indexOf('\uFFFD');
        if (bad >= 0) {
            throw new InputException(name, null, Reason.SUSPECT_MOJIBAKE,
                    "holds U+FFFD replacement characters: the text was damaged before it reached us", d.byteOffset(bad), null);
        }
        int kun = d.text().indexOf("锟斤拷");
        if (kun >= 0) {
            throw new InputException(name, null, Reason.SUSPECT_MOJIBAKE,
                    "holds '锟斤拷' (UTF-8 replacement characters read as GBK)", d.byteOffset(kun), null);
        }
        int nul = d.text().indexOf('\u0000');
        if (nul >= 0) {
            throw new InputException(name, null, Reason.UNSUPPORTED_FORMAT, "binary content: a NUL character", d.byteOffset(nul), null);
        }
        return d;
    }

    private static String strict(Charset cs, byte[] bytes, int skip, String name) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, null, Reason.BAD_ENCODING, "invalid " + cs.name() + " after its byte-order mark",
                    firstInvalid(cs, bytes, skip), null);
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The offset of the first byte where strict decoding in {@code cs} fails, or -1. */
    static long firstInvalid(Charset cs, byte[] bytes, int from) {
        CharsetDecoder d = decoder(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            var r = d.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) {
                out.clear();
                r = d.flush(out);
                return r.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /** The offset of the first byte where strict UTF-8 decoding fails, or -1. */
    static long firstInvalidUtf8(byte[] bytes, int from) {
        return firstInvalid(StandardCharsets.UTF_8, bytes, from);
    }
}
