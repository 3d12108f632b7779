package org.countygraph.extract.hanlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.countygraph.ner.CharFeatures;
import org.countygraph.ner.DivisionLexicon;
import org.countygraph.ner.NerException;
import org.countygraph.ner.NerFormat;
import org.countygraph.ner.NerTraining;
import org.countygraph.ner.PerceptronModel;
import org.countygraph.ner.Recognizer;

/**
 * The named-entity recognisers trained at build time ({@code ner-train}), read from the classpath
 * under {@link #RESOURCE_DIR}, with the features they were trained with: characters, HanLP's words
 * and tags, its name dictionaries and the division gazetteer.
 */
public final class BundledNer {
    /** Where the build puts the models, under the classes folder and in the jar. */
    public static final String RESOURCE_DIR = "org/countygraph/ner/models/";
    /** The People's Daily model ({@code PER LOC ORG}). */
    public static final String PD_MODEL = "peoples-daily.model";
    /** The CLUENER model (its ten labels). */
    public static final String CLUENER_MODEL = "cluener.model";

    private BundledNer() {}

    /** The features both models use. */
    public static CharFeatures features() {
        return new CharFeatures(new HanlpSegmenter(), List.of(new HanlpCharLexicon(), new DivisionLexicon()));
    }

    /** Our recogniser of a format's labels, its model read anew. */
    public static Recognizer recognizer(NerFormat format) {
        return NerTraining.recognizer(format, model(format == NerFormat.CLUENER ? CLUENER_MODEL : PD_MODEL), features());
    }

    /** The People's Daily recogniser ({@code PER LOC ORG}), its model read once per JVM and shared. */
    public static Recognizer peoplesDaily() { return PeoplesDaily.RECOGNIZER; }

    /** A model read from the classpath. */
    public static PerceptronModel model(String name) {
        try (InputStream in = BundledNer.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new NerException("model " + RESOURCE_DIR + name + " is not on the classpath: build it with "
                        + "'mvn package' (or 'bin/countygraph ner-train')");
            }
            return PerceptronModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name + ": " + e.getMessage(), e);
        }
    }

    /** Lazy holder: the model loads on first use. */
    private static final class PeoplesDaily {
        static final Recognizer RECOGNIZER = recognizer(NerFormat.PD);
    }
}
