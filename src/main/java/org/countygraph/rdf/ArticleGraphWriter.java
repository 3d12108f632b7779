package org.countygraph.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.countygraph.extract.Article;
import org.countygraph.extract.ArticleExtraction;
import org.countygraph.extract.Byline;
import org.countygraph.extract.DocumentExtraction;
import org.countygraph.extract.Entity;
import org.countygraph.extract.EntityKind;
import org.countygraph.extract.Evidence;
import org.countygraph.extract.Mention;
import org.countygraph.extract.Observation;
import org.countygraph.extract.Post;
import org.countygraph.extract.Relation;
import org.countygraph.extract.Sentence;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;
import org.countygraph.vocab.Terms;

/**
 * Writes extraction results as quads into a caller-owned {@link StreamRDF}: one named graph per
 * article, whose IRI is the article's IRI. The caller calls {@code start()} and {@code finish()}.
 *
 * <p>Each article graph holds the article, its credits, every entity it names (types, aliases,
 * code), the sentences that state facts, a {@code cg:Mention} per mention with offsets and
 * confidence, the posts, relations (each with a reified statement carrying its evidence) and
 * observations.
 *
 * <p>An entity's names ({@code rdfs:label} in {@code @zh} and in pinyin) go once into the shared
 * graph {@link #NAMES}, not into every article that names it: an IRI's names follow from its key,
 * and a label stored per article made every label lookup in the union default graph read one copy
 * per article (thousands for a county over a year of news). The store drops the names of an entity
 * no article mentions any more ({@code store.GraphStore}).
 */
public final class ArticleGraphWriter {
    /** The graph holding each entity's names once: {@code rdfs:label}s in {@code @zh} and {@code @zh-Latn-pinyin}. */
    public static final Node NAMES = NodeFactory.createURI(CG.GRAPH + "names");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private final StreamRDF out;
    private final Set<org.apache.jena.sparql.core.Quad> namesWritten = new HashSet<>();

    /** A writer for one document: each name quad goes out once however many of its articles name the entity. */
    public ArticleGraphWriter(StreamRDF out) { this.out = out; }

    /** Writes every article of a document. */
    public void write(DocumentExtraction doc) {
        for (ArticleExtraction a : doc.articles()) write(a);
    }

    /** Writes one article's named graph. */
    public void write(ArticleExtraction a) {
        Node g = Iris.checked(Iris.article(a.documentId(), a.article().index()));
        new Graph(g, a).write();
    }

    /** The writing of one article graph. */
    private final class Graph {
        private final Node g;
        private final ArticleExtraction a;
        private final Set<Integer> sentencesUsed = new HashSet<>();

        Graph(Node g, ArticleExtraction a) { this.g = g; this.a = a; }

        void write() {
            article();
            for (Entity e : a.entities()) entity(e);
            for (Post p : a.posts()) post(p);
            for (Relation r : a.relations()) relation(r);
            for (Observation o : a.observations()) observation(o);
            for (int i : sentencesUsed) sentence(a.sentences().get(i));
        }

        private void article() {
            Article art = a.article();
            quad(g, Terms.type, CG.Article);
            if (!art.headline().isEmpty()) quad(g, Terms.headline, zh(art.headline()));
            quad(g, CG.articleIndex, integer(art.index()));
            quad(g, CG.sourceDocument, Iris.checked(Iris.document(a.documentId())));
            quad(g, CG.startOffset, integer(art.span().start()));
            quad(g, CG.endOffset, integer(art.span().end()));
            if (!art.source().isEmpty()) quad(g, CG.publication, zh(art.source()));
            art.date().ifPresent(d -> {
                quad(g, CG.dateText, NodeFactory.createLiteralString(d));
                Matcher m = ISO_DATE.matcher(d);
                if (m.matches()) {
                    String iso = String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    quad(g, Terms.datePublished, NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate));
                }
            });
            a.focus().ifPresent(f -> quad(g, CG.about, Iris.entity(f)));
            int k = 0;
            for (Byline b : art.bylines()) credit(b, ++k);
            for (Entity e : a.entities()) quad(g, CG.mentions, Iris.entity(e.key()));
        }

        private void credit(Byline b, int k) {
            Entity person = a.entities().stream()
                    .filter(e -> e.kind().isPerson() && e.label().equals(b.name())).findFirst().orElse(null);
            if (person == null) return;
            Node c = Iris.checked(g.getURI() + "/credit/" + k);
            Node p = Iris.entity(person.key());
            quad(g, CG.credit, c);
            quad(c, Terms.type, CG.Credit);
            quad(c, CG.creditedPerson, p);
            quad(c, CG.role, zh(b.role()));
            quad(g, b.role().contains("编辑") || b.role().contains("统筹") ? Terms.editor : Terms.author, p);
        }

        private void entity(Entity e) {
            Node s = Iris.entity(e.key());
            for (Node type : types(e.kind())) quad(s, Terms.type, type);
            name(s, zh(e.label()));
            e.pinyin().ifPresent(p -> name(s, NodeFactory.createLiteralLang(p, "zh-Latn-pinyin")));
            for (String alias : e.aliases()) quad(s, Terms.altLabel, zh(alias));
            e.divisionCode().ifPresent(c -> quad(s, CG.divisionCode, NodeFactory.createLiteralString(c)));
            if (e.kind() == EntityKind.INDUSTRY) quad(s, Terms.inScheme, CG.industries);
            for (Mention m : e.mentions()) mention(s, m);
        }

        private void mention(Node entity, Mention m) {
            Evidence ev = m.evidence();
            Node n = Iris.checked(g.getURI() + "/mention/" + ev.span().start() + "-" + ev.span().end());
            quad(n, Terms.type, CG.Mention);
            quad(n, CG.denotes, entity);
            quad(n, CG.anchorText, zh(m.text()));
            evidence(n, ev);
        }

        private void post(Post p) {
            Node person = Iris.entity(p.person());
            String tail = p.person().substring(p.person().indexOf('/') + 1) + "/" + org.countygraph.extract.EntityKeys.segment(p.title());
            Node post = Iris.entity("post/" + tail);
            quad(post, Terms.type, ORG.Post);
            quad(post, CG.title, zh(p.title()));
            String orgLabel = p.postIn().flatMap(this::labelOf).orElse("");
            quad(post, Terms.label, zh(orgLabel + p.title()));
            p.postIn().ifPresent(o -> quad(post, ORG.postIn, Iris.entity(o)));
            quad(person, ORG.holds, post);
            quad(post, ORG.heldBy, person);
            evidence(post, p.evidence());
        }

        private void relation(Relation r) {
            Node s = Iris.entity(r.subject());
            Node p = predicate(r);
            Node o = Iris.entity(r.object());
            quad(s, p, o);
            Node st = Iris.checked(g.getURI() + "/fact/" + Iris.hash(r.kind().name(), r.subject(), r.object()));
            quad(st, Terms.type, Terms.Statement);
            quad(st, Terms.subject, s);
            quad(st, Terms.predicate, p);
            quad(st, Terms.object, o);
            evidence(st, r.evidence());
        }

        private void observation(Observation ob) {
            Node n = Iris.checked(g.getURI() + "/observation/" + Iris.hash(ob.area(), ob.indicator(), ob.valueText(),
                    String.valueOf(ob.evidence().span().start())));
            quad(n, Terms.type, CG.Observation);
            String about = ob.concerns().flatMap(this::labelOf).orElse(labelOf(ob.area()).orElse(""));
            // valueText keeps the text's magnitude (182.5亿) and the unit has it too (亿元): written once in the label
            String unit = !ob.unit().isEmpty() && (ob.unit().startsWith("万") || ob.unit().startsWith("亿"))
                    && ob.valueText().contains(ob.unit().substring(0, 1)) ? ob.unit().substring(1) : ob.unit();
            quad(n, Terms.label, zh(about + ob.indicator() + " " + ob.valueText() + unit));
            quad(n, CG.refArea, Iris.entity(ob.area()));
            ob.concerns().ifPresent(c -> quad(n, CG.concerns, Iris.entity(c)));
            quad(n, CG.indicator, zh(ob.indicator()));
            quad(n, CG.value, NodeFactory.createLiteralDT(ob.value().toPlainString(), XSDDatatype.XSDdecimal));
            quad(n, CG.valueText, NodeFactory.createLiteralString(ob.valueText()));
            quad(n, CG.unit, NodeFactory.createLiteralString(ob.unit()));
            ob.growthRate().ifPresent(gr -> quad(n, CG.growthRate, NodeFactory.createLiteralDT(gr.toPlainString(), XSDDatatype.XSDdecimal)));
            ob.period().ifPresent(pd -> quad(n, CG.period, zh(pd)));
            evidence(n, ob.evidence());
        }

        private java.util.Optional<String> labelOf(String key) {
            return a.entities().stream().filter(e -> e.key().equals(key)).map(Entity::label).findFirst();
        }

        private void evidence(Node n, Evidence ev) {
            quad(n, Terms.wasDerivedFrom, sentenceNode(ev.sentence()));
            quad(n, CG.startOffset, integer(ev.span().start()));
            quad(n, CG.endOffset, integer(ev.span().end()));
            quad(n, CG.confidence, NodeFactory.createLiteralDT(String.format(java.util.Locale.ROOT, "%.2f", ev.confidence()), XSDDatatype.XSDdecimal));
            sentencesUsed.add(ev.sentence());
        }

        private Node sentenceNode(int i) { return Iris.checked(g.getURI() + "/sentence/" + i); }

        private void sentence(Sentence s) {
            Node n = sentenceNode(s.index());
            quad(n, Terms.type, CG.Sentence);
            quad(n, CG.inArticle, g);
            quad(n, CG.text, zh(s.text()));
            quad(n, CG.startOffset, integer(s.span().start()));
            quad(n, CG.endOffset, integer(s.span().end()));
        }

        private void name(Node s, Node label) {
            var q = org.apache.jena.sparql.core.Quad.create(NAMES, s, Terms.label, label);
            if (namesWritten.add(q)) out.quad(q);
        }

        private void quad(Node s, Node p, Node o) { out.quad(org.apache.jena.sparql.core.Quad.create(g, s, p, o)); }
    }

    private static Node predicate(Relation r) {
        return switch (r.kind()) {
            case PART_OF -> CG.partOf;
            case LOCATED_IN -> CG.locatedIn;
            case IN_INDUSTRY -> CG.inIndustry;
            case DEVELOPS_INDUSTRY -> CG.developsIndustry;
            case LAUNCHED_BY -> CG.launchedBy;
            case JURISDICTION -> CG.jurisdiction;
        };
    }

    /** The classes an entity of a kind is written with: its own and the core superclasses. */
    static List<Node> types(EntityKind kind) {
        return switch (kind) {
            case PERSON -> List.of(CG.Person);
            case OFFICIAL -> List.of(CG.Official, CG.Person);
            case PROVINCE -> List.of(CG.Province, CG.AdministrativeDivision, CG.Place);
            case CITY -> List.of(CG.City, CG.AdministrativeDivision, CG.Place);
            case COUNTY -> List.of(CG.County, CG.AdministrativeDivision, CG.Place);
            case TOWNSHIP -> List.of(CG.Township, CG.AdministrativeDivision, CG.Place);
            case VILLAGE -> List.of(CG.Village, CG.AdministrativeDivision, CG.Place);
            case ZONE -> List.of(CG.Zone, CG.Place);
            case PLACE -> List.of(CG.Place);
            case ENTERPRISE -> List.of(CG.Enterprise, CG.Organization);
            case GOVERNMENT_BODY -> List.of(CG.GovernmentBody, CG.Organization);
            case ORGANIZATION -> List.of(CG.Organization);
            case INDUSTRY -> List.of(CG.Industry);
            case INITIATIVE -> List.of(CG.Initiative);
            case PROJECT -> List.of(CG.Project, CG.Initiative);
        };
    }

    static Node zh(String s) { return NodeFactory.createLiteralLang(s, "zh"); }

    static Node integer(long v) { return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger); }
}
