package org.countygraph.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of the code a class was loaded from (its jar, or its folder of classes and
 * resources): the build stores it with every document, so that a new build of the extractor
 * extracts every document again instead of keeping graphs an older extractor made.
 */
public final class CodeFingerprint {
    private CodeFingerprint() {}

    /** The fingerprint of the jar or folder {@code type} was loaded from: 16 hex digits. */
    public static String of(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(location)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    digest(md, f);
                }
            } else {
                digest(md, location);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint the code of " + type.getName(), e);
        } catch (URISyntaxException | NoSuchAlgorithmException | NullPointerException e) {
            throw new IllegalStateException("cannot fingerprint the code of " + type.getName() + ": " + e, e);
        }
    }

    private static void digest(MessageDigest md, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
