package org.countygraph.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export's files go: a file or standard output for one-file formats, a folder or a zip
 * archive for {@code csv}. The exporter opens each file once, writes it and closes the stream.
 */
@FunctionalInterface
public interface ExportTarget {
    /** Opens the file called {@code name} (e.g. {@code nodes.csv}) for writing. */
    OutputStream open(String name) throws IOException;
}
