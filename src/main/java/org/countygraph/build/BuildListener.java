package org.countygraph.build;

import java.nio.file.Path;
import org.countygraph.ingest.InputDocument;

/** Hears each {@link Outcome} of a build as it happens: the command line prints them, tests collect them. */
@FunctionalInterface
public interface BuildListener {
    /** One input or document is done. */
    void outcome(Outcome outcome);

    /** A build over a folder is about to read {@code files} files of {@code bytes} bytes in all. Defaults to nothing. */
    default void starting(int files, long bytes) {}

    /** A file of {@code bytes} bytes is about to be read. Defaults to nothing. */
    default void reading(Path file, long bytes) {}

    /** A document was read and is about to be extracted (or found unchanged); its outcome follows. Defaults to nothing. */
    default void document(InputDocument document) {}
}
