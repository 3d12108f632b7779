package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {
    @TempDir
    Path dir;

    private Path file(String text, String perms) throws Exception {
        Path f = dir.resolve("pw");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void aPrivateFileWithAUserIsAccepted() throws Exception {
        Path f = file("# writers\nadmin: MD5:5f4dcc3b5aa765d61d8327deb882cf99\n", "rw-------");
        assertEquals(f.toAbsolutePath(), PasswordFile.check(f).path());
    }

    @Test
    void aMissingFileIsNamed() {
        ServeException e = assertThrows(ServeException.class, () -> PasswordFile.check(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void aFileOthersCanReadIsRefusedWithTheFix() throws Exception {
        Path f = file("admin: x\n", "rw-r--r--");
        ServeException e = assertThrows(ServeException.class, () -> PasswordFile.check(f));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void aFileWithoutUsersIsRefused() throws Exception {
        Path f = file("# nobody\n\n", "rw-------");
        assertThrows(ServeException.class, () -> PasswordFile.check(f));
    }
}
