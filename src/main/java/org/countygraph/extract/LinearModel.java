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
 * A linear model over named binary features: a thing's score is the sum of the weights of its features, a log-odds
 * when the weights are a logistic regression. Bundled models live under {@code org/countygraph/model/}, one
 * {@code feature<TAB>weight} per line: {@code quoted-initiative-weights.tsv} judges quoted phrases
 * ({@link InitiativeFinder#quotedFeatures}, learnt by {@code tools/train_quoted.py}). A feature without a weight counts zero.
 */
public final class LinearModel {
    private static final Map<String, LinearModel> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Double> weights;

    /** A model of the given weights; a feature it has no weight for counts zero. */
    public LinearModel(Map<String, Double> weights) {
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("weight of feature '" + e.getKey() + "' is not a finite number: " + e.getValue());
            }
        }
        this.weights = Map.copyOf(weights);
    }

    /** The bundled model of that file under {@code org/countygraph/model/}, read once. */
    public static LinearModel bundled(String file) {
        return BUNDLED.computeIfAbsent(file, f -> read("/org/countygraph/model/" + f));
    }

    private static LinearModel read(String path) {
        InputStream in = LinearModel.class.getResourceAsStream(path);
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
        return new LinearModel(w);
    }

    /** The score of a thing with these features: the sum of their weights. */
    public double score(List<String> features) {
        double s = 0;
        for (String f : features) s += weights.getOrDefault(f, 0.0);
        return s;
    }
}
