package org.countygraph.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Trains a {@link PerceptronModel} with the averaged structured perceptron (Collins 2002): each
 * sentence is tagged with the current weights and, where the tags differ from gold, the gold
 * features gain and the predicted ones lose; the model keeps the weights averaged over all steps.
 *
 * <p>Deterministic: the sentence order of each epoch is shuffled from a fixed seed. Usage:
 * {@code PerceptronTrainer.create().epochs(8).build().train(tags, examples)}.
 */
public final class PerceptronTrainer {
    private final int epochs;
    private final int minCount;
    private final long seed;

    private PerceptronTrainer(Builder b) {
        this.epochs = b.epochs;
        this.minCount = b.minCount;
        this.seed = b.seed;
    }

    /** A builder with 8 epochs, features seen at least twice, seed 42. */
    public static Builder create() { return new Builder(); }

    /**
     * A training sentence: per character its feature strings, and the index of its gold tag.
     *
     * @param features per character, its feature strings
     * @param gold     per character, the index of its gold tag in the trainer's tag set
     */
    public record Example(String[][] features, int[] gold) {
        public Example {
            if (features.length != gold.length) {
                throw new NerException(gold.length + " gold tags for " + features.length + " characters");
            }
        }
    }

    /**
     * Trains on examples, read once, in order; their feature strings are turned into ids as they come,
     * so a lazy stream keeps only one sentence's strings in memory.
     */
    public PerceptronModel train(TagSet tags, Stream<Example> examples) {
        Map<String, Integer> all = new HashMap<>();
        List<int[][]> ids = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        int[][] counts = {new int[1 << 16]};
        examples.forEachOrdered(e -> {
            for (int g : e.gold()) {
                if (g < 0 || g >= tags.size()) throw new NerException("no tag " + g + " in " + tags.labels());
            }
            int[][] s = new int[e.features().length][];
            for (int i = 0; i < s.length; i++) {
                s[i] = new int[e.features()[i].length];
                for (int k = 0; k < s[i].length; k++) {
                    int id = all.computeIfAbsent(e.features()[i][k], f -> all.size());
                    if (id >= counts[0].length) counts[0] = java.util.Arrays.copyOf(counts[0], counts[0].length * 2);
                    counts[0][id]++;
                    s[i][k] = id;
                }
            }
            ids.add(s);
            gold.add(e.gold());
        });
        Map<String, Integer> index = prune(all, counts[0], ids);
        return learn(tags, index, ids, gold);
    }

    private PerceptronModel learn(TagSet tags, Map<String, Integer> index, List<int[][]> ids, List<int[]> gold) {
        int n = tags.size();
        float[] w = new float[index.size() * n];
        double[] u = new double[w.length];
        float[] tw = new float[(n + 1) * n];
        double[] tu = new double[tw.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) order.add(i);
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int s : order) {
                int[] g = gold.get(s);
                int[][] f = ids.get(s);
                int[] p = PerceptronModel.decode(f, w, tw, tags);
                for (int i = 0; i < g.length; i++) {
                    if (g[i] != p[i]) {
                        for (int feature : f[i]) {
                            update(w, u, feature * n + g[i], 1, step);
                            update(w, u, feature * n + p[i], -1, step);
                        }
                    }
                    int gPrev = i == 0 ? n : g[i - 1];
                    int pPrev = i == 0 ? n : p[i - 1];
                    if (gPrev != pPrev || g[i] != p[i]) {
                        update(tw, tu, gPrev * n + g[i], 1, step);
                        update(tw, tu, pPrev * n + p[i], -1, step);
                    }
                }
                step++;
            }
        }
        return compact(tags, index, average(w, u, step), average(tw, tu, step));
    }

    /** The features seen at least {@code minCount} times, renumbered; the sentences' ids are rewritten in place. */
    private Map<String, Integer> prune(Map<String, Integer> all, int[] counts, List<int[][]> ids) {
        List<String> kept = new ArrayList<>();
        all.forEach((f, id) -> { if (counts[id] >= minCount) kept.add(f); });
        Collections.sort(kept);
        int[] remap = new int[all.size()];
        java.util.Arrays.fill(remap, -1);
        Map<String, Integer> index = new HashMap<>(kept.size() * 2);
        for (String f : kept) {
            remap[all.get(f)] = index.size();
            index.put(f, index.size());
        }
        for (int[][] s : ids) {
            for (int i = 0; i < s.length; i++) {
                s[i] = java.util.Arrays.stream(s[i]).map(id -> remap[id]).filter(id -> id >= 0).toArray();
            }
        }
        return index;
    }

    /** The model without the features whose weights all averaged out to zero. */
    private static PerceptronModel compact(TagSet tags, Map<String, Integer> index, float[] w, float[] transitions) {
        int n = tags.size();
        String[] names = new String[index.size()];
        index.forEach((f, id) -> names[id] = f);
        Map<String, Integer> kept = new HashMap<>();
        float[] out = new float[w.length];
        for (int id = 0; id < names.length; id++) {
            boolean zero = true;
            for (int t = 0; t < n && zero; t++) zero = w[id * n + t] == 0;
            if (zero) continue;
            System.arraycopy(w, id * n, out, kept.size() * n, n);
            kept.put(names[id], kept.size());
        }
        return new PerceptronModel(tags, kept, java.util.Arrays.copyOf(out, kept.size() * n), transitions);
    }

    private static void update(float[] w, double[] u, int at, int delta, long step) {
        w[at] += delta;
        u[at] += (double) step * delta;
    }

    private static float[] average(float[] w, double[] u, long steps) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) out[i] = (float) (w[i] - u[i] / steps);
        return out;
    }

    /** Settings of a {@link PerceptronTrainer}, checked as they are set. */
    public static final class Builder {
        private int epochs = 8;
        private int minCount = 2;
        private long seed = 42;

        private Builder() {}

        /** Passes over the training sentences; at least 1. Defaults to 8. */
        public Builder epochs(int n) {
            if (n < 1) throw new NerException("epochs must be at least 1: " + n);
            this.epochs = n;
            return this;
        }

        /** Features seen fewer times than this in training are dropped; at least 1. Defaults to 2. */
        public Builder minCount(int n) {
            if (n < 1) throw new NerException("minimum feature count must be at least 1: " + n);
            this.minCount = n;
            return this;
        }

        /** The seed of the epochs' shuffles. Defaults to 42. */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public PerceptronTrainer build() { return new PerceptronTrainer(this); }
    }
}
