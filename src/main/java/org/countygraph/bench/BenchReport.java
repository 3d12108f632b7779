package org.countygraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What one benchmark run measured, section by section, with the targets: printed as a
 * table and written as JSON ({@code target/bench.json}).
 *
 * @param machine    processors, maximum heap, Java version, load average at the start
 * @param quick      true for a smoke run on a small corpus, whose figures mean little
 * @param extraction section 1
 * @param loading    section 2
 * @param querying   section 3
 * @param scale      section 4
 */
public record BenchReport(Map<String, String> machine, boolean quick, ExtractionBench.Result extraction,
                          LoadingBench.Result loading, QueryBench.Result querying, List<ScaleBench.Build> scale) {
    /** Extraction at least half of HanLP's throughput. */
    static final double EXTRACTION_RATIO = 0.5;
    /** Extraction at least 1.7 times faster on two threads than on one. */
    static final double SPEEDUP = 1.7;
    /** Loading at least 0.8 of Jena's parallel loader. */
    static final double LOADING_RATIO = 0.8;
    /** Typical queries: median and 99th percentile at 4 clients, in milliseconds. */
    static final double MEDIAN_MS = 20, P99_MS = 100;

    /** The report as JSON: every section, every round's figure, and each target with its verdict. */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        JsonObject m = new JsonObject();
        machine.forEach(m::put);
        o.put("machine", m);
        o.put("quick", quick);
        o.put("extraction", extractionJson());
        o.put("loading", loadingJson());
        o.put("querying", queryingJson());
        JsonArray s = new JsonArray();
        for (ScaleBench.Build b : scale) {
            JsonObject j = new JsonObject();
            j.put("factor", b.factor());
            j.put("documents", b.documents());
            j.put("chars", b.chars());
            j.put("quads", b.quads());
            j.put("seconds", num(b.seconds()));
            j.put("charsPerSecond", num(b.charsPerSecond()));
            j.put("peakHeapBytes", b.peakUsed());
            j.put("peakLiveHeapBytes", b.peakLive());
            s.add(j);
        }
        o.put("scale", s);
        return o;
    }

    private JsonObject extractionJson() {
        JsonObject e = new JsonObject();
        e.put("documents", extraction.documents());
        e.put("chars", extraction.chars());
        for (ExtractionBench.AtThreads t : List.of(extraction.single(), extraction.all())) {
            JsonObject j = new JsonObject();
            j.put("threads", t.threads());
            j.put("oursCharsPerSecond", num(t.oursPerSecond()));
            j.put("hanlpCharsPerSecond", num(t.hanlpPerSecond()));
            j.put("ratio", num(t.ratio()));
            j.put("oursRounds", rates(t.ours()));
            j.put("hanlpRounds", rates(t.hanlp()));
            e.put(t == extraction.single() ? "oneThread" : "allThreads", j);
        }
        e.put("oursSpeedup", num(extraction.oursSpeedup()));
        e.put("hanlpSpeedup", num(extraction.hanlpSpeedup()));
        e.put("targetRatio", num(EXTRACTION_RATIO));
        e.put("targetSpeedup", num(SPEEDUP));
        e.put("ratioMet", extraction.single().ratio() >= EXTRACTION_RATIO);
        e.put("speedupMet", extraction.oursSpeedup() >= SPEEDUP);
        return e;
    }

    private JsonObject loadingJson() {
        JsonObject l = new JsonObject();
        l.put("documents", loading.documents());
        l.put("quadsPerTransaction", org.countygraph.build.TransactionBatch.MAX_QUADS);
        l.put("quads", loading.quads());
        l.put("oursQuadsPerSecond", num(loading.oursPerSecond()));
        l.put("jenaParallelQuadsPerSecond", num(loading.jenaPerSecond()));
        l.put("ratio", num(loading.ratio()));
        l.put("oursRounds", rates(loading.ours()));
        l.put("jenaRounds", rates(loading.jena()));
        l.put("targetRatio", num(LOADING_RATIO));
        l.put("ratioMet", loading.ratio() >= LOADING_RATIO);
        return l;
    }

    private JsonObject queryingJson() {
        JsonObject q = new JsonObject();
        q.put("storeQuads", querying.storeQuads());
        JsonArray runs = new JsonArray();
        for (QueryBench.AtClients c : querying.runs()) {
            JsonObject j = new JsonObject();
            j.put("clients", c.clients());
            j.put("requestsPerSecond", num(c.perSecond()));
            j.put("all", latency(c.all()));
            JsonArray rounds = new JsonArray();
            c.roundP99s().forEach(p -> rounds.add(num(p)));
            j.put("roundP99Ms", rounds);
            JsonObject kinds = new JsonObject();
            c.byKind().forEach((k, v) -> kinds.put(k, latency(v)));
            j.put("byKind", kinds);
            runs.add(j);
        }
        q.put("runs", runs);
        q.put("targetMedianMs", num(MEDIAN_MS));
        q.put("targetP99Ms", num(P99_MS));
        QueryBench.AtClients four = atFourClients();
        q.put("targetMet", four != null && four.all().median() <= MEDIAN_MS && four.all().p99() <= P99_MS);
        return q;
    }

    private QueryBench.AtClients atFourClients() {
        return querying.runs().stream().filter(c -> c.clients() == 4).findFirst().orElse(null);
    }

    private static JsonArray rates(List<Rate> rates) {
        JsonArray a = new JsonArray();
        for (Rate r : rates) {
            JsonObject j = new JsonObject();
            j.put("perSecond", num(r.perSecond()));
            j.put("seconds", num(r.seconds()));
            a.add(j);
        }
        return a;
    }

    /** Each round's p99 when there were several, so that the spread behind a pooled figure shows. */
    private static String roundsOf(QueryBench.AtClients c) {
        if (c.roundP99s().size() < 2) return "";
        return c.roundP99s().stream().map(BenchReport::f1).collect(java.util.stream.Collectors.joining(", ", " (rounds' p99: ", ")"));
    }

    private static JsonObject latency(Latency l) {
        JsonObject j = new JsonObject();
        j.put("count", l.count());
        j.put("medianMs", num(l.median()));
        j.put("p99Ms", num(l.p99()));
        j.put("maxMs", num(l.max()));
        return j;
    }

    /** Writes {@link #toJson()} to {@code file}, making its folder. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(file)) {
                JSON.write(out, toJson());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark report " + file, e);
        }
    }

    /** The figures as a plain-text table, one line per figure, with the target and whether it is met. */
    public String table() {
        StringBuilder t = new StringBuilder();
        row(t, "figure", "measured", "yardstick / target", "");
        ExtractionBench.AtThreads one = extraction.single(), all = extraction.all();
        row(t, "extraction, 1 thread (chars/s)", n(one.oursPerSecond()), "HanLP " + n(one.hanlpPerSecond()), "");
        row(t, "  ours/HanLP, 1 thread", f2(one.ratio()), ">= " + EXTRACTION_RATIO, met(one.ratio() >= EXTRACTION_RATIO));
        row(t, "extraction, " + all.threads() + " threads (chars/s)", n(all.oursPerSecond()), "HanLP " + n(all.hanlpPerSecond()), "");
        row(t, "  ours/HanLP, " + all.threads() + " threads", f2(all.ratio()), "", "");
        row(t, "  ours speed-up " + all.threads() + "/1 threads", f2(extraction.oursSpeedup()),
                ">= " + SPEEDUP + " (HanLP's: " + f2(extraction.hanlpSpeedup()) + ")", met(extraction.oursSpeedup() >= SPEEDUP));
        row(t, "loading (quads/s, " + n(loading.quads()) + " quads)", n(loading.oursPerSecond()), "Jena parallel " + n(loading.jenaPerSecond()), "");
        row(t, "  ours/Jena parallel loader", f2(loading.ratio()), ">= " + LOADING_RATIO, met(loading.ratio() >= LOADING_RATIO));
        for (QueryBench.AtClients c : querying.runs()) {
            boolean four = c.clients() == 4;
            row(t, "queries, " + c.clients() + " client(s), " + n(querying.storeQuads()) + " quads: median / p99 ms",
                    f1(c.all().median()) + " / " + f1(c.all().p99()) + roundsOf(c), four ? "<= " + MEDIAN_MS + " / " + P99_MS : "",
                    four ? met(c.all().median() <= MEDIAN_MS && c.all().p99() <= P99_MS) : "");
            c.byKind().forEach((k, v) -> row(t, "  " + k, f1(v.median()) + " / " + f1(v.p99()), "", ""));
        }
        ScaleBench.Build base = scale.isEmpty() ? null : scale.get(0);
        for (ScaleBench.Build b : scale) {
            row(t, "build " + b.factor() + "x (" + n(b.chars()) + " chars): s, MB heap peak/live",
                    f1(b.seconds()) + " s, " + Math.round(b.peakUsed() / 1e6) + " / " + Math.round(b.peakLive() / 1e6),
                    "time x" + f2(b.seconds() / base.seconds()) + " for text x" + f2((double) b.chars() / base.chars()), "");
        }
        return t.toString();
    }

    private static void row(StringBuilder t, String a, String b, String c, String d) {
        t.append(String.format(Locale.ROOT, "%-58s %-18s %-34s %s%n", a, b, c, d).stripTrailing()).append('\n');
    }

    /** A JSON number with three decimals at most. */
    private static JsonNumber num(double v) {
        return JsonNumber.value(BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    private static String met(boolean ok) { return ok ? "met" : "MISSED"; }

    private static String n(double v) { return String.format(Locale.ROOT, "%,.0f", v); }

    private static String f1(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    private static String f2(double v) { return String.format(Locale.ROOT, "%.2f", v); }
}
