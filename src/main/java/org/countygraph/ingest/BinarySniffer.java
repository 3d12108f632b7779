package org.countygraph.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Recognises binary files before any decoding: well-known magic numbers, NUL bytes, or many
 * control bytes in the first 8 KiB. Text in UTF-16 (which has NUL bytes) must carry a byte-order
 * mark to be recognised as text.
 */
final class BinarySniffer {
    static final int WINDOW = 8192;
    private static final byte[][] MAGIC = {
        {(byte) 0x89, 'P', 'N', 'G'}, {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'%', 'P', 'D', 'F'},
        {0x1F, (byte) 0x8B}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'},
        {'R', 'a', 'r', '!'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {0x7F, 'E', 'L', 'F'},
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
        {'B', 'Z', 'h'}, {(byte) 0xFD, '7', 'z', 'X', 'Z'}, {'R', 'I', 'F', 'F'},
    };
    private static final String[] MAGIC_NAMES = {
        "PNG image", "ZIP archive", "ZIP archive", "PDF document", "gzip archive", "JPEG image", "GIF image",
        "RAR archive", "7-Zip archive", "ELF executable", "Java class file", "MS Office (OLE) document",
        "bzip2 archive", "xz archive", "RIFF media file",
    };

    private BinarySniffer() {}

    /** What kind of binary the bytes are, or null when they may be text. */
    static String binaryKind(byte[] bytes) {
        for (int k = 0; k < MAGIC.length; k++) {
            if (startsWith(bytes, MAGIC[k])) return MAGIC_NAMES[k];
        }
        if (hasUtf16Bom(bytes)) return null;
        int n = Math.min(bytes.length, WINDOW);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return "binary data (NUL byte at byte offset " + i + ")";
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) controls++;
        }
        if (n > 0 && controls * 20 > n) return "binary data (" + controls + " control bytes in the first " + n + ")";
        return null;
    }

    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (bytes[i] != magic[i]) return false;
        return true;
    }

    /** True when the bytes look like an HTML page (after a BOM and white space). */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }
}
