package org.countygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Settles an article's candidates into mentions.
 *
 * <ol>
 *   <li>Overlaps: the longer candidate wins, then the surer one; a division inside a longer name
 *       ({@code 攸县} in {@code 攸县高新区}) is kept as a mention of its own.</li>
 *   <li>Ambiguous division names take the reading that lies within, or encloses, a division the
 *       article names without ambiguity.</li>
 *   <li>A county's short form ({@code 茶陵}) is kept only when the article confirms it: its full
 *       name or its city is named too. A full county name whose stem the segmenter reads as a
 *       common word ({@code 资源县} in {@code 老资源县转型}) needs its city or province named.</li>
 * </ol>
 */
public final class CandidateResolver {
    private final Gazetteer gazetteer;

    public CandidateResolver(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** Returns the kept mentions, in text order. */
    public List<Found> resolve(List<Candidate> candidates, ArticleContext context) {
        List<Candidate> kept = dropOverlaps(candidates);
        Set<String> anchors = anchors(kept, context);
        Set<String> farAwayCodes = new HashSet<>();
        for (Candidate c : kept) {
            if (c.options().size() == 1 && c.options().get(0).kind() == EntityKind.COUNTY && farAway(c.options().get(0), kept)) {
                farAwayCodes.add(c.options().get(0).code());
            }
        }
        List<Found> out = new ArrayList<>();
        for (Candidate c : kept) {
            Sentence s = context.sentences().get(c.sentence());
            String text = c.span().of(s.text());
            if (c.options().isEmpty()) {
                Optional<Division> listed = c.kind() == EntityKind.ZONE
                        ? gazetteer.byName(c.name()).stream().findFirst() : Optional.empty();
                out.add(new Found(c.sentence(), c.span(), text, c.kind(), c.name(), listed, c.confidence()));
                continue;
            }
            Division d = choose(c.options(), anchors);
            boolean shortForm = !d.name().equals(text);
            if (startsInsideWord(c, context)) continue; // 南山区 in 浙南山区
            if (shortForm && insideTownOrVillage(c, kept)) continue; // 朝阳 in 朝阳中心村: a village's name, not the city
            if (d.kind() == EntityKind.COUNTY) {
                if (farAwayCodes.contains(d.code())) continue;
                if (shortForm && !confirmed(d, anchors, kept, context, false) && !afterItsAncestor(c, d, kept)) continue;
                if (!shortForm && !strong(c, context) && !confirmed(d, anchors, kept, context, true)) continue;
            }
            double conf = c.options().size() > 1 && !anchors.contains(d.code()) ? Math.min(c.confidence(), 0.7) : c.confidence();
            out.add(new Found(c.sentence(), c.span(), text, d.kind(), d.name(), Optional.of(d), conf));
        }
        out.sort(Comparator.comparingInt(Found::sentence).thenComparing(Found::span));
        return out;
    }

    /** True when the candidate is written right after a division it lies in (内蒙古|海拉尔, 山东|寿光): its chain confirms it. */
    private boolean afterItsAncestor(Candidate c, Division d, List<Candidate> kept) {
        for (Candidate k : kept) {
            if (k.sentence() != c.sentence() || k.span().end() != c.span().start()) continue;
            for (Division a : k.options()) if (!a.code().equals(d.code()) && gazetteer.within(d, a.code())) return true;
        }
        return false;
    }

    /** True when a township or village candidate kept in the same sentence holds this one's span and more. */
    private static boolean insideTownOrVillage(Candidate c, List<Candidate> kept) {
        for (Candidate k : kept) {
            if (k != c && k.sentence() == c.sentence() && (k.kind() == EntityKind.TOWNSHIP || k.kind() == EntityKind.VILLAGE)
                    && k.options().isEmpty() && k.span().contains(c.span()) && !k.span().equals(c.span())) return true;
        }
        return false;
    }

    private static List<Candidate> dropOverlaps(List<Candidate> candidates) {
        java.util.Map<Integer, List<Candidate>> bySentence = new java.util.TreeMap<>();
        for (Candidate c : candidates) bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
        List<Candidate> kept = new ArrayList<>();
        for (List<Candidate> here : bySentence.values()) kept.addAll(dropOverlapsInSentence(here));
        return kept;
    }

    private static List<Candidate> dropOverlapsInSentence(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
                .thenComparingDouble(c -> -c.confidence()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean clash = false;
            for (Candidate k : kept) {
                if (!k.span().overlaps(c.span())) continue;
                boolean nestedPlace = !c.options().isEmpty() && k.span().contains(c.span())
                        && (k.kind() == EntityKind.ZONE || k.kind().isOrganization() || k.kind().isPlace())
                        && !k.span().equals(c.span())
                        // a province in a company's name says nothing of where it is: 湖南华联瓷业
                        && !(k.kind() == EntityKind.ENTERPRISE && c.options().get(0).kind() == EntityKind.PROVINCE);
                if (!nestedPlace) { clash = true; break; }
            }
            if (!clash) kept.add(c);
        }
        return kept;
    }

    /** Codes of provinces, cities and strongly named counties named unambiguously, with their ancestors. */
    private Set<String> anchors(List<Candidate> kept, ArticleContext context) {
        Set<String> codes = new HashSet<>();
        for (Candidate c : kept) {
            boolean county = !c.options().isEmpty() && c.options().get(0).kind() == EntityKind.COUNTY;
            if (c.options().size() == 1 && (!county || strong(c, context))) {
                Division d = c.options().get(0);
                while (d != null) {
                    codes.add(d.code());
                    d = d.parent().flatMap(gazetteer::byCode).orElse(null);
                }
            }
        }
        return codes;
    }

    private Division choose(List<Division> options, Set<String> anchors) {
        if (options.size() == 1) return options.get(0);
        for (Division d : options) if (anchors.contains(d.code())) return d;
        for (Division d : options) {
            if (d.parent().isPresent() && anchors.contains(d.parent().get())) return d;
        }
        for (Division d : options) {
            String province = d.code().substring(0, 2);
            if (anchors.contains(province)) return d;
        }
        return options.get(0);
    }

    /**
     * True when the article names divisions of other provinces and nothing else of this county's: a county of a
     * distant province named without its city or province is more likely a word (资源县 in 老资源县转型).
     */
    private static boolean farAway(Division d, List<Candidate> kept) {
        String province = d.code().substring(0, 2);
        boolean other = false;
        for (Candidate c : kept) {
            if (c.options().size() != 1 || c.options().get(0).equals(d)) continue;
            String p = c.options().get(0).code().substring(0, 2);
            if (p.equals(province)) return false;
            other = true;
        }
        return other;
    }

    /**
     * True when the segmenter reads the candidate's first character as the end of an earlier word; not after a
     * verb of place such as 位于, whose last character the segmenter may read as a surname (位|于嘉兴).
     */
    private boolean startsInsideWord(Candidate c, ArticleContext context) {
        if (DivisionFinder.afterVerb(context.sentences().get(c.sentence()).text(), c.span().start())) return false;
        for (Token tok : context.tokens(c.sentence())) {
            if (tok.span().start() < c.span().start() && tok.span().end() > c.span().start()) {
                // 江苏省宿迁市泗阳县委组织部/nt: a division's full name right after another, inside an organisation's name
                if (tok.isOrganization() && tok.span().end() >= c.span().end() && fullNameAfterDivision(c, context)) return false;
                return !tok.isPlace() || tok.span().end() < c.span().end();
            }
        }
        return false;
    }

    /** True when the candidate is written as a division's full name and right after another division's full name. */
    private boolean fullNameAfterDivision(Candidate c, ArticleContext context) {
        String t = context.sentences().get(c.sentence()).text();
        String text = c.span().of(t);
        if (c.options().stream().noneMatch(d -> d.name().equals(text))) return false;
        for (int len = 2; len <= 12 && len <= c.span().start(); len++) {
            String before = t.substring(c.span().start() - len, c.span().start());
            if (!gazetteer.byName(before).isEmpty()) return true;
        }
        return false;
    }

    /** True for a full county name the segmenter reads as a place, not as a common word plus 县/区. */
    private static boolean strong(Candidate c, ArticleContext context) {
        String text = c.span().of(context.sentences().get(c.sentence()).text());
        if (c.options().stream().noneMatch(d -> d.name().equals(text))) return false;
        for (Token tok : context.tokens(c.sentence())) {
            if (tok.span().start() == c.span().start()) {
                if (c.span().length() == 2) return tok.span().equals(c.span()); // 和县 in 保亭和县: only as one word
                return tok.isPlace() || tok.span().length() < 2 || tok.span().end() > c.span().end()
                        || tok.span().equals(c.span());
            }
        }
        return true;
    }

    private boolean confirmed(Division d, Set<String> anchors, List<Candidate> kept, ArticleContext context,
                              boolean provinceEnough) {
        if (d.parent().isPresent() && anchors.contains(d.parent().get())) return true;
        if (provinceEnough && anchors.contains(d.code().substring(0, 2))) return true;
        for (Candidate c : kept) {
            Sentence s = context.sentences().get(c.sentence());
            if (c.options().contains(d) && c.span().of(s.text()).equals(d.name())) return true;
        }
        return false;
    }
}
