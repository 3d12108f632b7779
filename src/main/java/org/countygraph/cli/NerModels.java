package org.countygraph.cli;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.countygraph.extract.hanlp.HanlpCharLexicon;
import org.countygraph.extract.hanlp.HanlpSegmenter;
import java.util.List;
import org.countygraph.ner.CharFeatures;
import org.countygraph.ner.DivisionLexicon;
import org.countygraph.ner.NerException;
import org.countygraph.ner.NerFormat;
import org.countygraph.ner.NerTraining;
import org.countygraph.ner.PerceptronModel;
import org.countygraph.ner.Recognizer;
import org.countygraph.ner.SegmenterRecognizer;

/**
 * The recognisers {@code ner} compares: ours (the tagger trained at build time by {@code ner-train},
 * its models in the jar under {@code org/countygraph/ner/models/}) and HanLP portable's default.
 */
final class NerModels {
    /** Where the build puts the models, under the classes folder and in the jar. */
    static final String RESOURCE_DIR = "org/countygraph/ner/models/";
    static final String PD_MODEL = "peoples-daily.model";
    static final String CLUENER_MODEL = "cluener.model";

    private NerModels() {}

    /** The features both models use: characters, HanLP's words and tags, its name dictionaries, the division gazetteer. */
    static CharFeatures features() {
        return new CharFeatures(new HanlpSegmenter(), List.of(new HanlpCharLexicon(), new DivisionLexicon()));
    }

    /** Our recogniser for a format. */
    static Recognizer ours(NerFormat format) {
        PerceptronModel model = load(format == NerFormat.CLUENER ? CLUENER_MODEL : PD_MODEL);
        return NerTraining.recognizer(format, model, features());
    }

    /** HanLP portable's default recogniser ({@code HanLP.newSegment()}, person, place and organisation recognition on). */
    static Recognizer hanlpDefault(NerFormat format) {
        return new SegmenterRecognizer(new HanlpSegmenter(), format);
    }

    private static PerceptronModel load(String name) {
        try (InputStream in = NerModels.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new NerException("model " + RESOURCE_DIR + name + " is not in the jar: build it with "
                        + "'mvn package' (or 'bin/countygraph ner-train')");
            }
            return PerceptronModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name + ": " + e.getMessage(), e);
        }
    }
}
