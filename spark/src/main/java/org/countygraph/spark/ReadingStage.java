package org.countygraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.countygraph.ingest.FileNames;
import org.countygraph.ingest.InputDocument;
import org.countygraph.ingest.InputException;
import org.countygraph.ingest.InputLimits;
import org.countygraph.ingest.InputSink;
import org.countygraph.ingest.Reason;
import org.countygraph.ingest.SourceReader;
import scala.Tuple2;

/**
 * The job's reading stage: one input file (from Spark's {@code binaryFiles}, on any Hadoop file
 * system) into its documents and rejections, read exactly as {@code extract} reads a local file
 * ({@link SourceReader#readFile}): same ids, formats, encodings, limits and reasons.
 */
final class ReadingStage implements FlatMapFunction<Tuple2<String, PortableDataStream>, Piece> {
    private final long maxFileBytes;
    private final int maxArticleChars;

    ReadingStage(InputLimits limits) {
        this.maxFileBytes = limits.maxFileBytes();
        this.maxArticleChars = limits.maxArticleChars();
    }

    /** True for files the job reads: as a local folder is listed, {@code README.md} and {@code SOURCE.md} are left out. */
    static boolean wanted(String fileName) {
        return !fileName.startsWith(".") && !fileName.equalsIgnoreCase("README.md") && !fileName.equalsIgnoreCase("SOURCE.md");
    }

    @Override
    public Iterator<Piece> call(Tuple2<String, PortableDataStream> file) {
        String name = file._1();
        String fileName = new Path(name).getName();
        List<Piece> out = new ArrayList<>();
        if (!wanted(fileName)) return out.iterator();
        InputSink sink = new InputSink() {
            @Override public void document(InputDocument d) { out.add(Piece.of(d)); }
            @Override public void rejected(InputException e) { out.add(Piece.rejected(e)); }
        };
        SourceReader reader = SourceReader.create(new InputLimits(maxFileBytes, maxArticleChars));
        try (InputStream in = file._2().open()) {
            reader.readFile(in, name, fileName, sink);
        } catch (IOException | RuntimeException e) {
            out.add(Piece.rejected(new InputException(name, FileNames.documentIdOf(fileName), Reason.IO_ERROR,
                    "cannot read: " + e.getMessage())));
        }
        return out.iterator();
    }
}
