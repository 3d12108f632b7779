package org.countygraph.extract;

import java.nio.file.Path;
import java.util.List;
import org.countygraph.ingest.SourceReader;

/**
 * A development tool that writes the features of every quoted phrase of the given documents, one phrase per line
 * ({@code file<TAB>phrase<TAB>after<TAB>feature feature …}), for {@code tools/train_quoted.py} to learn
 * the weights of the quoted-phrase {@link LinearModel} from a gold annotation. Run:
 * {@code java -cp target/classes:target/test-classes:… org.countygraph.extract.QuotedPhraseDump FILE…}.
 */
public final class QuotedPhraseDump {
    private QuotedPhraseDump() {}

    public static void main(String[] args) {
        InitiativeFinder finder = new InitiativeFinder(Lexicon.bundled("campaign-words.txt"));
        Segmenter segmenter = new org.countygraph.extract.hanlp.HanlpSegmenter();
        StringBuilder out = new StringBuilder();
        for (String file : args) {
            SourceDocument doc = SourceReader.read(Path.of(file));
            for (ArticleSegment segment : new LayoutArticleSplitter().split(doc)) {
                List<Sentence> sentences = new LayoutSentenceSplitter().split(segment.lines());
                java.util.function.ToIntFunction<String> times = w -> {
                    int n = 0;
                    for (Sentence s : sentences) for (int i = s.text().indexOf(w); i >= 0; i = s.text().indexOf(w, i + 1)) n++;
                    return n;
                };
                for (Sentence s : sentences) {
                    String t = s.text();
                    for (InitiativeFinder.Quoted q : finder.quoted(t, segmenter.segment(t), times)) {
                        String after = t.substring(q.close(), Math.min(t.length(), q.close() + 8)).replaceAll("\\s", " ");
                        out.append(file).append('\t').append(q.inner().replaceAll("\\s", " ")).append('\t').append(after).append('\t')
                                .append(String.join(" ", q.features())).append('\n');
                    }
                }
            }
        }
        System.out.print(out);
    }
}
