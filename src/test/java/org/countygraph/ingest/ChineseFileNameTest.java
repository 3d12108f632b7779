package org.countygraph.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.countygraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F18: a Chinese file name gives the same document id and the same name in messages in every
 * locale. Surefire runs this class twice: in the default locale and in a fork with
 * {@code LANG=C LC_ALL=C}, where the JVM decodes file names as ASCII.
 */
class ChineseFileNameTest {
    private static final String NAME = "新闻.txt";
    private static final byte[] NAME_BYTES = NAME.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** Creates {@code 新闻.txt} in the folder: through a path when the locale can spell it, else through the shell. */
    private void createChineseFile(String content) throws IOException, InterruptedException {
        if (jvmCanSpellChineseNames()) {
            Files.writeString(dir.resolve(NAME), content, StandardCharsets.UTF_8);
            return;
        }
        StringBuilder octal = new StringBuilder();
        for (byte b : NAME_BYTES) octal.append(String.format("\\%03o", b & 0xFF));
        Process p = new ProcessBuilder("/bin/sh", "-c", "printf '%s' \"$1\" > \"$(printf '" + octal + "')\"", "sh", "ascii only")
                .directory(dir.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
        Path file;
        try (var s = Files.list(dir)) {
            file = s.findFirst().orElseThrow();
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static boolean jvmCanSpellChineseNames() {
        try {
            Path.of(NAME);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Test
    void aChineseFileNameReadsTheSameInEveryLocale() throws Exception {
        createChineseFile("醴陵市召开经济工作会议。\n");
        List<Path> files = SourceReader.files(dir);
        assertEquals(1, files.size());
        Path file = files.get(0);
        assertEquals(NAME, FileNames.fileName(file));
        assertEquals("新闻", FileNames.stem(file));
        assertEquals("doc-" + Iris.hash(NAME), FileNames.documentId(file));
        assertTrue(FileNames.display(file).endsWith("/" + NAME), FileNames.display(file));
        InputDocument d = InputCollector.read(file).onlyDocument();
        assertEquals("doc-" + Iris.hash(NAME), d.id());
        assertEquals("醴陵市召开经济工作会议。\n", d.document().text());
        assertTrue(d.source().endsWith(NAME), d.source());
    }

    @Test
    void aBrokenChineseFileNamesItselfInItsMessage() throws Exception {
        createChineseFile("");
        Path file = SourceReader.files(dir).get(0);
        InputException e = InputCollector.read(file).problems.get(0);
        assertEquals(Reason.EMPTY, e.reason());
        assertTrue(e.getMessage().contains(NAME + ": EMPTY"), e.getMessage());
    }

    /** The surefire run that sets {@code LANG=C} really gets a JVM that cannot spell Chinese file names. */
    @Test
    void theLocaleOfThisRunIsTheOneAskedFor() {
        String jnu = System.getProperty("sun.jnu.encoding");
        assertEquals(jnu.equalsIgnoreCase("UTF-8"), jvmCanSpellChineseNames(), "sun.jnu.encoding=" + jnu);
        if (Boolean.getBoolean("countygraph.test.asciiFileNames")) {
            assertFalse(jvmCanSpellChineseNames(), "the locale-c run should decode file names as ASCII, not " + jnu);
        }
    }
}
