package org.countygraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.countygraph.build.GraphBuild;
import org.countygraph.eval.Evaluator;
import org.countygraph.eval.Gold;
import org.countygraph.eval.Predicted;
import org.countygraph.eval.Score;
import org.countygraph.extract.Extractor;
import org.countygraph.ingest.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval}: extract documents and compare what the graph states with gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract DOC and print precision, recall and F1 per kind against a gold annotation "
                + "(the dev-news TSV format). With several --gold/DOC pairs, also the micro-average.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "A gold annotation file; repeat it, one per DOC, in order.")
    List<Path> gold;

    @Parameters(arity = "1..*", paramLabel = "DOC", description = "The documents the gold files annotate.")
    List<Path> docs;

    @Option(names = "--errors", description = "Also list every unmatched fact: + predicted, - gold.")
    boolean errors;

    @Override
    public Integer call() {
        if (gold.size() != docs.size()) {
            throw new IllegalArgumentException(gold.size() + " gold files for " + docs.size() + " documents: give one per document");
        }
        Map<String, Score> total = new LinkedHashMap<>();
        Extractor x = Extractors.standard();
        for (int i = 0; i < docs.size(); i++) {
            List<String> wrong = new ArrayList<>();
            List<Score> scores = evaluate(x, gold.get(i), docs.get(i), wrong);
            if (errors) {
                System.out.println("errors in " + docs.get(i) + ":");
                wrong.forEach(w -> System.out.println("  " + w));
            }
            if (docs.size() > 1) print(docs.get(i).toString(), scores);
            for (Score s : scores) total.merge(s.kind(), s, Score::plus);
        }
        print(docs.size() > 1 ? "all " + docs.size() + " documents" : docs.get(0).toString(), new ArrayList<>(total.values()));
        return 0;
    }

    /** Scores one document against its gold file. */
    static List<Score> evaluate(Extractor x, Path goldFile, Path doc, List<String> errors) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        GraphBuild.toQuads(x.extract(SourceReader.read(doc))).quads().forEach(ds::add);
        return Evaluator.score(Gold.read(goldFile), Predicted.of(ds), errors);
    }

    private static void print(String title, List<Score> scores) {
        System.out.println(title);
        System.out.printf("%-12s %5s %5s %5s %5s %6s %6s %6s%n", "kind", "pred", "gold", "tp-p", "tp-g", "P", "R", "F1");
        for (Score s : scores) {
            System.out.printf(Locale.ROOT, "%-12s %5d %5d %5d %5d %6.3f %6.3f %6.3f%n", s.kind(), s.predicted(), s.gold(),
                    s.matchedPredicted(), s.matchedGold(), s.precision(), s.recall(), s.f1());
        }
        System.out.println();
    }
}
