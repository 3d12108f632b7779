package org.countygraph.cli;

import org.countygraph.extract.hanlp.BundledNer;
import org.countygraph.ner.CharFeatures;
import org.countygraph.ner.NerFormat;
import org.countygraph.ner.Recognizer;
import org.countygraph.ner.SegmenterRecognizer;
import org.countygraph.extract.hanlp.HanlpSegmenter;

/**
 * The recognisers {@code ner} compares: ours (the tagger trained at build time by {@code ner-train},
 * its models in the jar, see {@link BundledNer}) and HanLP portable's default.
 */
final class NerModels {
    /** Where the build puts the models, under the classes folder and in the jar. */
    static final String RESOURCE_DIR = BundledNer.RESOURCE_DIR;
    static final String PD_MODEL = BundledNer.PD_MODEL;
    static final String CLUENER_MODEL = BundledNer.CLUENER_MODEL;

    private NerModels() {}

    /** The features both models use: characters, HanLP's words and tags, its name dictionaries, the division gazetteer. */
    static CharFeatures features() { return BundledNer.features(); }

    /** Our recogniser for a format. */
    static Recognizer ours(NerFormat format) { return BundledNer.recognizer(format); }

    /** HanLP portable's default recogniser ({@code HanLP.newSegment()}, person, place and organisation recognition on). */
    static Recognizer hanlpDefault(NerFormat format) {
        return new SegmenterRecognizer(new HanlpSegmenter(), format);
    }
}
