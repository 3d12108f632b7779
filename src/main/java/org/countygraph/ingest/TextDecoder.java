package org.countygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file strictly: UTF-16 when a UTF-16 byte-order mark says so, else
 * UTF-8 (its BOM dropped), else GB18030; never the platform charset, never a silent replacement
 * character. Bytes that are neither are an {@link InputException} with the byte offset where UTF-8
 * decoding failed.
 */
public final class TextDecoder {
    private TextDecoder() {}

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The text of {@code bytes} read from {@code name}. */
    public static String decode(byte[] bytes, String name) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2, name);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2, name);
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException utf8) {
            long at = firstInvalidUtf8(bytes, skip);
            if (skip == 0) {
                try {
                    return decoder(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException ignored) {
                    // neither: report the UTF-8 position below
                }
            }
            throw new InputException(name + ": not UTF-8 or GB18030 text: invalid bytes at byte offset " + at);
        }
    }

    private static String strict(Charset cs, byte[] bytes, int skip, String name) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": invalid " + cs.name() + " text after its byte-order mark");
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The offset of the first byte where strict UTF-8 decoding fails. */
    static long firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder d = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            var r = d.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) return -1;
            out.clear();
        }
    }
}
