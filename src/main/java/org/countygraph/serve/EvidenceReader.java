package org.countygraph.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;
import org.countygraph.vocab.Terms;

/**
 * Reads the evidence for an entity: the sentences of its mentions, of the reified statements and
 * posts that name it, and of its own provenance, each sentence once, with the spans that support
 * the entity marked, the highest confidence, what it supports and the article it is in.
 *
 * <p>A mark is placed by offsets when the anchor text is found there, else at the anchor's nearest
 * occurrence in the sentence (sentence text may have lost line breaks that offsets count), else not
 * at all: a wrong mark is worse than none.
 */
final class EvidenceReader {
    /** Sentences shown per page. */
    static final int PAGE = 10;

    /** One page of evidence and how many sentences there are in all. */
    record Page(List<EntityView.EvidenceLine> lines, int total) {}

    /**
     * One fact's support: its sentence, its span in the document, the text it names, its confidence,
     * and whether its span is marked (mentions of the entity and the entity's own provenance are;
     * the wide spans of statements and posts that merely name it are not).
     */
    private record Item(Node sentence, int start, int end, String anchor, String confidence, String note, boolean marked) {}

    /** Where a sentence is: its article and its start offset, the order evidence is listed in. */
    private record Place(String article, int start) {}

    private final Linker linker;

    EvidenceReader(Linker linker) { this.linker = linker; }

    Page read(Node iri, int offset) {
        Map<Node, List<Item>> bySentence = new LinkedHashMap<>();
        for (Item item : items(iri)) {
            if (item.sentence() != null) bySentence.computeIfAbsent(item.sentence(), k -> new ArrayList<>()).add(item);
        }
        // Each sentence's place is read once: a comparator that reads the store makes sorting a hub's evidence take seconds.
        Map<Node, Place> places = new HashMap<>();
        for (Node s : bySentence.keySet()) {
            Node a = linker.object(s, CG.inArticle);
            places.put(s, new Place(a == null ? "" : a.getURI(), intOf(linker.literal(s, CG.startOffset))));
        }
        List<Node> sentences = new ArrayList<>(bySentence.keySet());
        sentences.sort(Comparator.comparing((Node s) -> places.get(s).article()).thenComparingInt(s -> places.get(s).start()));
        int from = Math.max(0, Math.min(offset, sentences.size()));
        List<EntityView.EvidenceLine> lines = new ArrayList<>();
        for (Node s : sentences.subList(from, Math.min(sentences.size(), from + PAGE))) lines.add(line(s, bySentence.get(s)));
        return new Page(lines, sentences.size());
    }

    private List<Item> items(Node iri) {
        Labels labels = linker.labels();
        List<Item> out = new ArrayList<>();
        for (Node m : linker.subjects(CG.denotes, iri)) {
            String anchor = linker.literal(m, CG.anchorText);
            out.add(item(m, anchor, "提及 mention “" + (anchor == null ? "" : anchor) + "”", true));
        }
        Set<Node> statements = new LinkedHashSet<>(linker.subjects(Terms.subject, iri));
        statements.addAll(linker.subjects(Terms.object, iri));
        for (Node st : statements) {
            Node s = linker.object(st, Terms.subject), p = linker.object(st, Terms.predicate), o = linker.object(st, Terms.object);
            String note = (s == null ? "?" : labels.text(s)) + " " + (p == null ? "?" : labels.term(p).zh()) + " " + (o == null ? "?" : labels.text(o));
            out.add(item(st, null, note, false));
        }
        Set<Node> posts = new LinkedHashSet<>(linker.objects(iri, ORG.holds));
        posts.addAll(linker.subjects(ORG.postIn, iri));
        for (Node post : posts) out.add(item(post, null, "职务 post " + labels.text(post), false));
        if (!linker.objects(iri, Terms.wasDerivedFrom).isEmpty()) out.add(item(iri, linker.literal(iri, CG.anchorText), "本条 this fact", true));
        return out;
    }

    private Item item(Node fact, String anchor, String note, boolean marked) {
        return new Item(linker.object(fact, Terms.wasDerivedFrom), intOf(linker.literal(fact, CG.startOffset)),
                intOf(linker.literal(fact, CG.endOffset)), anchor, linker.literal(fact, CG.confidence), note, marked);
    }

    private EntityView.EvidenceLine line(Node sentence, List<Item> items) {
        String text = linker.literal(sentence, CG.text);
        if (text == null) text = "";
        int sentenceStart = intOf(linker.literal(sentence, CG.startOffset));
        boolean[] marked = new boolean[text.length()];
        BigDecimal best = null;
        Set<String> notes = new LinkedHashSet<>();
        for (Item it : items) {
            if (it.marked()) mark(text, marked, it, sentenceStart);
            notes.add(it.note());
            BigDecimal c = decimal(it.confidence());
            if (c != null && (best == null || c.compareTo(best) > 0)) best = c;
        }
        Node article = linker.object(sentence, CG.inArticle);
        return new EntityView.EvidenceLine(linker.ref(sentence), segments(text, marked), best == null ? "" : best.toPlainString(),
                article == null ? null : linker.ref(article), List.copyOf(notes));
    }

    private static void mark(String text, boolean[] marked, Item it, int sentenceStart) {
        int start = it.start() - sentenceStart, end = it.end() - sentenceStart;
        if (it.anchor() != null && !it.anchor().isEmpty()) {
            int at = nearest(text, it.anchor(), start);
            if (at >= 0) for (int i = at; i < at + it.anchor().length(); i++) marked[i] = true;
        } else if (start >= 0 && end > start && end <= text.length()) {
            for (int i = start; i < end; i++) marked[i] = true;
        }
    }

    /** The occurrence of {@code anchor} in {@code text} closest to {@code near}, or -1. */
    static int nearest(String text, String anchor, int near) {
        int best = -1;
        for (int i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
        }
        return best;
    }

    private static List<EntityView.Segment> segments(String text, boolean[] marked) {
        List<EntityView.Segment> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && marked[j] == marked[i]) j++;
            out.add(new EntityView.Segment(text.substring(i, j), marked[i]));
            i = j;
        }
        return out;
    }

    private static int intOf(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static BigDecimal decimal(String s) {
        try {
            return s == null ? null : new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
