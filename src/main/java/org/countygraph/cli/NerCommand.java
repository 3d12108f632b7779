package org.countygraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.countygraph.ner.LabelScore;
import org.countygraph.ner.NamedSpan;
import org.countygraph.ner.NerEvaluation;
import org.countygraph.ner.NerFormat;
import org.countygraph.ner.NerScorer;
import org.countygraph.ner.NerSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ner}: tag a named-entity gold set with our recogniser, and score it beside HanLP's default. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Read a gold set (pd, msra: character-per-line BIO; cluener: CLUENER2020 JSON), tag its sentences "
                + "with our person, place and organisation recogniser and write them with the predictions "
                + "(BIO: char<TAB>gold<TAB>predicted; cluener: one JSON record a line with a 'predicted' field). "
                + "With --eval, print entity-level precision, recall and F1 per label and overall (exact span and "
                + "label, as conlleval) for ours and for HanLP portable's default recogniser.")
final class NerCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "pd|msra|cluener", description = "The gold file's format.")
    String format;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The gold file.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the predictions here (default: stdout, unless --eval).")
    Path output;

    @Option(names = "--eval", description = "Print the scores of ours and of HanLP's default (the predictions go to stdout only without it).")
    boolean eval;

    @Option(names = "--errors", paramLabel = "FILE", description = "With --eval, also write our errors here: '+' predicted, not gold; '-' gold, missed.")
    Path errors;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N sentences.")
    Integer limit;

    @Override
    public Integer call() throws IOException {
        NerFormat fmt = NerFormat.of(format);
        List<NerSentence> gold = fmt.read(file);
        if (limit != null) {
            if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1: " + limit);
            gold = gold.subList(0, Math.min(limit, gold.size()));
        }
        List<List<NamedSpan>> ours = NerEvaluation.predict(NerModels.ours(fmt), gold);
        if (output != null) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                fmt.write(gold, ours, w);
            }
        } else if (!eval) {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            fmt.write(gold, ours, w);
        }
        if (eval) {
            List<List<NamedSpan>> hanlp = NerEvaluation.predict(NerModels.hanlpDefault(fmt), gold);
            print(fmt, gold.size(), NerEvaluation.score(gold, ours, fmt.labels()), NerEvaluation.score(gold, hanlp, fmt.labels()));
            if (errors != null) Files.write(errors, NerEvaluation.errors(gold, ours, fmt.labels()), StandardCharsets.UTF_8);
        }
        return 0;
    }

    private void print(NerFormat fmt, int sentences, NerScorer ours, NerScorer hanlp) {
        System.out.println(file + " (" + fmt.name().toLowerCase(Locale.ROOT) + ", " + sentences + " sentences)");
        System.out.printf("%-13s %5s | %5s %6s %6s %6s | %5s %6s %6s %6s%n", "label", "gold",
                "ours", "P", "R", "F1", "hanlp", "P", "R", "F1");
        for (String l : fmt.labels()) row(ours.score(l), hanlp.score(l));
        row(ours.overall(), hanlp.overall());
    }

    private static void row(LabelScore a, LabelScore b) {
        System.out.printf(Locale.ROOT, "%-13s %5d | %5d %6.3f %6.3f %6.3f | %5d %6.3f %6.3f %6.3f%n", a.label(), a.gold(),
                a.predicted(), a.precision(), a.recall(), a.f1(), b.predicted(), b.precision(), b.recall(), b.f1());
    }
}
