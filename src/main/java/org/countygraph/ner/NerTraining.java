package org.countygraph.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the shipped recognisers are trained, from the training splits only (never a test split):
 *
 * <ol>
 *   <li>the People's Daily model ({@code PER LOC ORG}, used for People's Daily and MSRA) learns from
 *       People's Daily 1998 dev, and from CLUENER2020 train with {@code name} read as {@code PER},
 *       {@code address} as {@code LOC}, and {@code company}, {@code government}, {@code organization}
 *       as {@code ORG}; each set's features are also copied under its own domain ({@code PD},
 *       {@code CL}, see {@link CharFeatures#inDomain}) because the two sets draw entity bounds
 *       differently (CLUENER's addresses run to street numbers); People's Daily dev is read
 *       {@value #PD_REPEATS} times an epoch, since it is a fifth of CLUENER train's size and holds the
 *       conventions the model is scored by (cross-validated on People's Daily dev: overall F1 0.822
 *       read once, 0.830 read twice);</li>
 *   <li>the CLUENER model learns CLUENER2020 train with all ten of its labels.</li>
 * </ol>
 *
 * <p>{@code data} is the folder of the gold sets as {@code bench/ner/} holds them.
 */
public final class NerTraining {
    /** The domain of People's Daily (and MSRA) sentences. */
    public static final String PD_DOMAIN = "PD";
    /** The domain of CLUENER sentences in the People's Daily model. */
    public static final String CLUENER_DOMAIN = "CL";
    /** The ten CLUENER2020 labels. */
    public static final List<String> CLUENER_LABELS = List.of("name", "address", "company", "government", "organization",
            "position", "game", "book", "movie", "scene");
    /** How many times an epoch the People's Daily model reads People's Daily dev. */
    public static final int PD_REPEATS = 2;
    private static final Map<String, String> CLUENER_AS_PD = Map.of("name", "PER", "address", "LOC",
            "company", "ORG", "government", "ORG", "organization", "ORG");

    private final Path data;
    private final CharFeatures features;
    private final PerceptronTrainer trainer;

    /** Training from the gold sets under {@code data} with {@code features} (no domain) and {@code trainer}. */
    public NerTraining(Path data, CharFeatures features, PerceptronTrainer trainer) {
        this.data = data;
        this.features = features;
        this.trainer = trainer;
    }

    /** People's Daily 1998 dev, the People's Daily model's own training split. */
    public Path peoplesDailyDev() { return existing("peoples-daily-1998/example.dev"); }

    /** CLUENER2020 train. */
    public Path cluenerTrain() { return existing("cluener/train.json"); }

    /** Trains the People's Daily model ({@code PER LOC ORG}). */
    public PerceptronModel peoplesDaily() {
        TagSet tags = new TagSet(NerFormat.PD.labels());
        CharFeatures pd = features.inDomain(PD_DOMAIN);
        List<PerceptronTrainer.Example> dev = examples(BioCorpus.read(peoplesDailyDev()), pd, tags).toList();
        Stream<PerceptronTrainer.Example> examples = Stream.concat(
                Stream.generate(() -> dev).limit(PD_REPEATS).flatMap(List::stream),
                examples(cluenerAsPeoplesDaily(), features.inDomain(CLUENER_DOMAIN), tags));
        return trainer.train(tags, examples);
    }

    /**
     * The People's Daily model's {@code folds}-fold cross-validation on People's Daily dev (each fold
     * also trained on all of CLUENER train, as the shipped model is): the scores tuning is judged by.
     */
    public NerScorer peoplesDailyCrossValidation(int folds) {
        TagSet tags = new TagSet(NerFormat.PD.labels());
        CharFeatures pd = features.inDomain(PD_DOMAIN);
        List<NerSentence> dev = BioCorpus.read(peoplesDailyDev()).stream().filter(s -> !s.text().isEmpty()).toList();
        List<String[][]> devFeatures = dev.parallelStream().map(s -> pd.of(s.text())).toList();
        List<PerceptronTrainer.Example> clue = examples(cluenerAsPeoplesDaily(), features.inDomain(CLUENER_DOMAIN), tags)
                .parallel().toList();
        return new CrossValidation(folds, PD_REPEATS, trainer).score(tags, dev, devFeatures, clue, NerFormat.PD.labels());
    }

    /** CLUENER2020 train with its person, address and organisation labels read as People's Daily's. */
    private List<NerSentence> cluenerAsPeoplesDaily() {
        List<NerSentence> out = new ArrayList<>();
        for (NerSentence s : ClueNerCorpus.read(cluenerTrain())) {
            List<NamedSpan> spans = new ArrayList<>();
            for (NamedSpan e : s.entities()) {
                Optional.ofNullable(CLUENER_AS_PD.get(e.label())).ifPresent(l -> spans.add(e.withLabel(l)));
            }
            out.add(new NerSentence(s.text(), spans));
        }
        return out;
    }

    /** Trains the CLUENER model (all ten labels). */
    public PerceptronModel cluener() {
        TagSet tags = new TagSet(CLUENER_LABELS);
        return trainer.train(tags, examples(ClueNerCorpus.read(cluenerTrain()), features, tags));
    }

    /** The recogniser of a format's labels with a model trained here and the same features. */
    public static Recognizer recognizer(NerFormat format, PerceptronModel model, CharFeatures features) {
        if (format == NerFormat.CLUENER) {
            TrainedRecognizer all = new TrainedRecognizer(model, features);
            return text -> all.recognize(text).stream().filter(e -> format.labels().contains(e.label())).toList();
        }
        return new TrainedRecognizer(model, features.inDomain(PD_DOMAIN));
    }

    private static Stream<PerceptronTrainer.Example> examples(List<NerSentence> sentences, CharFeatures f, TagSet tags) {
        return sentences.stream().filter(s -> !s.text().isEmpty()).map(s -> example(s, f.of(s.text()), tags));
    }

    /** A training example: a sentence's features and its gold entities as BIOES tags (overlaps dropped). */
    static PerceptronTrainer.Example example(NerSentence s, String[][] features, TagSet tags) {
        String[] bioes = BioTags.bioes(s.text().length(), withoutOverlaps(s.entities()));
        int[] gold = new int[bioes.length];
        for (int i = 0; i < gold.length; i++) gold[i] = tags.indexOf(bioes[i]);
        return new PerceptronTrainer.Example(features, gold);
    }

    /** The entities with each one overlapping an earlier (longer first) one dropped. */
    private static List<NamedSpan> withoutOverlaps(List<NamedSpan> spans) {
        List<NamedSpan> out = new ArrayList<>();
        for (NamedSpan s : spans) {
            if (out.stream().noneMatch(s::overlaps)) out.add(s);
        }
        return out;
    }

    private Path existing(String relative) {
        Path p = data.resolve(relative);
        if (!Files.isRegularFile(p)) throw new NerException("training data not found: " + p);
        return p;
    }
}
