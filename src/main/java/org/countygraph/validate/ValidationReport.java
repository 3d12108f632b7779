package org.countygraph.validate;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.countygraph.CountyGraphException;

/**
 * What a validation found: every {@link Finding}, and how much was checked.
 *
 * @param findings      violations first, then warnings and infos, each group in a stable order
 * @param articleGraphs how many article graphs were checked one by one with the article shapes
 * @param triples       how many triples the union that the whole-graph shapes checked held
 */
public record ValidationReport(List<Finding> findings, int articleGraphs, long triples) {
    public ValidationReport {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        if (articleGraphs < 0 || triples < 0) {
            throw new CountyGraphException("negative count: " + articleGraphs + " graphs, " + triples + " triples");
        }
    }

    /** True when nothing of severity violation was found (warnings allowed). */
    public boolean conforms() { return violations() == 0; }

    /** Number of findings of severity violation. */
    public long violations() { return count(Finding.Level.VIOLATION); }

    /** Number of findings of severity warning. */
    public long warnings() { return count(Finding.Level.WARNING); }

    private long count(Finding.Level level) { return findings.stream().filter(f -> f.level() == level).count(); }

    /** One line summing up, e.g. {@code 0 violations, 2 warnings (8 article graphs; 41,503 triples in the union)}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d violation%s, %d warning%s (%d article graph%s; %,d triples in the union)",
                violations(), violations() == 1 ? "" : "s", warnings(), warnings() == 1 ? "" : "s",
                articleGraphs, articleGraphs == 1 ? "" : "s", triples);
    }

    /** Prints every finding, one a line, then the summary. */
    public void print(PrintStream out) {
        for (Finding f : findings) out.println(f.line());
        out.println(summary());
    }
}
