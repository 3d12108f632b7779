package org.countygraph.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A checked password file for the update endpoint: it exists, is readable, holds at least one
 * {@code user: password} line (Jetty's format; {@code MD5:}, {@code CRYPT:} and {@code OBF:} forms
 * allowed) and, where the file system has POSIX permissions, cannot be read by group or others.
 *
 * @param path the file
 */
public record PasswordFile(Path path) {
    private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    /** Checks the file, failing with a message that names it and what is wrong. */
    public static PasswordFile check(Path file) {
        Path p = file.toAbsolutePath();
        if (!Files.isRegularFile(p)) throw new ServeException("password file not found: " + p);
        if (!Files.isReadable(p)) throw new ServeException("password file not readable: " + p);
        try {
            if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                perms.retainAll(TOO_OPEN);
                if (!perms.isEmpty()) {
                    throw new ServeException("password file " + p + " is open to " + perms + "; make it private: chmod 600 " + p);
                }
            }
            boolean hasUser = Files.readAllLines(p).stream().map(String::strip)
                    .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && l.matches("[^:\\s]+\\s*:\\s*\\S.*"));
            if (!hasUser) throw new ServeException("password file " + p + " has no 'user: password' line");
        } catch (IOException e) {
            throw new ServeException("cannot read password file " + p + ": " + e.getMessage(), e);
        }
        return new PasswordFile(p);
    }
}
