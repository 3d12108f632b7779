package org.countygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear model that scores how likely a quoted phrase names an initiative, from the phrase's features
 * ({@link InitiativeFinder#quotedFeatures}): the sum of the weights of its features, a log-odds. The weights are
 * a logistic regression learnt by {@code tools/train_quoted.py} from the development split's gold annotation and
 * bundled as {@code org/countygraph/model/quoted-initiative-weights.tsv}; a feature without a weight counts zero.
 */
public final class QuotedPhraseModel {
    private static final String BUNDLED = "/org/countygraph/model/quoted-initiative-weights.tsv";
    private static volatile QuotedPhraseModel bundled;
    private final Map<String, Double> weights;

    /** A model of the given weights; every feature of a phrase it has no weight for counts zero. */
    public QuotedPhraseModel(Map<String, Double> weights) {
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("weight of feature '" + e.getKey() + "' is not a finite number: " + e.getValue());
            }
        }
        this.weights = Map.copyOf(weights);
    }

    /** The bundled model, read once. */
    public static QuotedPhraseModel bundled() {
        QuotedPhraseModel m = bundled;
        if (m == null) bundled = m = read(BUNDLED);
        return m;
    }

    private static QuotedPhraseModel read(String path) {
        InputStream in = QuotedPhraseModel.class.getResourceAsStream(path);
        if (in == null) throw new UncheckedIOException(new IOException("bundled model missing: " + path));
        Map<String, Double> w = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                try {
                    if (cols.length != 2) throw new NumberFormatException("expected 'feature<TAB>weight'");
                    w.put(cols[0], Double.parseDouble(cols[1]));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(path + " line " + n + ": " + e.getMessage() + ": '" + line + "'", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled model " + path, e);
        }
        return new QuotedPhraseModel(w);
    }

    /** The log-odds that a phrase with these features names an initiative. */
    public double score(List<String> features) {
        double s = 0;
        for (String f : features) s += weights.getOrDefault(f, 0.0);
        return s;
    }
}
