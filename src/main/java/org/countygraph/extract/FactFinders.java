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
    private static final Pattern REFERENCE = Pattern.compile("(?:该|全|我|本)(区|县|市)|(?<!\\p{IsHan})(区|县|市)里(?!程)");
    private final Gazetteer gazetteer;

    public FactFinders(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /**
     * The division an article is about: its most named county-level division, else its most named city. A county
     * named once where a city is named three times or more only places a scene (在某市某县某基地): the city is it.
     * A province named three times or more, and more often than any county or city, is it (an article about 某省). An
     * article naming divisions of six provinces or more (a national report) is about none.
     */
    static Optional<Division> focus(List<Found> found) {
        // an article that names divisions of many provinces (a national report) is about none of them
        java.util.Set<String> provinces = new java.util.HashSet<>();
        for (Found f : found) f.division().ifPresent(d -> provinces.add(d.code().substring(0, 2)));
        if (provinces.size() >= NATIONAL_SPREAD) return Optional.empty();
        // an article about a province names it more often than any of the counties and cities it visits
        Optional<Division> province = mostNamed(found, EntityKind.PROVINCE);
        if (province.isPresent() && count(found, province.get()) >= 3) {
            int n = count(found, province.get());
            boolean above = true;
            for (EntityKind level : new EntityKind[] {EntityKind.COUNTY, EntityKind.CITY}) {
                Optional<Division> d = mostNamed(found, level);
                if (d.isPresent() && count(found, d.get()) >= n) above = false;
            }
            if (above) return province;
        }
        Optional<Division> county = mostNamed(found, EntityKind.COUNTY);
        if (county.isPresent() && count(found, county.get()) == 1) {
            Optional<Division> city = mostNamed(found, EntityKind.CITY);
            if (city.isPresent() && count(found, city.get()) >= 3) return city;
        }
        for (EntityKind level : new EntityKind[] {EntityKind.COUNTY, EntityKind.CITY, EntityKind.PROVINCE}) {
            Optional<Division> d = mostNamed(found, level);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static final Pattern COUNTRY = Pattern.compile("全国|我国|国内");

    /**
     * True when an article speaks of the whole country more often than of its would-be focus: it writes 全国, 我国 or 国内
     * five times or more and names the focus once (a national report that mentions a district in passing).
     */
    static boolean aboutTheCountry(List<Sentence> ss, List<Found> found, Division focus) {
        if (count(found, focus) > 1) return false;
        int n = 0;
        for (Sentence s : ss) for (Matcher m = COUNTRY.matcher(s.text()); m.find(); ) n++;
        return n >= 5;
    }

    /** The number of provinces whose divisions an article must name to be about the country, not one place. */
    static final int NATIONAL_SPREAD = 6;

    private static int count(List<Found> found, Division d) {
        int n = 0;
        for (Found f : found) if (f.division().isPresent() && f.division().get().code().equals(d.code())) n++;
        return n;
    }

    private static Optional<Division> mostNamed(List<Found> found, EntityKind level) {
        {
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
            return best == null ? Optional.empty() : Optional.of(byCode.get(best));
        }
    }

    /** Mentions of the article's division by reference: {@code 该区}, {@code 全县}, {@code 我市}, {@code 市里} (after no Han character). */
    static List<Found> references(List<Sentence> ss, ArticleContext ctx) {
        List<Found> out = new ArrayList<>();
        if (ctx.focus().isEmpty()) return out;
        Division focus = ctx.focus().get();
        for (Sentence s : ss) {
            Matcher m = REFERENCE.matcher(s.text());
            while (m.find()) {
                Division target = referent(focus, m.group(1) != null ? m.group(1) : m.group(2), ctx.gazetteer());
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
     * division their name begins with, and towns with no division written before them under the county
     * the article is about ({@code focus}, a mention of it); firms of the county in the town of the story
     * ({@code scene}, {@link EconomyRelations#scene}) stand in that town.
     */
    List<Relation> partOf(List<Found> found, List<Sentence> ss, Optional<Found> focus, Optional<Found> scene) {
        List<Relation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Found> firstByRef = new LinkedHashMap<>();
        for (Found f : found) if (f.kind().isPlace() || f.kind().isOrganization()) firstByRef.putIfAbsent(f.ref(), f);
        Map<String, Found> divisionByCode = new HashMap<>();
        for (Found f : found) f.division().ifPresent(d -> divisionByCode.putIfAbsent(d.code(), f));
        for (Found inner : found) {
            for (Found outer : found) {
                if (outer == inner || outer.sentence() != inner.sentence() || !outer.kind().isPlace()) continue;
                boolean adjacent = outer.span().end() == inner.span().start();
                boolean prefix = outer.span().start() == inner.span().start() && inner.span().contains(outer.span())
                        && inner.span().length() > outer.span().length();
                boolean branch = inner.kind() == EntityKind.ENTERPRISE && outer.division().isPresent()
                        && inner.span().contains(outer.span()) && isBranchAt(ss.get(inner.sentence()).text(), outer.span().end());
                if (branch) { add(out, seen, RelationKind.LOCATED_IN, inner, outer, ss, 0.9); continue; }
                if (!adjacent && !prefix) continue;
                RelationKind kind = relationTo(inner, outer);
                if (kind == null || inner.ref().equals(outer.ref())) continue;
                add(out, seen, kind, inner, outer, ss, 0.9);
            }
        }
        located(found, ss, out, seen);
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
        townsOfFocus(firstByRef.values(), focus, ss, out, seen);
        firmsOfFocus(firstByRef.values(), focus, ss, out, seen);
        return narrowToScene(narrowToFocus(out, firstByRef.values(), focus), found, focus, scene);
    }

    /**
     * {@code 杭州某某塑料制品有限公司} in a story about 分水镇 (a town of 桐庐县, named three times or more and more often
     * than the county): a firm the article places only in the county, or in a division the county lies in, stands in
     * the town of the story. Firms placed elsewhere keep their place.
     */
    private List<Relation> narrowToScene(List<Relation> out, List<Found> found, Optional<Found> focus, Optional<Found> scene) {
        if (scene.isEmpty() || focus.isEmpty() || scene.get().kind() != EntityKind.TOWNSHIP || focus.get().division().isEmpty()) return out;
        Division county = focus.get().division().get();
        Set<String> enterprises = new HashSet<>();
        for (Found f : found) if (f.kind() == EntityKind.ENTERPRISE) enterprises.add(f.ref());
        return relocateFirms(out, enterprises, place -> place.equals(focus.get().ref())
                || (place.startsWith("D:") && gazetteer.within(county, place.substring(2))), scene.get().ref(), 0.6);
    }

    /**
     * The relations with each enterprise's location that {@code from} accepts moved to {@code to}, its confidence capped at
     * {@code cap}; a relation the move makes a duplicate of another is dropped.
     */
    private static List<Relation> relocateFirms(List<Relation> out, Set<String> enterprises, java.util.function.Predicate<String> from,
                                                String to, double cap) {
        List<Relation> moved = new ArrayList<>(out.size());
        Set<String> keys = new HashSet<>();
        for (Relation r : out) {
            Relation n = r;
            if (r.kind() == RelationKind.LOCATED_IN && enterprises.contains(r.subject()) && from.test(r.object())) {
                Evidence e = r.evidence();
                n = new Relation(r.kind(), r.subject(), to, new Evidence(e.sentence(), e.span(), Math.min(e.confidence(), cap)));
            }
            if (keys.add(n.kind() + n.subject() + "|" + n.object())) moved.add(n);
        }
        return moved;
    }

    /**
     * {@code 桂林某某家居用品有限公司} in an article about 荔浦市, a county of 桂林 and the only one of it the article
     * names: the firm's city in its name is where it is registered, the county is where it stands. Its location
     * in the city is narrowed to the county, with the confidence lowered a step.
     */
    private List<Relation> narrowToFocus(List<Relation> out, Iterable<Found> firsts, Optional<Found> focus) {
        if (focus.isEmpty() || focus.get().kind() != EntityKind.COUNTY) return out;
        Division county = focus.get().division().get();
        Set<String> enterprises = new HashSet<>();
        for (Found f : firsts) {
            if (f.kind() == EntityKind.ENTERPRISE) enterprises.add(f.ref());
            boolean otherCounty = f.kind() == EntityKind.COUNTY && !f.ref().equals(focus.get().ref());
            if (otherCounty) return out; // the article names another county: the firm may be in either
        }
        return relocateFirms(out, enterprises, place -> place.startsWith("D:") && gazetteer.within(county, place.substring(2))
                && gazetteer.byCode(place.substring(2)).filter(d -> d.kind() == EntityKind.CITY).isPresent(), focus.get().ref(), 0.7);
    }

    /**
     * {@code 在与某镇相邻的某镇}: a town (镇, 乡, 街道) no division is written before, in an article about a
     * county, is a town of that county. Only towns: a village is more often in a town the article names
     * elsewhere.
     */
    private static void townsOfFocus(Iterable<Found> firsts, Optional<Found> focus, List<Sentence> ss,
                                     List<Relation> out, Set<String> seen) {
        if (focus.isEmpty() || focus.get().kind() != EntityKind.COUNTY) return;
        Set<String> placed = subjectsOf(out, RelationKind.PART_OF);
        for (Found f : firsts) {
            if (f.kind() == EntityKind.TOWNSHIP && !placed.contains(f.ref())) {
                add(out, seen, RelationKind.PART_OF, f, focus.get(), ss, 0.6);
            }
        }
    }

    /**
     * {@code 走进某某合作社}: in an article about one county, naming no other county or city, an enterprise
     * it places nowhere else is in that county.
     */
    private void firmsOfFocus(Iterable<Found> firsts, Optional<Found> focus, List<Sentence> ss,
                              List<Relation> out, Set<String> seen) {
        if (focus.isEmpty() || focus.get().kind() != EntityKind.COUNTY) return;
        for (Found f : firsts) {
            boolean otherArea = (f.kind() == EntityKind.COUNTY || f.kind() == EntityKind.CITY) && !f.ref().equals(focus.get().ref())
                    && f.division().isPresent() && !gazetteer.within(focus.get().division().get(), f.division().get().code());
            if (otherArea) return;
        }
        Set<String> placed = subjectsOf(out, RelationKind.LOCATED_IN);
        for (Found f : firsts) {
            if (f.kind() == EntityKind.ENTERPRISE && !placed.contains(f.ref()) && REGISTERED.matcher(f.name()).find()
                    && !f.name().startsWith("中国") && !namesAnotherPlace(f.name(), focus.get().division().get())) {
                add(out, seen, RelationKind.LOCATED_IN, f, focus.get(), ss, 0.5);
            }
        }
    }

    /** The refs that already stand as subject of a relation of {@code kind}. */
    private static Set<String> subjectsOf(List<Relation> relations, RelationKind kind) {
        Set<String> out = new HashSet<>();
        for (Relation r : relations) if (r.kind() == kind) out.add(r.subject());
        return out;
    }

    /** The end of a registered firm's full name; a bare short name (某某科技) may be a brand from anywhere. */
    private static final Pattern REGISTERED = Pattern.compile("(?:公司|合作社|民宿|农场|牧场|书店|酒店|宾馆|超市)$");

    private static final Pattern IN_PARENTHESES = Pattern.compile("[（(](\\p{IsHan}{2,4})[）)]");

    /** True when a firm's name begins with, or holds in parentheses, a division that is neither the county nor one of its ancestors: 某某（山东）有限公司. */
    private boolean namesAnotherPlace(String name, Division county) {
        List<String> places = new ArrayList<>();
        Matcher p = IN_PARENTHESES.matcher(name);
        while (p.find()) places.add(p.group(1));
        for (int len = Math.min(4, name.length() - 1); len >= 2; len--) places.add(name.substring(0, len));
        for (String w : places) {
            List<Division> ds = new ArrayList<>(gazetteer.byName(w));
            ds.addAll(gazetteer.byShortName(w));
            if (!ds.isEmpty() && ds.stream().noneMatch(d -> d.code().equals(county.code()) || gazetteer.within(county, d.code()))) return true;
        }
        return false;
    }

    private static final Pattern LOCATED = Pattern.compile("(?:位于|地处|坐落于|落户|扎根|总部在|总部设在|来自)");

    /** {@code 位于黄滩镇龙口村的湖北三戟…公司}: the enterprise or zone after 位于 + place (+的) is located in the last place. */
    private static void located(List<Found> found, List<Sentence> ss, List<Relation> out, Set<String> seen) {
        for (Sentence s : ss) {
            sceneOpening(found, s, ss, out, seen);
            Matcher m = LOCATED.matcher(s.text());
            while (m.find()) {
                Found place = lastPlaceOfChain(found, s, m.end());
                if (place == null) continue;
                int pos = place.span().end();
                if (pos < s.text().length() && s.text().charAt(pos) == '的') pos++;
                for (Found f : found) {
                    if (f.sentence() == s.index() && f.span().start() == pos
                            && (f.kind() == EntityKind.ENTERPRISE || f.kind() == EntityKind.ZONE || f.kind() == EntityKind.PROJECT)) {
                        add(out, seen, RelationKind.LOCATED_IN, f, place, ss, 0.85);
                    }
                }
                // 企业位于X: the subject before the verb
                for (Found f : found) {
                    if (f.sentence() == s.index() && f.span().end() == m.start()
                            && (f.kind() == EntityKind.ENTERPRISE || f.kind() == EntityKind.ZONE)) {
                        add(out, seen, RelationKind.LOCATED_IN, f, place, ss, 0.85);
                    }
                }
            }
            possessivePlace(found, s, ss, out, seen);
        }
    }

    /**
     * {@code 某镇某村的某某专业合作社}: an enterprise written after a chain of places and 的 is in the last of
     * them; {@code 某某公司是某市第一家…企业}: so is one the sentence says is a firm of a place. A province says too
     * little and is skipped.
     */
    private static void possessivePlace(List<Found> found, Sentence s, List<Sentence> ss, List<Relation> out, Set<String> seen) {
        String t = s.text();
        for (Found f : found) {
            if (f.sentence() != s.index() || f.kind() != EntityKind.ENTERPRISE) continue;
            int start = f.span().start();
            if (start >= 2 && t.charAt(start - 1) == '的') {
                Found place = placeEndingAt(found, s, start - 1);
                if (place != null) add(out, seen, RelationKind.LOCATED_IN, f, place, ss, 0.8);
            }
            int end = f.span().end();
            if (end < t.length() && t.charAt(end) == '是') {
                Found place = lastPlaceOfChain(found, s, end + 1);
                if (place != null && !isProvince(place) && FIRM_OF_PLACE.matcher(t.substring(place.span().end())).lookingAt()) {
                    add(out, seen, RelationKind.LOCATED_IN, f, place, ss, 0.75);
                }
            }
        }
    }

    /** What may stand between a place and the word for a firm in {@code 是某市第一家衣架企业}: no clause break. */
    private static final Pattern FIRM_OF_PLACE = Pattern.compile("的?[^，,。；;！？!?]{0,12}?(?:企业|公司|合作社)");

    /** The place (a division or a zone, not a province) whose mention ends at {@code end}, or null; the longest wins. */
    private static Found placeEndingAt(List<Found> found, Sentence s, int end) {
        Found place = null;
        for (Found f : found) {
            if (f.sentence() == s.index() && f.span().end() == end && f.kind().isPlace() && !isProvince(f)
                    && (place == null || f.span().length() > place.span().length())) place = f;
        }
        return place;
    }

    private static boolean isProvince(Found f) {
        return f.kind() == EntityKind.PROVINCE || f.division().filter(d -> d.kind() == EntityKind.PROVINCE).isPresent();
    }

    /** The last place of the places written one after the other from {@code pos} (湖北|孝感|应城市|黄滩镇), or null. */
    private static Found lastPlaceOfChain(List<Found> found, Sentence s, int pos) {
        Found place = null;
        while (true) {
            Found next = null;
            for (Found f : found) {
                if (f.sentence() == s.index() && f.span().start() == pos && f.kind().isPlace()) {
                    if (next == null || f.span().length() > next.span().length()) next = f;
                }
            }
            if (next == null) return place;
            place = next;
            pos = next.span().end();
        }
    }

    /**
     * {@code 湖北孝感应城市黄滩镇，湖北某某公司的车间里}: a sentence that opens on places alone, then a comma and an
     * enterprise, sets the enterprise's scene in the last of those places.
     */
    private static void sceneOpening(List<Found> found, Sentence s, List<Sentence> ss, List<Relation> out, Set<String> seen) {
        String t = s.text();
        int start = t.startsWith("在") ? 1 : 0;
        Found place = lastPlaceOfChain(found, s, start);
        if (place == null || place.division().filter(d -> d.kind() == EntityKind.PROVINCE).isPresent()) return;
        int pos = place.span().end();
        if (pos >= t.length() || (t.charAt(pos) != '，' && t.charAt(pos) != ',')) return;
        for (Found f : found) {
            if (f.sentence() == s.index() && f.span().start() == pos + 1 && f.kind() == EntityKind.ENTERPRISE) {
                add(out, seen, RelationKind.LOCATED_IN, f, place, ss, 0.7);
            }
        }
    }

    /** How a mention written right after (or starting with) a place relates to it, or null. */
    private RelationKind relationTo(Found inner, Found outer) {
        EntityKind k = inner.kind();
        if (k == EntityKind.GOVERNMENT_BODY) return RelationKind.JURISDICTION;
        if (k == EntityKind.ENTERPRISE && outer.kind() != EntityKind.PROVINCE && outer.division().isPresent()
                && outer.span().start() == inner.span().start()) {
            return RelationKind.LOCATED_IN; // 大庆溢泰…公司 is in 大庆; a province in the name says too little
        }
        if (k == EntityKind.ENTERPRISE && (outer.kind() == EntityKind.TOWNSHIP || outer.kind() == EntityKind.VILLAGE)
                && outer.span().end() == inner.span().start()) {
            return RelationKind.LOCATED_IN; // 某镇|某某工坊: a firm written right after its town or village is there
        }
        if (k.isOrganization()) return null;
        if (k == EntityKind.ZONE) return isUrbanArea(inner.name()) ? RelationKind.PART_OF : RelationKind.LOCATED_IN;
        if (k == EntityKind.TOWNSHIP || k == EntityKind.VILLAGE) return outer.kind().isDivision() ? RelationKind.PART_OF : null;
        if (inner.division().isPresent() && outer.division().isPresent()
                && gazetteer.within(inner.division().get(), outer.division().get().code())) return RelationKind.PART_OF;
        return null;
    }

    private static final Pattern BRANCH = Pattern.compile("(?:支行|分行|分公司|营业部|办事处)");

    /** True when a branch word starts at {@code at}: the division before it is where the branch is (某银行某县支行). */
    private static boolean isBranchAt(String text, int at) {
        return BRANCH.matcher(text).region(at, text.length()).lookingAt();
    }

    /** True for a named urban area ({@code 田心片区}, {@code 清水塘新城}): part of its division, not located in it. */
    static boolean isUrbanArea(String name) {
        return name.endsWith("片区") || name.endsWith("新城") || (name.endsWith("新区") && !name.endsWith("高新区"));
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
