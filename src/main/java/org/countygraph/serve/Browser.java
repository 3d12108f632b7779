package org.countygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The linked-data browser in front of Fuseki: a servlet filter that answers its own paths and lets
 * every other request (the {@code /countygraph} dataset) through.
 *
 * <table>
 * <caption>Paths</caption>
 * <tr><td>{@code /}</td><td>front page</td></tr>
 * <tr><td>{@code /id/{suffix}}</td><td>303 to the page or an RDF description, by {@code Accept} or {@code ?format=};
 *   406 when neither is acceptable; 404 page for an unknown IRI</td></tr>
 * <tr><td>{@code /page/{suffix}}</td><td>the entity's page (200)</td></tr>
 * <tr><td>{@code /data/{suffix}.ttl|.jsonld|.nt|.rdf}</td><td>the entity's description (200)</td></tr>
 * <tr><td>{@code /search?q=}, {@code /search.json?q=}</td><td>search page, suggestions</td></tr>
 * <tr><td>{@code /list/{Class}}</td><td>members of a class</td></tr>
 * <tr><td>{@code /query}</td><td>SPARQL query page</td></tr>
 * <tr><td>{@code /.well-known/void}</td><td>VoID description (Turtle unless {@code Accept} asks otherwise)</td></tr>
 * <tr><td>{@code /static/...}, {@code /webjars/...}</td><td>style sheet and scripts</td></tr>
 * </table>
 */
public final class Browser extends HttpFilter {
    /** The longest a page may take to read the store, in milliseconds. */
    public static final long MAX_PAGE_MILLIS = 10_000;
    /** The header that says a page or description is incomplete because the entity has more links than a page reads. */
    public static final String TRUNCATED = "X-Result-Truncated";
    /** Characters an IRI may not hold; a request path that decodes to one is not an IRI of ours. */
    private static final Pattern NOT_IRI = Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:\\d{1,5})?");

    private final transient StoreView store;
    private final transient PageCache cache = new PageCache();
    private final transient LabelIndexes labelIndexes;
    /** Pages and descriptions rendered at once: twice the cores, so that a burst of hub pages does not starve everything else. */
    private static final int RENDERERS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    private final transient Semaphore renderers = new Semaphore(RENDERERS, true);
    private final IriMapping mapping;
    private final String datasetPath;

    /**
     * @param dsg         the served dataset; pages read the union of its named graphs
     * @param mapping     public IRIs to this server's paths
     * @param datasetPath the Fuseki dataset's path, e.g. {@code /countygraph}, linked from the pages
     * @param budget      the longest one request may read the store; past it the answer is 503
     */
    public Browser(DatasetGraph dsg, IriMapping mapping, String datasetPath, java.time.Duration budget) {
        this.store = new StoreView(dsg, budget);
        this.mapping = mapping;
        this.datasetPath = datasetPath;
        this.labelIndexes = new LabelIndexes(mapping);
    }

    /** The names to search, of the data version {@code g} (inside {@link StoreView#read}) reads. */
    private LabelIndex labelIndex(org.apache.jena.graph.Graph g) {
        return labelIndexes.at(store.version(), g);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI();
        if (!owns(path)) {
            chain.doFilter(req, resp);
            return;
        }
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD");
            Responder.text(resp, 405, "Only GET and HEAD here.\n");
            return;
        }
        try {
            route(path, req, resp);
        } catch (QueryCancelledException e) {
            Responder.text(resp, 503, "The store took too long to answer; try again.\n");
        }
    }

    private static boolean owns(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith(IriMapping.ID) || path.startsWith(IriMapping.PAGE)
                || path.startsWith(IriMapping.DATA) || path.equals("/search") || path.equals("/search.json")
                || path.startsWith(ListPage.PREFIX) || path.equals("/query") || path.equals(VoidDescription.PATH)
                || path.startsWith(StaticResources.STATIC) || path.startsWith("/webjars/");
    }

    private void route(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (path.equals("/") || path.equals("/index.html")) {
            Responder.html(resp, 200, store.read(g -> FrontPage.html(g, mapping, datasetPath)));
        } else if (path.startsWith(IriMapping.ID)) {
            dereference(path.substring(IriMapping.ID.length()), req, resp);
        } else if (path.startsWith(IriMapping.PAGE)) {
            page(path.substring(IriMapping.PAGE.length()), req, resp);
        } else if (path.startsWith(IriMapping.DATA)) {
            data(path.substring(IriMapping.DATA.length()), req, resp);
        } else if (path.equals("/search")) {
            Responder.html(resp, 200, store.read(g -> SearchPage.html(g, mapping, labelIndex(g), req.getParameter("q"))));
        } else if (path.equals("/search.json")) {
            Responder.json(resp, 200, store.read(g -> SearchPage.json(g, mapping, labelIndex(g), req.getParameter("q"))));
        } else if (path.startsWith(ListPage.PREFIX)) {
            list(path.substring(ListPage.PREFIX.length()), req, resp);
        } else if (path.equals("/query")) {
            Responder.html(resp, 200, QueryPage.html(datasetPath, mapping));
        } else if (path.equals(VoidDescription.PATH)) {
            voidDescription(req, resp);
        } else if (StaticResources.serves(path)) {
            StaticResources.write(path, resp);
        } else {
            notFound(req, resp, null);
        }
    }

    /** {@code /id/...}: 303 to the representation the client asks for. */
    private void dereference(String rawSuffix, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Node> iri = iriOf(rawSuffix);
        if (iri.isEmpty() || !store.read(g -> EntityReader.exists(g, iri.get()))) {
            notFound(req, resp, iri.map(Node::getURI).orElse(null));
            return;
        }
        Optional<Representation> choice = ContentNegotiator.choose(req.getHeader("Accept"), req.getParameter("format"), Representation.ALL);
        if (choice.isEmpty()) {
            notAcceptable(resp, iri.get().getURI());
            return;
        }
        Responder.seeOther(resp, mapping.dataPath(iri.get().getURI(), choice.get()));
    }

    private void page(String rawSuffix, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Node> iri = iriOf(rawSuffix);
        EntityReader.Paging paging = new EntityReader.Paging(req.getParameter("rel"), intParam(req, "offset"), intParam(req, "evidence"));
        cached(req, resp, () -> iri.flatMap(n -> store.read(g -> new EntityReader(g, mapping).read(n, paging))).map(view -> {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            if (view.truncated()) headers.put(TRUNCATED, List.of("true"));
            headers.put("Link", Representation.RDF.stream().map(r -> "<" + mapping.dataPath(iri.get().getURI(), r)
                    + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"").toList());
            return new PageCache.Entry(Responder.HTML, new EntityPage(mapping).render(view).getBytes(StandardCharsets.UTF_8), headers);
        }), iri.map(Node::getURI).orElse(null));
    }

    private void data(String rawSuffixWithExtension, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int dot = rawSuffixWithExtension.lastIndexOf('.');
        Optional<Representation> r = dot < 0 ? Optional.empty() : Representation.byExtension(rawSuffixWithExtension.substring(dot + 1));
        Optional<Node> iri = r.isEmpty() ? Optional.empty() : iriOf(rawSuffixWithExtension.substring(0, dot));
        cached(req, resp, () -> iri.flatMap(n -> store.read(g -> EntityReader.exists(g, n) ? Optional.of(Describer.describe(g, n)) : Optional.empty()))
                .map(d -> new PageCache.Entry(Responder.rdfType(r.get()), Responder.rdfBytes(d.graph(), r.get()),
                        d.truncated() ? Map.of(TRUNCATED, List.of("true")) : Map.of())), iri.map(Node::getURI).orElse(null));
    }

    /**
     * Answers 200 with the response for this request at the store's current data version, from the
     * cache or rendered (at most {@link #RENDERERS} at once; a request that waits longer than a page
     * may take is answered 503), or the 404 page when there is nothing to render.
     */
    private void cached(HttpServletRequest req, HttpServletResponse resp, Supplier<Optional<PageCache.Entry>> render, String iri) throws IOException {
        String key = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        long version = store.version();
        Supplier<Optional<PageCache.Entry>> limited = () -> {
            try {
                if (!renderers.tryAcquire(MAX_PAGE_MILLIS, TimeUnit.MILLISECONDS)) throw new QueryCancelledException();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryCancelledException();
            }
            try {
                return render.get();
            } finally {
                renderers.release();
            }
        };
        Optional<PageCache.Entry> e = version < 0 ? limited.get() : cache.get(key, version, limited);
        if (e.isEmpty()) {
            notFound(req, resp, iri);
            return;
        }
        e.get().headers().forEach((name, values) -> values.forEach(v -> resp.addHeader(name, v)));
        Responder.write(resp, 200, e.get().contentType(), e.get().body());
    }

    private void list(String localName, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> html = ListPage.classOf(localName)
                .flatMap(cls -> store.read(g -> ListPage.html(g, mapping, cls, intParam(req, "offset"))));
        if (html.isEmpty()) notFound(req, resp, null);
        else Responder.html(resp, 200, html.get());
    }

    private void voidDescription(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String accept = req.getHeader("Accept");
        Optional<Representation> r = ContentNegotiator.choose(accept, req.getParameter("format"), Representation.RDF);
        if (r.isEmpty() && req.getParameter("format") == null
                && ContentNegotiator.choose(accept, null, Representation.ALL).orElse(null) == Representation.HTML) {
            r = Optional.of(Representation.TURTLE);
        }
        if (r.isEmpty()) {
            Responder.text(resp, 406, "The VoID description is available as " + mediaTypes(Representation.RDF) + ".\n");
            return;
        }
        String server = serverUrl(req);
        Representation chosen = r.get();
        Responder.rdf(resp, store.read(g -> VoidDescription.describe(g, mapping, server, datasetPath)), chosen);
    }

    /** The public IRI a raw request suffix names, or empty when it is not a well-formed IRI. */
    private Optional<Node> iriOf(String rawSuffix) {
        return PathCodec.decode(rawSuffix)
                .filter(s -> !s.isEmpty() && !NOT_IRI.matcher(s).find())
                .map(s -> NodeFactory.createURI(mapping.iri(s)));
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        Optional<Representation> r = ContentNegotiator.choose(req.getHeader("Accept"), null, Representation.ALL);
        if (r.orElse(null) == Representation.HTML) {
            Responder.html(resp, 404, store.read(g -> NotFoundPage.html(g, mapping, labelIndex(g), req.getRequestURI(), iri)));
        } else {
            Responder.text(resp, 404, "Not found: " + (iri != null ? iri : req.getRequestURI())
                    + "\nSearch by name: /search?q=...  Front page: /\n");
        }
    }

    private void notAcceptable(HttpServletResponse resp, String iri) throws IOException {
        StringBuilder sb = new StringBuilder("Not acceptable. ").append(iri).append(" is available as:\n");
        for (Representation r : Representation.ALL) {
            sb.append("  ").append(r.mediaType()).append("  ").append(mapping.dataPath(iri, r)).append('\n');
        }
        Responder.text(resp, 406, sb.toString());
    }

    private static String mediaTypes(java.util.List<Representation> rs) {
        return String.join(", ", rs.stream().map(Representation::mediaType).toList());
    }

    /** This server's URL as the client reached it; the Host header is used only when it is a plain host[:port]. */
    private static String serverUrl(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            String addr = req.getLocalAddr();
            host = (addr.contains(":") ? "[" + addr + "]" : addr) + ":" + req.getLocalPort();
        }
        return (req.isSecure() ? "https" : "http") + "://" + host;
    }

    private static int intParam(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null) return 0;
        try {
            return Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
