package org.countygraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.countygraph.extract.hanlp.HanlpCharLexicon;
import org.countygraph.extract.hanlp.HanlpSegmenter;
import org.countygraph.ner.BioCorpus;
import org.countygraph.ner.BioTags;
import org.countygraph.ner.CharFeatures;
import org.countygraph.ner.ClueNerCorpus;
import org.countygraph.ner.LabelScore;
import org.countygraph.ner.NerFormat;
import org.countygraph.ner.NerScorer;
import org.countygraph.ner.NerTraining;
import org.countygraph.ner.PerceptronModel;
import org.countygraph.ner.PerceptronTrainer;
import org.countygraph.ner.TagSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ner-train}: train our recogniser's two models from the training splits; the build runs it
 * (Maven's {@code process-classes} phase) to put them in the jar.
 */
@Command(name = "ner-train", mixinStandardHelpOptions = true,
        description = "Train the named-entity models from the training splits under --data (People's Daily 1998 dev, "
                + "CLUENER2020 train) and write peoples-daily.model and cluener.model into --out. The build runs it; "
                + "with --if-stale a model is kept when its training data, code and settings are unchanged.")
final class NerTrainCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "bench/ner", description = "The gold sets (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/classes/" + NerModels.RESOURCE_DIR,
            description = "Where to write the models (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "8", description = "Perceptron passes (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
            description = "Drop features seen fewer times in training (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--if-stale", description = "Keep a model whose fingerprint (data, code, settings) is unchanged.")
    boolean ifStale;

    @Option(names = "--folds", paramLabel = "K",
            description = "Write no model: print the People's Daily model's K-fold cross-validation scores on People's "
                    + "Daily dev (each fold also trained on CLUENER train), the figures it is tuned by.")
    Integer folds;

    @Override
    public Integer call() throws IOException {
        NerTraining training = new NerTraining(data, NerModels.features(),
                PerceptronTrainer.create().epochs(epochs).minCount(minCount).build());
        if (folds != null) {
            long t0 = System.nanoTime();
            NerScorer scores = training.peoplesDailyCrossValidation(folds);
            System.out.printf("People's Daily dev, %d-fold cross-validation (epochs %d, min count %d), %.0f s%n",
                    folds, epochs, minCount, (System.nanoTime() - t0) / 1e9);
            for (String label : NerFormat.PD.labels()) print(scores.score(label));
            print(scores.overall());
            return 0;
        }
        Files.createDirectories(out);
        CompletableFuture<Void> pd = CompletableFuture.runAsync(() ->
                train(NerModels.PD_MODEL, training::peoplesDaily, List.of(training.peoplesDailyDev(), training.cluenerTrain())));
        CompletableFuture<Void> clue = CompletableFuture.runAsync(() ->
                train(NerModels.CLUENER_MODEL, training::cluener, List.of(training.cluenerTrain())));
        try {
            CompletableFuture.allOf(pd, clue).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return 0;
    }

    private static void print(LabelScore s) {
        System.out.printf("%-8s gold %5d  P %.3f  R %.3f  F1 %.3f%n", s.label(), s.gold(), s.precision(), s.recall(), s.f1());
    }

    private void train(String name, Supplier<PerceptronModel> trainer, List<Path> inputs) {
        Path model = out.resolve(name);
        Path stamp = out.resolve(name + ".sha256");
        String fingerprint = fingerprint(name, inputs);
        try {
            if (ifStale && Files.isRegularFile(model) && Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(fingerprint)) {
                System.err.println("ner-train: " + model + " is up to date");
                return;
            }
            long t0 = System.nanoTime();
            PerceptronModel m = trainer.get();
            Path tmp = out.resolve(name + ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                m.write(os);
            }
            Files.move(tmp, model, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(stamp, fingerprint + "\n", StandardCharsets.UTF_8);
            System.err.printf("ner-train: %s, %d features, %.0f s%n", model, m.featureCount(), (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + model + ": " + e.getMessage(), e);
        }
    }

    /** A hash of the training files, the code that makes features and trains, the gazetteer, and the settings. */
    private String fingerprint(String name, List<Path> inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((name + " epochs=" + epochs + " minCount=" + minCount + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path p : inputs) md.update(Files.readAllBytes(p));
            for (Class<?> c : List.of(CharFeatures.class, PerceptronTrainer.class, PerceptronModel.class, TagSet.class,
                    NerTraining.class, BioTags.class, BioCorpus.class, ClueNerCorpus.class, HanlpCharLexicon.class,
                    HanlpSegmenter.class, com.hankcs.hanlp.HanLP.class, NerModels.class, org.countygraph.extract.hanlp.BundledNer.class, org.countygraph.ner.DivisionLexicon.class,
                    org.countygraph.extract.Gazetteer.class, org.countygraph.extract.NameTrie.class)) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (in != null) md.update(in.readAllBytes());
                }
            }
            for (String csv : List.of("provinces.csv", "cities.csv", "areas.csv")) {
                try (InputStream in = NerTrainCommand.class.getResourceAsStream("/org/countygraph/gazetteer/" + csv)) {
                    if (in != null) md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read training data: " + e.getMessage(), e);
        }
    }
}
