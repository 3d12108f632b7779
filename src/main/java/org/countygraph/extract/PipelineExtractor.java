package org.countygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The extractor: a list of named stages over each article of a document.
 *
 * <ol>
 *   <li>split the document into articles ({@link ArticleSplitter});</li>
 *   <li>repair each article's layout and cut it into sentences ({@link SentenceSplitter});</li>
 *   <li>find candidate mentions ({@link MentionFinder}s), then bodies after divisions;</li>
 *   <li>settle overlaps and ambiguity ({@link CandidateResolver}), add credits and references
 *       such as {@code 该区};</li>
 *   <li>find facts: posts ({@link PostFinder}), containment ({@link FactFinders});</li>
 *   <li>mint identity keys and merge mentions into entities ({@link EntityAssembler}).</li>
 * </ol>
 *
 * <p>Usage: {@code Extractor x = PipelineExtractor.create().segmenter(new HanlpSegmenter()).build();}
 */
public final class PipelineExtractor implements Extractor {
    private final ArticleSplitter articles;
    private final SentenceSplitter sentences;
    private final Segmenter segmenter;
    private final Gazetteer gazetteer;
    private final List<MentionFinder> finders;
    private final CandidateResolver resolver;
    private final PostFinder posts;
    private final FactFinders facts;
    private final Transliterator transliterator;

    private PipelineExtractor(Builder b) {
        this.articles = b.articles;
        this.sentences = b.sentences;
        this.segmenter = b.segmenter;
        this.gazetteer = b.gazetteer;
        Lexicon titles = Lexicon.bundled("titles.txt");
        List<MentionFinder> all = new ArrayList<>(List.of(new DivisionFinder(gazetteer), new OrganizationFinder(b.segmenter, titles),
                new PersonFinder(titles, Lexicon.bundled("person-roles.txt"), b.givenNames), new IndustryFinder(Lexicon.bundled("sectors.txt")),
                new InitiativeFinder(Lexicon.bundled("campaign-words.txt"))));
        all.addAll(b.extraFinders);
        this.finders = List.copyOf(all);
        this.resolver = new CandidateResolver(gazetteer);
        this.posts = new PostFinder(titles);
        this.facts = new FactFinders(gazetteer);
        this.transliterator = b.transliterator;
    }

    /** A builder; the segmenter is required, the rest have defaults. */
    public static Builder create() { return new Builder(); }

    @Override
    public DocumentExtraction extract(SourceDocument document) {
        List<ArticleExtraction> out = new ArrayList<>();
        for (ArticleSegment segment : articles.split(document)) {
            out.add(extractArticle(document, segment));
        }
        return new DocumentExtraction(document, out);
    }

    private ArticleExtraction extractArticle(SourceDocument doc, ArticleSegment segment) {
        List<Sentence> ss = sentences.split(segment.lines());
        List<List<Token>> tokens = new ArrayList<>();
        for (Sentence s : ss) tokens.add(segmenter.segment(s.text()));
        ArticleContext ctx = new ArticleContext(doc.id(), segment.article(), ss, gazetteer, tokens);
        List<Candidate> candidates = findCandidates(ss, ctx);
        List<Found> found = new ArrayList<>(resolver.resolve(candidates, ctx));
        // 在某黄口, 某黄口的地毯: the short form of a place the article names (某黄口镇) is no person
        java.util.Set<String> places = new java.util.HashSet<>();
        for (Found f : found) if (f.kind().isPlace()) places.add(f.name());
        found.removeIf(f -> f.kind().isPerson() && PLACE_LEVELS.stream().anyMatch(level -> places.contains(f.name() + level)));
        List<Found> echoes = NameEchoes.find(found, ss);
        found.removeIf(f -> f.kind().isPerson() && echoes.stream().anyMatch(e -> e.sentence() == f.sentence()
                && e.span().contains(f.span()) && e.span().length() > f.span().length()));
        found.addAll(echoes);
        List<Found> trimmed = NameEchoes.trimmedToEchoes(found, gazetteer); // 距离|某电集团 where the article writes 某电集团 too
        found.clear();
        found.addAll(trimmed);
        List<Found> shortNames = NameEchoes.enterprises(found, ss, gazetteer);
        found.removeIf(f -> shortNames.stream().anyMatch(e -> e.sentence() == f.sentence() && e.span().contains(f.span())));
        found.addAll(shortNames);
        found.addAll(bodies(found, ss));
        ctx.focus(FactFinders.focus(found).filter(d -> !FactFinders.aboutTheCountry(ss, found, d))); // a national report naming a district in passing
        found.addAll(FactFinders.references(ss, ctx));
        found.addAll(credits(segment.article(), ss, found));
        List<PostFinder.Found_Post> foundPosts = posts.find(found, ss, ctx);
        Optional<Found> focus = focusMention(found, ctx);
        Optional<Found> scene = EconomyRelations.scene(found, focus);
        List<Relation> relations = new ArrayList<>(facts.partOf(found, ss, focus, scene));
        relations.addAll(new EconomyRelations().find(ss, found, scene));
        List<FigureFinder.FoundFigure> figures = new ArrayList<>(new FigureFinder().find(ss, found, scene, ctx));
        List<FigureFinder.FoundFigure> investments = new InvestmentFinder().find(ss, found, focus);
        // an investment read with its enterprise or project replaces the same amount read as a figure of the area
        figures.removeIf(f -> investments.stream().anyMatch(i -> i.sentence() == f.sentence() && i.span().overlaps(f.span())
                && i.value().compareTo(f.value()) == 0));
        figures.addAll(investments);
        return new EntityAssembler(doc.id(), segment.article(), ctx, transliterator).assemble(ss, found, foundPosts, relations, figures);
    }

    /** A mention of the article's division, standing for it where a sentence names no area. */
    private static Optional<Found> focusMention(List<Found> found, ArticleContext ctx) {
        if (ctx.focus().isEmpty()) return Optional.empty();
        String code = ctx.focus().get().code();
        return found.stream().filter(f -> f.division().map(d -> d.code().equals(code)).orElse(false)).findFirst();
    }

    private List<Candidate> findCandidates(List<Sentence> ss, ArticleContext ctx) {
        List<Candidate> all = new ArrayList<>();
        for (Sentence s : ss) {
            for (MentionFinder f : finders) all.addAll(f.find(s, ctx));
        }
        return all;
    }

    /** Government bodies named after a division or zone: 攸县县委, 高新区管委会. */
    private static List<Found> bodies(List<Found> found, List<Sentence> ss) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (!f.kind().isPlace()) continue;
            boolean insideLongerPlace = found.stream().anyMatch(g -> g != f && g.sentence() == f.sentence() && g.kind().isPlace()
                    && g.span().start() == f.span().start() && g.span().end() > f.span().end());
            if (insideLongerPlace) continue; // 攸县 in 攸县高新区管委会: the body follows the zone
            boolean chainGoesOn = found.stream().anyMatch(g -> g.sentence() == f.sentence() && g.span().start() == f.span().end()
                    && g.kind().isPlace() && !OrganizationFinder.bodiesAfter(ss.get(g.sentence()), g.span(), g.name()).isEmpty());
            if (chainGoesOn) continue; // 某镇|某社区党委, 某市|某县委: the body is the last place's, named after it alone
            for (Candidate c : OrganizationFinder.bodiesAfter(ss.get(f.sentence()), f.span(), f.name())) {
                boolean clash = false;
                for (Found o : found) {
                    if (o.sentence() == c.sentence() && o.span().overlaps(c.span()) && !c.span().contains(o.span())) clash = true;
                }
                if (!clash) out.add(new Found(c.sentence(), c.span(), c.span().of(ss.get(c.sentence()).text()), c.kind(),
                        c.name(), Optional.empty(), c.confidence()));
            }
        }
        return out;
    }

    /** Persons credited in the byline, as mentions where the sentence text holds them. */
    /** Level words a place's short form leaves out. */
    private static final List<String> PLACE_LEVELS = List.of("镇", "乡", "村", "县", "区", "市", "街道", "社区");

    private static List<Found> credits(Article article, List<Sentence> ss, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Byline b : article.bylines()) {
            for (Sentence s : ss) {
                if (!s.span().contains(b.span())) continue;
                int local = indexOf(s, b.span().start());
                if (local < 0 || !s.text().startsWith(b.name(), local)) continue;
                Span span = new Span(local, local + b.name().length());
                found.removeIf(f -> f.sentence() == s.index() && f.span().overlaps(span));
                out.add(new Found(s.index(), span, b.name(), EntityKind.PERSON, b.name(), Optional.empty(), 0.95));
            }
        }
        return out;
    }

    static int indexOf(Sentence s, int original) {
        int[] o = s.offsets();
        for (int i = 0; i < o.length; i++) if (o[i] == original) return i;
        return -1;
    }

    /** Builds a {@link PipelineExtractor}, checking each setting as it is given. */
    public static final class Builder {
        private ArticleSplitter articles = new LayoutArticleSplitter();
        private SentenceSplitter sentences = new LayoutSentenceSplitter();
        private Segmenter segmenter;
        private Gazetteer gazetteer;
        private Transliterator transliterator;
        private GivenNames givenNames = GivenNames.ANY;
        private final List<MentionFinder> extraFinders = new ArrayList<>();

        /** Adds a mention finder run after the built-in ones (divisions, organisations, persons, industries, initiatives). */
        public Builder finder(MentionFinder f) { this.extraFinders.add(Objects.requireNonNull(f, "finder")); return this; }

        /** Judges the names found with no word around them to vouch for them. Defaults to {@link GivenNames#ANY}. */
        public Builder givenNames(GivenNames g) { this.givenNames = Objects.requireNonNull(g, "givenNames"); return this; }

        /** Romanises labels (written as {@code @zh-Latn-pinyin}). Defaults to none. */
        public Builder transliterator(Transliterator t) { this.transliterator = Objects.requireNonNull(t, "transliterator"); return this; }

        /** The article splitter. Defaults to {@link LayoutArticleSplitter}. */
        public Builder articleSplitter(ArticleSplitter s) { this.articles = Objects.requireNonNull(s, "articleSplitter"); return this; }

        /** The sentence splitter. Defaults to {@link LayoutSentenceSplitter}. */
        public Builder sentenceSplitter(SentenceSplitter s) { this.sentences = Objects.requireNonNull(s, "sentenceSplitter"); return this; }

        /** The word segmenter with name recognition. Required. */
        public Builder segmenter(Segmenter s) { this.segmenter = Objects.requireNonNull(s, "segmenter"); return this; }

        /** The division gazetteer. Defaults to {@link Gazetteer#bundled()}. */
        public Builder gazetteer(Gazetteer g) { this.gazetteer = Objects.requireNonNull(g, "gazetteer"); return this; }

        public PipelineExtractor build() {
            if (segmenter == null) throw new ExtractException("PipelineExtractor needs a segmenter");
            if (gazetteer == null) gazetteer = Gazetteer.bundled();
            return new PipelineExtractor(this);
        }
    }
}
