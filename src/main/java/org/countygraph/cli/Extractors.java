package org.countygraph.cli;

import org.countygraph.extract.Extractor;
import org.countygraph.extract.PipelineExtractor;
import org.countygraph.extract.hanlp.HanlpSegmenter;

/** The extractor the command line uses: the pipeline over HanLP's segmenter. */
final class Extractors {
    private Extractors() {}

    static Extractor standard() {
        return org.countygraph.extract.hanlp.StandardExtractor.create();
    }
}
