package org.countygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;

/**
 * The characters of GB2312 (6,763 hanzi, the common ones, and its punctuation and symbols), as
 * our GB18030 decoder maps them: the plausibility test for text that had to be read as GB18030.
 *
 * <p>Why: GB18030 accepts almost any byte pair, so Big5, Shift-JIS, Latin-1 or a half-UTF-8 file
 * often "decode" into rare characters and private-use code points. Simplified Chinese news keeps
 * well over 99% of its non-ASCII characters inside GB2312 (the six GBK news pages: 99.7-100%);
 * Big5 text read as GB18030 keeps about 40%, Shift-JIS none. The set is computed from the JDK's
 * own charset, so no character list ships with the project.
 */
final class CommonCharacters {
    /** The share of non-ASCII characters that must be in GB2312 for a GB18030 reading to be believed. */
    static final double MIN_SHARE = 0.9;

    private static final BitSet GB2312 = build();

    private CommonCharacters() {}

    private static BitSet build() {
        BitSet set = new BitSet(0x10000);
        CharsetDecoder d = Charset.forName("GB18030").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] pair = new byte[2];
        CharBuffer out = CharBuffer.allocate(4);
        for (int hi = 0xA1; hi <= 0xF7; hi++) {
            if (hi >= 0xAA && hi <= 0xAF) continue; // rows GB2312 leaves empty (private use in GBK)
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                pair[0] = (byte) hi;
                pair[1] = (byte) lo;
                d.reset();
                out.clear();
                if (d.decode(ByteBuffer.wrap(pair), out, true).isError()) continue;
                out.flip();
                if (out.remaining() == 1 && !isPrivateUse(out.get(0))) set.set(out.get(0));
            }
        }
        return set;
    }

    /** True for a character of GB2312. */
    static boolean isCommon(char c) { return GB2312.get(c); }

    static boolean isPrivateUse(char c) { return c >= '\uE000' && c <= '\uF8FF'; }

    /**
     * The index of the first character that makes a GB18030 reading implausible, or -1 when it is
     * plausible: too few of its non-ASCII characters are in GB2312, and the first outside it is
     * returned as the place to look.
     */
    static int firstImplausible(String text) {
        int nonAscii = 0;
        int common = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) continue;
            nonAscii++;
            if (isCommon(c)) common++;
            else if (first < 0) first = i;
        }
        if (nonAscii == 0 || common >= MIN_SHARE * nonAscii) return -1;
        return first;
    }

    /** The share of non-ASCII characters in GB2312, for messages. */
    static double share(String text) {
        long nonAscii = text.chars().filter(c -> c >= 0x80).count();
        long common = text.chars().filter(c -> c >= 0x80 && isCommon((char) c)).count();
        return nonAscii == 0 ? 1.0 : (double) common / nonAscii;
    }
}
