package org.countygraph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Static reading and writing of character-per-line BIO gold sets (People's Daily 1998, MSRA): each
 * line a character, a space or tab, and its tag; a blank line between sentences.
 *
 * <p>Written predictions keep the gold and add ours: {@code char<TAB>gold-tag<TAB>predicted-tag}.
 */
public final class BioCorpus {
    private BioCorpus() {}

    /** Reads every sentence of a BIO file (UTF-8). */
    public static List<NerSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NerException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every sentence from a reader; {@code name} names the source in messages. */
    public static List<NerSentence> read(BufferedReader in, String name) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank()) {
                flush(text, tags, out);
                continue;
            }
            int cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
            if (cut <= 0 || cut == line.length() - 1) {
                throw new NerException(name + ":" + lineNo + ": expected 'char TAG', got '" + line + "'");
            }
            String ch = line.substring(0, cut).strip();
            String tag = line.substring(cut + 1).strip();
            if (ch.isEmpty()) ch = line.substring(0, 1);
            try {
                BioTags.prefix(tag);
            } catch (NerException e) {
                throw new NerException(name + ":" + lineNo + ": " + e.getMessage(), e);
            }
            if (ch.codePointCount(0, ch.length()) != 1) {
                throw new NerException(name + ":" + lineNo + ": expected one character, got '" + ch + "'");
            }
            for (int k = 0; k < ch.length(); k++) tags.add(k == 0 ? tag : continuation(tag));
            text.append(ch);
        }
        flush(text, tags, out);
        return out;
    }

    /** Writes each sentence's characters with the gold tag and the predicted tag, tab-separated. */
    public static void write(List<NerSentence> gold, List<List<NamedSpan>> predicted, Writer out) {
        if (gold.size() != predicted.size()) {
            throw new NerException(predicted.size() + " predictions for " + gold.size() + " sentences");
        }
        try {
            for (int s = 0; s < gold.size(); s++) {
                String text = gold.get(s).text();
                String[] g = BioTags.bio(text.length(), gold.get(s).entities());
                String[] p = BioTags.bio(text.length(), predicted.get(s));
                for (int i = 0; i < text.length(); i++) {
                    if (Character.isLowSurrogate(text.charAt(i)) && i > 0) continue;
                    int cp = text.codePointAt(i);
                    out.write(new String(Character.toChars(cp)) + "\t" + g[i] + "\t" + p[i] + "\n");
                }
                out.write("\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write predictions: " + e.getMessage(), e);
        }
    }

    private static String continuation(String tag) {
        return tag.equals(BioTags.OUTSIDE) ? tag : "I-" + tag.substring(2);
    }

    private static void flush(StringBuilder text, List<String> tags, List<NerSentence> out) {
        if (text.length() == 0) return;
        out.add(new NerSentence(text.toString(), BioTags.spans(tags.toArray(String[]::new))));
        text.setLength(0);
        tags.clear();
    }
}
