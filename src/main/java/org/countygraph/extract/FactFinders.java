package org.countygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what an article says about where things are: the division it is about, references such
 * as {@code 该区} and {@code 全县}, containment ({@code cg:partOf}) and location ({@code cg:locatedIn}).
 *
 * <p>Relations it returns name their ends by article-local refs ({@link Found#ref()}); the
 * {@link EntityAssembler} turns them into keys.
 */
public final class FactFinders {
    private static final Pattern REFERENCE = Pattern.compile("(?:该|全|我|本)(区|县|市)");
    private final Gazetteer gazetteer;

    public FactFinders(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** The division an article is about: its most named county-level division, else its most named city. */
    static Optional<Division> focus(List<Found> found) {
        for (EntityKind level : new EntityKind[] {EntityKind.COUNTY, EntityKind.CITY, EntityKind.PROVINCE}) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Division> byCode = new HashMap<>();
            for (Found f : found) {
                if (f.kind() == level && f.division().isPresent()) {
                    counts.merge(f.division().get().code(), 1, Integer::sum);
                    byCode.put(f.division().get().code(), f.division().get());
                }
            }
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
            }
            if (best != null) return Optional.of(byCode.get(best));
        }
        return Optional.empty();
    }

    /** Mentions of the article's division by reference: {@code 该区}, {@code 全县}, {@code 我市}. */
    static List<Found> references(List<Sentence> ss, ArticleContext ctx) {
        List<Found> out = new ArrayList<>();
        if (ctx.focus().isEmpty()) return out;
        Division focus = ctx.focus().get();
        for (Sentence s : ss) {
            Matcher m = REFERENCE.matcher(s.text());
            while (m.find()) {
                Division target = referent(focus, m.group(1), ctx.gazetteer());
                if (target == null) continue;
                out.add(new Found(s.index(), new Span(m.start(), m.end()), m.group(), target.kind(), target.name(),
                        Optional.of(target), 0.7));
            }
        }
        return out;
    }

    private static Division referent(Division focus, String level, Gazetteer g) {
        String n = focus.name();
        if (focus.kind() == EntityKind.COUNTY) {
            if (level.equals("区") && n.endsWith("区")) return focus;
            if (level.equals("县") && (n.endsWith("县") || n.endsWith("旗"))) return focus;
            if (level.equals("市")) {
                if (n.endsWith("市")) return focus;
                return focus.parent().flatMap(g::byCode).filter(d -> d.kind() == EntityKind.CITY).orElse(null);
            }
            return null;
        }
        if (focus.kind() == EntityKind.CITY && level.equals("市")) return focus;
        return null;
    }

    /**
     * Containment and location: a place written right after its division ({@code 天元区群丰镇}),
     * listed divisions under a listed division the article also names, zones and bodies under the
     * division their name begins with, and towns with no division before them under the article's
     * division.
     */
    List<Relation> partOf(List<Found> found, List<Sentence> ss) {
        List<Relation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Found> firstByRef = new LinkedHashMap<>();
        for (Found f : found) if (f.kind().isPlace() || f.kind().isOrganization()) firstByRef.putIfAbsent(f.ref(), f);
        Map<String, Found> divisionByCode = new HashMap<>();
        for (Found f : found) f.division().ifPresent(d -> divisionByCode.putIfAbsent(d.code(), f));
        Set<String> placed = new HashSet<>();
        for (Found inner : found) {
            for (Found outer : found) {
                if (outer == inner || outer.sentence() != inner.sentence() || outer.division().isEmpty()) continue;
                boolean adjacent = outer.span().end() == inner.span().start();
                boolean prefix = outer.span().start() == inner.span().start() && inner.span().contains(outer.span())
                        && inner.span().length() > outer.span().length();
                if (!adjacent && !prefix) continue;
                RelationKind kind = null;
                if (adjacent && (inner.kind() == EntityKind.TOWNSHIP || inner.kind() == EntityKind.VILLAGE)) kind = RelationKind.PART_OF;
                else if (adjacent && inner.division().isPresent() && inner.division().get().parent().isPresent()
                        && gazetteer.within(inner.division().get(), outer.division().get().code())) kind = RelationKind.PART_OF;
                else if (prefix && (inner.kind() == EntityKind.ZONE || inner.kind().isOrganization())) kind = RelationKind.LOCATED_IN;
                else if (adjacent && (inner.kind() == EntityKind.ZONE || inner.kind().isOrganization())) kind = RelationKind.LOCATED_IN;
                if (kind == null || inner.ref().equals(outer.ref())) continue;
                add(out, seen, kind, inner, outer, ss, 0.9);
                placed.add(inner.ref());
            }
        }
        // listed divisions under the nearest listed ancestor the article names
        for (Found f : firstByRef.values()) {
            if (f.division().isEmpty() || f.kind() == EntityKind.ZONE) continue;
            Division d = f.division().get();
            Optional<String> up = d.parent();
            while (up.isPresent()) {
                Found anc = divisionByCode.get(up.get());
                if (anc != null) { add(out, seen, RelationKind.PART_OF, f, anc, ss, 0.85); break; }
                up = gazetteer.byCode(up.get()).flatMap(Division::parent);
            }
        }
        return out;
    }

    private static void add(List<Relation> out, Set<String> seen, RelationKind kind, Found inner, Found outer,
                            List<Sentence> ss, double conf) {
        if (!seen.add(kind + inner.ref() + "|" + outer.ref())) return;
        Sentence s = ss.get(inner.sentence());
        Span local = new Span(Math.min(inner.span().start(), outer.span().start()), Math.max(inner.span().end(), outer.span().end()));
        if (inner.sentence() != outer.sentence()) local = inner.span();
        Span original = s.toOriginal(local.start(), local.end());
        out.add(new Relation(kind, inner.ref(), outer.ref(), new Evidence(inner.sentence(), original, conf)));
    }
}
