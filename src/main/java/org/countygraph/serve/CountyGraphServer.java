package org.countygraph.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.countygraph.CountyGraphException;

/**
 * CountyGraph's HTTP server: an embedded Fuseki serving the store read-only at
 * {@code /countygraph} (SPARQL query at {@code /countygraph/sparql}, graph store protocol read),
 * and the linked-data {@link Browser} in front of it: a front page at {@code /}, entity IRIs
 * dereferenced at {@code /id/...}, pages, search, a query page and a VoID description.
 *
 * <p>Safe defaults: bound to the loopback interface, no update or admin endpoints, no Fuseki
 * modules from the classpath, {@code SERVICE} calls out disabled, a 30 s query timeout.
 * Usage: {@code CountyGraphServer.create().dataset(dsg).port(0).build().start()}.
 */
public final class CountyGraphServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/countygraph";
    private final FusekiServer fuseki;
    private final String host;

    private CountyGraphServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
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

        /** The server-side query timeout in milliseconds. Defaults to 30000. */
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

        public CountyGraphServer build() {
            if (dataset == null) throw new CountyGraphException("CountyGraphServer needs a dataset");
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            FusekiServer f = FusekiServer.create()
                    .port(port)
                    .loopback(!host.equals("0.0.0.0"))
                    .fusekiModules(FusekiModules.empty())
                    .add(DATASET, dataset, false)
                    .addFilter("/*", new Browser(dataset, mapping, DATASET))
                    .addServlet(org.countygraph.export.ExportServlet.PATH, new org.countygraph.export.ExportServlet(dataset))
                    .build();
            return new CountyGraphServer(f, host);
        }
    }
}
