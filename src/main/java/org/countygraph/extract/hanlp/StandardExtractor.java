package org.countygraph.extract.hanlp;

import org.countygraph.extract.Extractor;
import org.countygraph.extract.PipelineExtractor;

/** The extractor CountyGraph ships: the pipeline over HanLP's segmenter, with pinyin labels. */
public final class StandardExtractor {
    private StandardExtractor() {}

    /** A new standard extractor; HanLP's dictionaries load on first use and are shared. */
    public static Extractor create() {
        return PipelineExtractor.create().segmenter(new HanlpSegmenter()).transliterator(new HanlpPinyin()).givenNames(new HanlpGivenNames()).build();
    }
}
