package org.countygraph.ner;

import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.countygraph.extract.Token;

/**
 * The gold-set formats {@code ner} reads and writes, with the labels each scores and the label a
 * HanLP word tag stands for in it.
 *
 * <ul>
 *   <li>{@link #PD} People's Daily 1998 and {@link #MSRA}: character-per-line BIO, {@code PER LOC ORG};</li>
 *   <li>{@link #CLUENER}: CLUENER2020 JSON; the labels our kinds map onto are scored ({@code name
 *       address company government organization position}); {@code game book movie scene} are not.</li>
 * </ul>
 */
public enum NerFormat {
    PD(List.of("PER", "LOC", "ORG")),
    MSRA(List.of("PER", "LOC", "ORG")),
    CLUENER(List.of("name", "address", "company", "government", "organization", "position"));

    private static final List<String> COMPANY_ENDS = List.of("公司", "集团", "银行", "厂", "店", "社");
    private static final List<String> GOVERNMENT_ENDS = List.of("政府", "委员会", "部", "局", "厅", "委", "办", "署",
            "院", "会议", "国会", "议会", "党", "军", "队");
    private final List<String> labels;

    NerFormat(List<String> labels) { this.labels = labels; }

    /** The format named {@code pd}, {@code msra} or {@code cluener} (any case). */
    public static NerFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NerException("unknown gold format '" + name + "': use pd, msra or cluener", e);
        }
    }

    /** The labels scored in this format. */
    public List<String> labels() { return labels; }

    /** Reads a gold file of this format. */
    public List<NerSentence> read(Path file) {
        return this == CLUENER ? ClueNerCorpus.read(file) : BioCorpus.read(file);
    }

    /** Writes the gold sentences with predictions, as this format writes them. */
    public void write(List<NerSentence> gold, List<List<NamedSpan>> predicted, Writer out) {
        if (this == CLUENER) ClueNerCorpus.write(gold, predicted, out);
        else BioCorpus.write(gold, predicted, out);
    }

    /**
     * The label a word HanLP tagged stands for here: {@code nr*} a person, {@code ns*} a place,
     * {@code nt*} an organisation (for CLUENER a company or government body by its last word, else an
     * organisation), {@code nnt} (a post title) a CLUENER position.
     */
    public Optional<String> labelOf(Token t) {
        boolean clue = this == CLUENER;
        if (t.isPerson()) return Optional.of(clue ? "name" : "PER");
        if (t.isPlace()) return Optional.of(clue ? "address" : "LOC");
        if (t.isOrganization()) {
            if (!clue) return Optional.of("ORG");
            if (COMPANY_ENDS.stream().anyMatch(t.text()::endsWith)) return Optional.of("company");
            if (GOVERNMENT_ENDS.stream().anyMatch(t.text()::endsWith)) return Optional.of("government");
            return Optional.of("organization");
        }
        if (clue && t.tag().equals("nnt")) return Optional.of("position");
        return Optional.empty();
    }
}
