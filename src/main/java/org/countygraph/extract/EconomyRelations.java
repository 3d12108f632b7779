package org.countygraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who develops which industry ({@code cg:developsIndustry}) and who runs which initiative
 * ({@code cg:launchedBy}).
 *
 * <p>The subject is the nearest division, zone (or, for initiatives, body or enterprise) named before the
 * industry or initiative in the same sentence ({@code 该区}, {@code 全县} included); failing that, for an industry
 * the first area named after it in the sentence, else the article's scene, when the sentence has a verb of
 * developing or launching (or the industry stands in a list of sectors). The scene is the town or village an
 * article names at least three times and more often than its division (a report from one village), else the
 * article's division. An industry the sentence says an area
 * once relied on ({@code 曾经}) is developed by no one. Confidence 0.75 with a subject before it in the sentence,
 * 0.55 with an area after it or the article's division.
 */
public final class EconomyRelations {
    private static final Pattern DEVELOP_VERB = Pattern.compile("发展|培育|壮大|打造|做强|做大|做优|构建|布局|聚焦|围绕|引进|集聚|主导|支柱|建链|补链|强链|延链|转型|升级|产值|增长|基地|集群|依托|依靠|依赖");
    /** A sentence about the past: 曾经依赖X产业 says what the area no longer rests on (过去一年 is the year reviewed). */
    private static final Pattern PAST = Pattern.compile("曾经|以往|昔日|从前|过去(?![一二两三四五六七八九十几]年)");
    private static final Pattern LAUNCH_VERB = Pattern.compile("开展|实施|打响|推行|启动|推进|实行|深化|推广|探索|建立|打造|擦亮|推出|发起|落实|以.{0,20}为抓手|实行");
    private static final Pattern RECOMMENDATION = Pattern.compile("(?:^|[，,。；;:：])要|应当|建议|应该|可以");

    /** Returns the relations, their ends by article-local refs; {@code scene} is {@link #scene}'s answer for the article. */
    public List<Relation> find(List<Sentence> ss, List<Found> found, Optional<Found> scene) {
        List<Relation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Found f : found) {
            if (f.kind() != EntityKind.INDUSTRY && f.kind() != EntityKind.INITIATIVE) continue;
            boolean industry = f.kind() == EntityKind.INDUSTRY;
            Sentence s = ss.get(f.sentence());
            String upTo = s.text().substring(0, f.span().start());
            if (!industry && RECOMMENDATION.matcher(upTo).find()) continue; // 要实施…: a proposal, not a programme run
            if (industry && PAST.matcher(upTo).find()) continue;
            Optional<Found> subject = subjectBefore(s.text(), found, f, industry);
            if (subject.isEmpty() && !industry) subject = actorBefore(found, f);
            double conf = 0.75;
            Pattern verbs = industry ? DEVELOP_VERB : LAUNCH_VERB;
            if (subject.isPresent()) {
                String between = s.text().substring(subject.get().span().end(), f.span().start());
                if (industry && !verbs.matcher(between).find() && !listedInPattern(s.text(), f) && !measuredAfter(s.text(), f)) continue;
            } else {
                boolean verb = verbs.matcher(upTo).find() || (industry && listedInPattern(s.text(), f));
                if ((industry && !verb) || scene.isEmpty()) continue;
                // a sentence that names an area after the industry is about that area, not the article's:
                // 对支撑X、Y等产业的项目，该区… / X产业发展迅速，其中，某省X产业…
                Optional<Found> after = industry ? areaAfter(found, f) : Optional.empty();
                if (after.isPresent()) subject = after;
                else subject = scene;
                conf = verb ? 0.55 : 0.5; // an initiative an article reports is, failing a named actor, its division's
            }
            Found subj = subject.get();
            RelationKind kind = industry ? RelationKind.DEVELOPS_INDUSTRY : RelationKind.LAUNCHED_BY;
            String from = industry ? subj.ref() : f.ref();
            String to = industry ? f.ref() : subj.ref();
            if (!seen.add(kind + from + "|" + to)) continue;
            Span local = subj.sentence() == f.sentence()
                    ? new Span(Math.min(subj.span().start(), f.span().start()), Math.max(subj.span().end(), f.span().end()))
                    : f.span();
            out.add(new Relation(kind, from, to, new Evidence(f.sentence(), s.toOriginal(local.start(), local.end()), conf)));
        }
        return out;
    }

    /**
     * The place an article's story happens in: a town or village named more often than the article's division
     * (and at least three times), else the article's division; none when the article has no division.
     */
    static Optional<Found> scene(List<Found> found, Optional<Found> focus) {
        if (focus.isEmpty()) return focus;
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Found> first = new java.util.HashMap<>();
        for (Found f : found) {
            counts.merge(f.ref(), 1, Integer::sum);
            if (f.kind() == EntityKind.TOWNSHIP || f.kind() == EntityKind.VILLAGE) first.putIfAbsent(f.ref(), f);
        }
        int base = counts.getOrDefault(focus.get().ref(), 0);
        Found best = null;
        for (Found f : first.values()) {
            int n = counts.get(f.ref());
            if (n >= 3 && n > base && (best == null || n > counts.get(best.ref()))) best = f;
        }
        return best == null ? focus : Optional.of(best);
    }

    /** True when the industry stands in a list or a phrase that names what an area's economy rests on. */
    private static boolean listedInPattern(String t, Found f) {
        String after = t.substring(f.span().end());
        if (after.startsWith("产业") || t.substring(f.span().start(), f.span().end()).endsWith("产业")) return true;
        boolean listed = after.startsWith("、") || after.startsWith("等") || after.startsWith("为重点") || after.startsWith("为代表");
        // the list must end in a word for sectors: 光伏、风电等产业, not 光伏等产品
        return listed && LIST_OF_SECTORS.matcher(after.split("[，,。；;：:！？]", 2)[0]).find();
    }

    /**
     * True when a measure of output follows the industry: 某县X种植面积, 全县电商年发件量 state what the area named before
     * produces (not used for the article's division, where the figure may be a project's).
     */
    private static boolean measuredAfter(String t, Found f) {
        String after = t.substring(f.span().end());
        return IndustryFinder.MEASURE.matcher(after).lookingAt() || OUTPUT_AFTER.matcher(after).lookingAt();
    }

    private static final Pattern LIST_OF_SECTORS = Pattern.compile("产业|行业|领域|业态|集群|板块|经济");

    /** Words of an area's output after a sector: 全县电商年销售额, 旅游收入. */
    private static final Pattern OUTPUT_AFTER = Pattern.compile("(?:年|全年)?(?:销售额|交易额|营业收入|营收|收入|发件量|增加值|规模)");

    /** The first area named after the target in its sentence. */
    private static Optional<Found> areaAfter(List<Found> found, Found target) {
        Found best = null;
        for (Found f : found) {
            if (f.sentence() != target.sentence() || f.span().start() < target.span().end() || !isArea(f)) continue;
            if (best == null || f.span().start() < best.span().start()) best = f;
        }
        return Optional.ofNullable(best);
    }

    private static boolean isArea(Found f) {
        return f.kind() == EntityKind.PROVINCE || f.kind() == EntityKind.CITY || f.kind() == EntityKind.COUNTY
                || f.kind() == EntityKind.TOWNSHIP || f.kind() == EntityKind.VILLAGE || f.kind() == EntityKind.ZONE;
    }

    /** For an initiative with no area before it: the body or enterprise named before it in the sentence. */
    private static Optional<Found> actorBefore(List<Found> found, Found target) {
        Found best = null;
        for (Found f : found) {
            if (f.sentence() != target.sentence() || f.span().end() > target.span().start()) continue;
            if (f.kind() != EntityKind.GOVERNMENT_BODY && f.kind() != EntityKind.ENTERPRISE) continue;
            if (best == null || f.span().end() > best.span().end()) best = f;
        }
        return Optional.ofNullable(best);
    }

    private static final Pattern ADDRESS_VERB = Pattern.compile("(?:位于|地处|坐落于|来自)$");

    /** True for an area written as an address after 位于 (位于某市的某基地): where something is, not who acts. */
    private static boolean isAddress(String text, List<Found> found, Found area) {
        int start = area.span().start();
        for (Found f : found) { // the first of the places written one after the other: 位于|浙江|嘉兴
            if (f.sentence() == area.sentence() && f.span().end() == start && f.kind().isPlace()) return isAddress(text, found, f);
        }
        return ADDRESS_VERB.matcher(text.substring(0, start)).find();
    }

    private static Optional<Found> subjectBefore(String text, List<Found> found, Found target, boolean industry) {
        Found best = null;
        for (Found f : found) {
            if (f.sentence() != target.sentence() || f.span().end() > target.span().start()) continue;
            boolean area = f.kind() == EntityKind.PROVINCE || f.kind() == EntityKind.CITY || f.kind() == EntityKind.COUNTY
                    || f.kind() == EntityKind.TOWNSHIP || f.kind() == EntityKind.VILLAGE || f.kind() == EntityKind.ZONE;
            if (!area || isAddress(text, found, f)) continue;
            if (best == null || f.span().end() > best.span().end()) best = f;
        }
        return Optional.ofNullable(best);
    }
}
