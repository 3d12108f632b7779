package org.countygraph.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.countygraph.CountyGraphException;
import org.countygraph.export.ExportServlet;
import org.countygraph.export.Exporter;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * CountyGraph's HTTP server: an embedded Fuseki serving the store at {@code /countygraph} (SPARQL
 * query at {@code /countygraph/sparql}, graph store protocol read at {@code /countygraph/get}),
 * and the linked-data {@link Browser} in front of it: a front page at {@code /}, entity IRIs
 * dereferenced at {@code /id/...}, pages, search, a query page and a VoID description; exports at
 * {@code /export} ({@link ExportServlet}).
 *
 * <p>Public and read-only by default:
 * <ol>
 * <li>bound to the loopback interface unless the host is {@code 0.0.0.0};
 * <li>query and graph store read only: no update, patch, upload, SHACL or admin endpoints, and no
 *     Fuseki modules from the classpath;
 * <li>{@code SERVICE} calls out disabled; script functions stay off (Jena needs a system property
 *     this server never sets);
 * <li>a query and update timeout (default 30 s; a request's {@code ?timeout=} may lower it, not raise it);
 * <li>CONSTRUCT and DESCRIBE results, and graphs in formats that cannot stream, capped at
 *     {@link Builder#maxResultTriples}, and {@code GROUP_CONCAT} at {@link Builder#maxConcatChars};
 *     the pages read a bounded number of triples per lookup;
 * <li>request bodies above {@link Builder#maxRequestBytes} refused with 413, at most
 *     {@link Builder#maxThreads} threads, at most {@link Builder#maxConcurrentDumps} graph store
 *     downloads and as many exports at once (exports also under the timeout).
 * </ol>
 * Writes are possible only when {@link Builder#updatePasswordFile} is given: SPARQL Update at
 * {@code /countygraph/update}, for the {@link Builder#updateUsers} by HTTP basic authentication,
 * {@code LOAD} refused even to them; everything else stays anonymous.
 *
 * <p>Usage: {@code CountyGraphServer.create().dataset(dsg).port(0).build().start()}.
 */
public final class CountyGraphServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/countygraph";
    /** The name of the update endpoint under the dataset, when updates are on. */
    public static final String UPDATE = "update";
    /** The response output buffer: within what Jetty's default buffer pool keeps (64 KiB). */
    static final int RESPONSE_BUFFER_BYTES = 32 * 1024;
    private final FusekiServer fuseki;
    private final String host;
    private final ServerSettings settings;

    private CountyGraphServer(FusekiServer fuseki, String host, ServerSettings settings) {
        this.fuseki = fuseki;
        this.host = host;
        this.settings = settings;
    }

    public static Builder create() { return new Builder(); }

    /** Starts serving; returns at once. */
    public CountyGraphServer start() { fuseki.start(); return this; }

    /** The port actually bound (useful after {@code port(0)}). */
    public int port() { return fuseki.getHttpPort(); }

    /** The base URL, e.g. {@code http://127.0.0.1:3030}. */
    public String url() { return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port(); }

    /** The SPARQL query endpoint's URL. */
    public String sparqlUrl() { return url() + DATASET + "/sparql"; }

    /** The SPARQL update endpoint's URL; it answers only when updates are on. */
    public String updateUrl() { return url() + DATASET + "/" + UPDATE; }

    /** What this server was built with, one line per setting (for logs and reviews). */
    public ServerSettings settings() { return settings; }

    /** The underlying Fuseki server, for tests that inspect its endpoints. */
    public FusekiServer fuseki() { return fuseki; }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    @Override
    public void close() { fuseki.stop(); }

    /** Builds a {@link CountyGraphServer}, checking each setting as it is given. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private String host = "127.0.0.1";
        private long timeoutMillis = 30_000;
        private IriMapping mapping = new IriMapping(IriMapping.DEFAULT_BASE);
        private PasswordFile passwords;
        private final Set<String> updateUsers = new LinkedHashSet<>(List.of("admin"));
        private final List<String> corsOrigins = new ArrayList<>();
        private long maxRequestBytes = 10L << 20;
        private int maxThreads = 32;
        private long maxResultTriples = 100_000;
        private int maxConcurrentDumps = 2;
        private long maxConcatChars = 10_000_000;

        /** The dataset to serve. Required. */
        public Builder dataset(DatasetGraph dsg) { this.dataset = Objects.requireNonNull(dsg, "dataset"); return this; }

        /** The port; 0 picks a free one. Defaults to 3030. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new CountyGraphException("port out of range: " + port);
            this.port = port;
            return this;
        }

        /** The interface: {@code 127.0.0.1} (or {@code localhost}) or {@code 0.0.0.0}. Defaults to 127.0.0.1. */
        public Builder host(String host) {
            if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("0.0.0.0")) {
                throw new CountyGraphException("unsupported host '" + host + "': use 127.0.0.1 or 0.0.0.0");
            }
            this.host = host.equals("localhost") ? "127.0.0.1" : host;
            return this;
        }

        /**
         * The server-side query and update timeout in milliseconds; a request may ask for less with
         * {@code ?timeout=} (seconds), never more. Defaults to 30000.
         */
        public Builder timeoutMillis(long ms) {
            if (ms <= 0) throw new CountyGraphException("timeout must be positive: " + ms);
            this.timeoutMillis = ms;
            return this;
        }

        /**
         * The IRI prefix of the entities served at {@code /id/}, ending with {@code /}.
         * Defaults to {@code https://w3id.org/countygraph/id/}.
         */
        public Builder publicBase(String base) {
            this.mapping = new IriMapping(base);
            return this;
        }

        /**
         * Turns SPARQL Update on at {@code /countygraph/update} for the {@link #updateUsers} whose
         * passwords the file holds (Jetty's format, {@code user: password}, one a line; the file must
         * not be readable by group or others). Reads stay anonymous. Off by default.
         */
        public Builder updatePasswordFile(Path file) {
            this.passwords = PasswordFile.check(file);
            return this;
        }

        /** The users of the password file who may update. Defaults to {@code admin}. */
        public Builder updateUsers(List<String> users) {
            if (users.isEmpty()) throw new CountyGraphException("at least one update user is needed");
            for (String u : users) {
                if (!u.matches("[A-Za-z0-9._-]{1,64}")) throw new CountyGraphException("bad user name: '" + u + "'");
            }
            updateUsers.clear();
            updateUsers.addAll(users);
            return this;
        }

        /**
         * Origins (e.g. {@code https://example.org}) whose pages may read this server's SPARQL
         * results and data from a browser; no credentials, never updates. None by default.
         */
        public Builder corsOrigins(List<String> origins) {
            corsOrigins.clear();
            for (String o : origins) corsOrigins.add(CorsFilter.checkOrigin(o));
            return this;
        }

        /** The largest request body accepted; larger ones are answered 413. Defaults to 10 MiB. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 1024) throw new CountyGraphException("request body limit must be at least 1024 bytes: " + bytes);
            this.maxRequestBytes = bytes;
            return this;
        }

        /** The most server threads. Defaults to 32. */
        public Builder maxThreads(int threads) {
            if (threads < 8) throw new CountyGraphException("need at least 8 server threads: " + threads);
            this.maxThreads = threads;
            return this;
        }

        /**
         * The most triples of a CONSTRUCT or DESCRIBE result, or of a graph asked for in a format that
         * cannot stream (JSON-LD, RDF/XML); above it the request is refused, never silently cut.
         * Defaults to 100000.
         */
        public Builder maxResultTriples(long triples) {
            if (triples < 1) throw new CountyGraphException("result cap must be positive: " + triples);
            this.maxResultTriples = triples;
            return this;
        }

        /**
         * The most graph store protocol reads at once, and the most exports at {@code /export} at once;
         * more are answered 503. Defaults to 2.
         */
        public Builder maxConcurrentDumps(int n) {
            if (n < 1) throw new CountyGraphException("concurrent dumps must be at least 1: " + n);
            this.maxConcurrentDumps = n;
            return this;
        }

        /** The most characters all the {@code GROUP_CONCAT}s of one query may build; above it, 400. Defaults to 10 million. */
        public Builder maxConcatChars(long chars) {
            if (chars < 1) throw new CountyGraphException("GROUP_CONCAT cap must be positive: " + chars);
            this.maxConcatChars = chars;
            return this;
        }

        public CountyGraphServer build() {
            if (dataset == null) throw new CountyGraphException("CountyGraphServer needs a dataset");
            configureDataset();
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(!host.equals("0.0.0.0"))
                    .fusekiModules(FusekiModules.empty())
                    .maxServerThreads(maxThreads)
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new QueryService(maxResultTriples))
                    .registerOperation(Operation.GSP_R, new GraphStoreReader(maxResultTriples))
                    .add(DATASET, dataset, false);
            addUpdate(b);
            addFilters(b);
            b.addServlet(ExportServlet.PATH, new ExportServlet(Exporter.create().dataset(dataset).timeoutMillis(timeoutMillis)
                    .memoryLimit(ExportServlet.DEFAULT_MEMORY_LIMIT).build(), maxConcurrentDumps));
            FusekiServer fuseki = b.build();
            poolableResponseBuffers(fuseki);
            return new CountyGraphServer(fuseki, host, settings());
        }

        /**
         * Fuseki gives every response a 5 MB output buffer, larger than anything Jetty's buffer pool
         * keeps, so each request allocated and zeroed 5 MB of direct memory (about 70 % of a request's
         * CPU in a profile, and a {@code System.gc()} from {@code Bits.reserveMemory} when direct memory
         * ran short). A buffer the pool keeps costs nothing; a longer answer is sent in chunks.
         */
        private static void poolableResponseBuffers(FusekiServer fuseki) {
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER_BYTES);
            }
        }

        /** Timeouts, the SERVICE switch and the GROUP_CONCAT cap live in the dataset's context, which every request merges in. */
        private void configureDataset() {
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
            dataset.getContext().set(ARQConstants.sysOptimizerFactory, new GroupConcatLimit(maxConcatChars));
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            dataset.getContext().set(ARQ.updateTimeout, Long.toString(timeoutMillis));
        }

        /**
         * The one write endpoint, named so that its policy constrains only {@code /countygraph/update};
         * the server policy is set to anonymous explicitly, or a password file alone would make
         * Fuseki require a login for everything.
         */
        private void addUpdate(FusekiServer.Builder b) {
            if (passwords == null) return;
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(Auth.dftRealm,
                    JettySecurityLib.makeUserStore(passwords.path().toString()), AuthScheme.BASIC);
            security.setAuthenticator(new StrictBasicAuthenticator());
            b.securityHandler(security)
                    .auth(AuthScheme.BASIC)
                    .serverAuthPolicy(Auth.ANY_ANON)
                    .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate, new UpdateService())
                    .addEndpoint(DATASET, UPDATE, Operation.Update, Auth.policyAllowSpecific(updateUsers));
        }

        private void addFilters(FusekiServer.Builder b) {
            b.addFilter("/*", new BodyLimitFilter(maxRequestBytes));
            b.addFilter("/*", new CorsFilter(corsOrigins, DATASET + "/" + UPDATE));
            b.addFilter("/*", new DumpLimitFilter(maxConcurrentDumps, DATASET));
            b.addFilter("/*", new Browser(dataset, mapping, DATASET, Duration.ofMillis(Math.min(timeoutMillis, Browser.MAX_PAGE_MILLIS))));
        }

        private ServerSettings settings() {
            return new ServerSettings(host, timeoutMillis, passwords != null, List.copyOf(updateUsers), List.copyOf(corsOrigins),
                    maxRequestBytes, maxThreads, maxResultTriples, maxConcatChars, maxConcurrentDumps);
        }
    }
}
