package org.countygraph.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares what an extraction states ({@link Predicted}) with a {@link Gold} annotation, kind by kind.
 *
 * <p>Matching rules: an entity matches a gold entity when one of its names (label, aliases, mention
 * texts) is one of the gold entity's names; each gold entity is matched at most once. A post matches
 * when the person matches, the titles are equal or one contains the other, and the organisation
 * matches by name or containment ({@code -} in the gold matches any). A relation matches when both
 * ends match. A figure matches when the area matches and the value, read as a number with its
 * 万/亿 multiplier and qualifier words dropped, and the unit (without 万/亿) are equal.
 */
public final class Evaluator {
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万|亿)?");

    private Evaluator() {}

    /** Scores per kind, in a fixed order: the entity kinds, posts, relations, indicator. */
    public static List<Score> score(Gold gold, Predicted pred) { return score(gold, pred, new ArrayList<>()); }

    /** Scores per kind; {@code errors} receives one line per unmatched predicted ({@code +}) or gold ({@code -}) fact. */
    public static List<Score> score(Gold gold, Predicted pred, List<String> errors) {
        List<Score> out = new ArrayList<>();
        for (String kind : Gold.ENTITY_KINDS) {
            List<Set<String>> p = new ArrayList<>(pred.entities.get(kind).values());
            out.add(matchSets(kind, p, gold.entities().get(kind), errors));
        }
        out.add(posts(gold, pred, errors));
        for (String kind : Gold.RELATION_KINDS) out.add(relations(kind, gold, pred, errors));
        out.add(figures(gold, pred, errors));
        return out;
    }

    private static Score matchSets(String kind, List<Set<String>> predicted, List<Set<String>> gold, List<String> errors) {
        boolean[] used = new boolean[gold.size()];
        int mp = 0;
        for (Set<String> p : predicted) {
            boolean hit = false;
            for (int i = 0; i < gold.size(); i++) {
                if (intersects(p, gold.get(i))) {
                    hit = true;
                    used[i] = true;
                }
            }
            if (hit) mp++; else errors.add("+ " + kind + " " + p);
        }
        int mg = 0;
        for (int i = 0; i < used.length; i++) if (used[i]) mg++; else errors.add("- " + kind + " " + gold.get(i));
        return new Score(kind, predicted.size(), gold.size(), mp, mg);
    }

    private static Score posts(Gold gold, Predicted pred, List<String> errors) {
        boolean[] used = new boolean[gold.posts().size()];
        int mp = 0;
        for (List<Object> p : pred.posts) {
            @SuppressWarnings("unchecked") Set<String> person = (Set<String>) p.get(0);
            String title = (String) p.get(1);
            @SuppressWarnings("unchecked") Set<String> org = (Set<String>) p.get(2);
            boolean hit = false;
            for (int i = 0; i < used.length; i++) {
                List<String> g = gold.posts().get(i);
                if (!person.contains(g.get(0)) || !related(title, g.get(1))) continue;
                if (!g.get(2).equals("-") && org.stream().noneMatch(o -> related(o, g.get(2)))
                        && gold.namesOf(g.get(2)).stream().noneMatch(org::contains)) continue;
                hit = true;
                used[i] = true;
            }
            if (hit) mp++; else errors.add("+ posts " + p);
        }
        for (int i = 0; i < used.length; i++) if (!used[i]) errors.add("- posts " + gold.posts().get(i));
        return new Score("posts", pred.posts.size(), used.length, mp, count(used));
    }

    private static Score relations(String kind, Gold gold, Predicted pred, List<String> errors) {
        List<List<String>> g = gold.relations().get(kind);
        boolean[] used = new boolean[g.size()];
        int mp = 0;
        for (List<Set<String>> p : pred.relations.get(kind)) {
            boolean hit = false;
            for (int i = 0; i < g.size(); i++) {
                if (intersects(p.get(0), gold.namesOf(g.get(i).get(0))) && intersects(p.get(1), gold.namesOf(g.get(i).get(1)))) {
                    hit = true;
                    used[i] = true;
                }
            }
            if (hit) mp++; else errors.add("+ " + kind + " " + p);
        }
        for (int i = 0; i < used.length; i++) if (!used[i]) errors.add("- " + kind + " " + g.get(i));
        return new Score(kind, pred.relations.get(kind).size(), g.size(), mp, count(used));
    }

    private static Score figures(Gold gold, Predicted pred, List<String> errors) {
        List<List<String>> g = gold.figures();
        boolean[] used = new boolean[g.size()];
        int mp = 0;
        for (List<Object> p : pred.figures) {
            @SuppressWarnings("unchecked") Set<String> area = (Set<String>) p.get(0);
            boolean hit = false;
            for (int i = 0; i < g.size(); i++) {
                List<String> f = g.get(i);
                if (!intersects(area, gold.namesOf(f.get(0)))) continue;
                if (sameQuantity((String) p.get(2), (String) p.get(3), f.get(2), f.get(3))) {
                    hit = true;
                    used[i] = true;
                }
            }
            if (hit) mp++; else errors.add("+ indicator " + p);
        }
        for (int i = 0; i < used.length; i++) if (!used[i]) errors.add("- indicator " + g.get(i));
        return new Score("indicator", pred.figures.size(), g.size(), mp, count(used));
    }

    /** True when two values with units denote the same quantity: 182.5亿 元 = 182.5 亿元. */
    static boolean sameQuantity(String v1, String u1, String v2, String u2) {
        BigDecimal a = magnitude(v1 + u1);
        BigDecimal b = magnitude(v2 + (u2.equals("-") ? "" : u2));
        return a != null && a.compareTo(b == null ? BigDecimal.valueOf(-1) : b) == 0
                && baseUnit(u1).equals(baseUnit(u2.equals("-") ? "" : u2));
    }

    private static BigDecimal magnitude(String s) {
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) return null;
        BigDecimal v = new BigDecimal(m.group(1));
        if ("万".equals(m.group(2))) v = v.multiply(BigDecimal.valueOf(10_000));
        if ("亿".equals(m.group(2))) v = v.multiply(BigDecimal.valueOf(100_000_000));
        return v;
    }

    private static String baseUnit(String u) { return u.replaceAll("^(万|亿)", "").replace("％", "%").strip(); }

    private static boolean related(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static boolean intersects(Collection<String> a, Collection<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    private static int count(boolean[] used) {
        int n = 0;
        for (boolean u : used) if (u) n++;
        return n;
    }
}
