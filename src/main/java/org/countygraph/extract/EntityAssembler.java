package org.countygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Merges an article's mentions into entities with identity keys, and restates posts and relations
 * by those keys.
 *
 * <p>Keys (see {@code docs/IDENTITY.md}): a listed division by its code; another place by its
 * name under the code of the listed division that contains it; a person holding a post by name and
 * the place or body of the post; a credited journalist by name and publication; any other person
 * by name within the article; an organisation by its name.
 */
final class EntityAssembler {
    private final String documentId;
    private final Article article;
    private final ArticleContext ctx;
    private final Map<String, String> launchers = new HashMap<>();

    private final Transliterator transliterator;

    EntityAssembler(String documentId, Article article, ArticleContext ctx, Transliterator transliterator) {
        this.documentId = documentId;
        this.article = article;
        this.ctx = ctx;
        this.transliterator = transliterator;
    }

    private Optional<String> pinyin(String name) {
        return transliterator == null ? Optional.empty() : Optional.of(transliterator.romanize(name));
    }

    ArticleExtraction assemble(List<Sentence> ss, List<Found> found, List<PostFinder.Found_Post> posts,
                               List<Relation> relations, List<FigureFinder.FoundFigure> figures) {
        found = mergeBareZones(found);
        Map<String, List<Found>> byRef = new LinkedHashMap<>();
        for (Found f : found) byRef.computeIfAbsent(f.ref(), k -> new ArrayList<>()).add(f);
        Map<String, String> parentOf = new HashMap<>();
        for (Relation r : relations) {
            if (r.kind() == RelationKind.PART_OF || r.kind() == RelationKind.LOCATED_IN) parentOf.putIfAbsent(r.subject(), r.object());
            if (r.kind() == RelationKind.LAUNCHED_BY) launchers.putIfAbsent(r.subject(), r.object());
        }

        Map<String, String> keys = new HashMap<>();
        Map<String, Found> heads = new HashMap<>();
        for (Map.Entry<String, List<Found>> e : byRef.entrySet()) heads.put(e.getKey(), e.getValue().get(0));
        // places and organisations first: persons' keys depend on them
        for (Map.Entry<String, List<Found>> e : byRef.entrySet()) {
            Found f = e.getValue().get(0);
            if (!f.kind().isPerson()) keys.put(e.getKey(), placeOrOrgKey(f, e.getKey(), parentOf, heads));
        }
        Map<String, List<PostFinder.Found_Post>> postsOf = new HashMap<>();
        for (PostFinder.Found_Post p : posts) postsOf.computeIfAbsent(p.person().ref(), k -> new ArrayList<>()).add(p);
        for (Map.Entry<String, List<Found>> e : byRef.entrySet()) {
            Found f = e.getValue().get(0);
            if (f.kind().isPerson()) keys.put(e.getKey(), personKey(f, postsOf.get(e.getKey()), keys, heads));
        }

        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Found>> e : byRef.entrySet()) {
            List<Found> fs = e.getValue();
            Found f = fs.get(0);
            EntityKind kind = f.kind();
            if (kind.isPerson() && postsOf.containsKey(e.getKey())
                    && postsOf.get(e.getKey()).stream().anyMatch(EntityAssembler::isPublicPost)) {
                kind = EntityKind.OFFICIAL;
            }
            TreeSet<String> aliases = new TreeSet<>();
            List<Mention> mentions = new ArrayList<>();
            for (Found m : fs) {
                if (!isReference(m)) aliases.add(m.text());
                Sentence s = ss.get(m.sentence());
                if (kind == EntityKind.INITIATIVE) {
                    aliases.addAll(quoted(m.text()));
                    asQuoted(s.text(), m.span()).ifPresent(aliases::add); // “千万工程”: the name as the text writes it
                }
                mentions.add(new Mention(m.text(), new Evidence(m.sentence(), s.toOriginal(m.span().start(), m.span().end()), m.confidence())));
            }
            if (kind == EntityKind.ENTERPRISE) aliases.addAll(NameEchoes.withoutLeadingDivisions(f.name(), ctx.gazetteer()));
            entities.add(new Entity(keys.get(e.getKey()), kind, f.name(), aliases,
                    f.division().map(Division::code), mentions, pinyin(f.name())));
        }
        for (Byline b : article.bylines()) {
            String key = EntityKeys.person(b.name(), article.source().isEmpty() ? documentId : article.source());
            if (entities.stream().noneMatch(e -> e.key().equals(key))) {
                entities.add(new Entity(key, EntityKind.PERSON, b.name(), new TreeSet<>(), Optional.empty(), List.of(), pinyin(b.name())));
            }
        }
        List<Post> outPosts = new ArrayList<>();
        for (PostFinder.Found_Post p : posts) {
            Sentence s = ss.get(p.person().sentence());
            int start = Math.min(p.person().span().start(), p.org().filter(o -> o.sentence() == p.person().sentence())
                    .map(o -> Math.min(o.span().start(), p.titleSpan().start())).orElse(p.titleSpan().start()));
            int end = Math.max(p.person().span().end(), p.titleSpan().end());
            Span original = s.toOriginal(start, end);
            outPosts.add(new Post(keys.get(p.person().ref()), p.title(), p.org().map(o -> keys.get(o.ref())),
                    new Evidence(p.person().sentence(), original, Math.min(0.9, p.person().confidence()))));
        }
        List<Relation> outRelations = new ArrayList<>();
        for (Relation r : relations) {
            String s = keys.get(r.subject());
            String o = keys.get(r.object());
            if (s != null && o != null && !s.equals(o)) outRelations.add(new Relation(r.kind(), s, o, r.evidence()));
        }
        List<Observation> observations = new ArrayList<>();
        for (FigureFinder.FoundFigure f : figures) {
            String area = keys.get(f.areaRef());
            if (area == null) continue;
            Sentence s = ss.get(f.sentence());
            Optional<String> concerns = f.concernsRef().map(keys::get);
            if (f.concernsRef().isPresent() && concerns.isEmpty()) continue;
            observations.add(new Observation(area, f.indicator(), f.valueText(), f.value(), f.unit(), f.growth(), f.period(),
                    new Evidence(f.sentence(), s.toOriginal(f.span().start(), f.span().end()), f.confidence()), concerns));
        }
        Optional<String> focus = ctx.focus().map(d -> EntityKeys.division(d.code()));
        return new ArticleExtraction(documentId, article, ss, focus, entities, outPosts, outRelations, observations);
    }

    /** The quoted names inside an initiative's name: “三送、三优、三解”行动 → 三送、三优、三解, 《某办法》 → 某办法. */
    /** Quote marks that open a name, and the mark that closes each. */
    private static final String OPEN_QUOTES = "“‘「『", CLOSE_QUOTES = "”’」』";

    /** The mention with the quote marks around it in its sentence ({@code “千万工程”}), when the text puts it in quotes. */
    static Optional<String> asQuoted(String t, Span span) {
        if (span.start() < 1 || span.end() >= t.length()) return Optional.empty();
        int open = OPEN_QUOTES.indexOf(t.charAt(span.start() - 1));
        if (open < 0 || t.charAt(span.end()) != CLOSE_QUOTES.charAt(open)) return Optional.empty();
        return Optional.of(t.substring(span.start() - 1, span.end() + 1));
    }

    private static List<String> quoted(String s) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[“‘\"「『《]([^”’\"」』》]+)[”’\"」』》]").matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static final java.util.regex.Pattern BUSINESS_TITLE = java.util.regex.Pattern.compile(
            ".*(?:董事长|董事|总经理|经理|总裁|监事长|厂长|创始人|合伙人|首席执行官|总监|店主|老板)$");

    /** True for a post in government, a party, a zone's administration or a public institution: its holder is an official. */
    private static boolean isPublicPost(PostFinder.Found_Post p) {
        if (p.org().isPresent()) return p.org().get().kind() != EntityKind.ENTERPRISE && !BUSINESS_TITLE.matcher(p.title()).matches();
        return !BUSINESS_TITLE.matcher(p.title()).matches();
    }

    /** A bare zone word ({@code 高新区}) names the one zone of the article that ends with it ({@code 株洲高新区}). */
    private static List<Found> mergeBareZones(List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.kind() == EntityKind.ZONE && f.name().matches("高新区|经开区|开发区")) {
                java.util.Set<String> full = new java.util.TreeSet<>();
                for (Found g : found) {
                    if (g.kind() == EntityKind.ZONE && g.name().endsWith(f.name()) && g.name().length() > f.name().length()) full.add(g.name());
                }
                if (full.size() == 1) {
                    String name = full.iterator().next();
                    Optional<Division> d = found.stream().filter(g -> g.name().equals(name)).findFirst().flatMap(Found::division);
                    out.add(new Found(f.sentence(), f.span(), f.text(), f.kind(), name, d, f.confidence()));
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    private static boolean isReference(Found f) {
        return f.text().length() == 2 && "该全我本".indexOf(f.text().charAt(0)) >= 0;
    }

    private String placeOrOrgKey(Found f, String ref, Map<String, String> parentOf, Map<String, Found> heads) {
        if (f.division().isPresent()) return EntityKeys.division(f.division().get().code());
        if (f.kind() == EntityKind.INDUSTRY) return EntityKeys.industry(f.name());
        if (f.kind() == EntityKind.INITIATIVE) {
            Found launcher = heads.get(launchers.get(ref));
            String q = launcher == null ? null
                    : launcher.division().map(Division::code).orElse(launcher.name());
            return EntityKeys.initiative(f.name(), q);
        }
        if (f.kind() == EntityKind.PROJECT) return EntityKeys.project(f.name());
        if (f.kind().isPlace()) return EntityKeys.place(f.name(), listedAncestor(ref, parentOf, heads));
        if (f.kind() == EntityKind.GOVERNMENT_BODY && !startsWithPlace(f, heads)) {
            String code = ctx.focus().map(Division::code).orElse(null);
            return EntityKeys.organization(f.kind(), (code == null ? "" : code + "-") + f.name());
        }
        return EntityKeys.organization(f.kind(), f.name());
    }

    private static boolean startsWithPlace(Found f, Map<String, Found> heads) {
        for (Found h : heads.values()) {
            if (h.kind().isPlace() && f.name().startsWith(h.name().length() >= 2 ? h.text() : "\u0000")) return true;
        }
        return false;
    }

    private String listedAncestor(String ref, Map<String, String> parentOf, Map<String, Found> heads) {
        String cur = parentOf.get(ref);
        for (int i = 0; cur != null && i < 6; i++) {
            Found h = heads.get(cur);
            if (h != null && h.division().isPresent()) return h.division().get().code();
            cur = parentOf.get(cur);
        }
        return ctx.focus().map(Division::code).orElse(null);
    }

    private String personKey(Found f, List<PostFinder.Found_Post> posts, Map<String, String> keys,
                             Map<String, Found> heads) {
        if (posts != null) {
            for (PostFinder.Found_Post p : posts) {
                if (p.org().isPresent()) {
                    Found org = p.org().get();
                    String q = org.division().map(Division::code).orElse(org.name());
                    return EntityKeys.person(f.name(), q);
                }
            }
            String q = ctx.focus().map(Division::code).orElse(documentId + "-" + article.index());
            return EntityKeys.person(f.name(), q);
        }
        for (Byline b : article.bylines()) {
            if (b.name().equals(f.name())) {
                return EntityKeys.person(f.name(), article.source().isEmpty() ? documentId : article.source());
            }
        }
        return EntityKeys.person(f.name(), documentId + "-" + article.index());
    }
}
