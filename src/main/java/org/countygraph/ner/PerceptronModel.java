package org.countygraph.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain tagger's weights: one weight per feature and tag, one per pair of adjacent tags;
 * it tags a sentence with the highest-scoring sequence of tags the {@link TagSet} allows (Viterbi).
 * Immutable; made by {@link PerceptronTrainer}, or read back from what {@link #write} wrote.
 */
public final class PerceptronModel {
    private static final int MAGIC = 0x434e4552; // "CNER"
    private final TagSet tags;
    private final Map<String, Integer> features;
    private final float[] weights;
    private final float[] transitions;

    PerceptronModel(TagSet tags, Map<String, Integer> features, float[] weights, float[] transitions) {
        int n = tags.size();
        if (weights.length != features.size() * n || transitions.length != (n + 1) * n) {
            throw new NerException("weights do not fit " + features.size() + " features and " + n + " tags");
        }
        this.tags = tags;
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
    }

    /** The tags this model predicts. */
    public TagSet tags() { return tags; }

    /** Number of features with a weight. */
    public int featureCount() { return features.size(); }

    /** The feature ids of a sentence's feature strings; features the model does not know are dropped. */
    public int[][] ids(String[][] sentence) {
        int[][] out = new int[sentence.length][];
        for (int i = 0; i < sentence.length; i++) {
            int[] buf = new int[sentence[i].length];
            int k = 0;
            for (String f : sentence[i]) {
                Integer id = features.get(f);
                if (id != null) buf[k++] = id;
            }
            out[i] = java.util.Arrays.copyOf(buf, k);
        }
        return out;
    }

    /** The best tag sequence for a sentence given as feature strings per character. */
    public int[] tag(String[][] sentence) { return decode(ids(sentence), weights, transitions, tags); }

    /** The best tag sequence for feature ids under the given weights (shared with the trainer). */
    static int[] decode(int[][] ids, float[] weights, float[] transitions, TagSet tags) {
        int len = ids.length;
        int n = tags.size();
        if (len == 0) return new int[0];
        double[][] score = new double[len][n];
        int[][] back = new int[len][n];
        double[] emit = new double[n];
        for (int i = 0; i < len; i++) {
            java.util.Arrays.fill(emit, 0);
            for (int f : ids[i]) {
                int base = f * n;
                for (int t = 0; t < n; t++) emit[t] += weights[base + t];
            }
            for (int t = 0; t < n; t++) {
                if (i == 0) {
                    score[0][t] = tags.canStart(t) ? emit[t] + transitions[n * n + t] : Double.NEGATIVE_INFINITY;
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int a : tags.predecessors(t)) {
                    double s = score[i - 1][a] + transitions[a * n + t];
                    if (s > best) {
                        best = s;
                        arg = a;
                    }
                }
                score[i][t] = best + emit[t];
                back[i][t] = arg;
            }
        }
        int last = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < n; t++) {
            if (tags.canEnd(t) && score[len - 1][t] > best) {
                best = score[len - 1][t];
                last = t;
            }
        }
        int[] out = new int[len];
        out[len - 1] = last;
        for (int i = len - 1; i > 0; i--) out[i - 1] = back[i][out[i]];
        return out;
    }

    /** Writes the model, gzipped; {@link #read} reads it back. */
    public void write(OutputStream os) {
        try {
            GZIPOutputStream zip = new GZIPOutputStream(os, 1 << 16);
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(zip, 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(tags.labels().size());
            for (String l : tags.labels()) out.writeUTF(l);
            String[] names = new String[features.size()];
            features.forEach((f, id) -> names[id] = f);
            out.writeInt(names.length);
            for (String f : names) out.writeUTF(f);
            for (float w : weights) out.writeFloat(w);
            for (float w : transitions) out.writeFloat(w);
            out.flush();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model: " + e.getMessage(), e);
        }
    }

    /** Reads a model that {@link #write} wrote. */
    public static PerceptronModel read(InputStream is) {
        try {
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
            int magic = in.readInt();
            if (magic != MAGIC) throw new NerException("not a tagger model: starts with 0x" + Integer.toHexString(magic));
            int nLabels = in.readInt();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < nLabels; i++) labels.add(in.readUTF());
            TagSet tags = new TagSet(labels);
            int nFeatures = in.readInt();
            Map<String, Integer> features = new HashMap<>(nFeatures * 2);
            for (int i = 0; i < nFeatures; i++) features.put(in.readUTF(), i);
            float[] weights = new float[nFeatures * tags.size()];
            for (int i = 0; i < weights.length; i++) weights[i] = in.readFloat();
            float[] transitions = new float[(tags.size() + 1) * tags.size()];
            for (int i = 0; i < transitions.length; i++) transitions[i] = in.readFloat();
            return new PerceptronModel(tags, features, weights, transitions);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new NerException("not a tagger model, or a truncated one: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model: " + e.getMessage(), e);
        }
    }
}
