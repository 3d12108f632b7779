package org.countygraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.countygraph.build.GraphBuild;
import org.countygraph.serve.CountyGraphServer;
import org.countygraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: serve the store over HTTP, building it from the seeds first when empty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store: SPARQL at /countygraph/sparql, and the linked-data browser: a front page at /, "
                + "entity IRIs at /id/..., search, a query page and VoID at /.well-known/void. "
                + "Read-only unless --update-password-file is given. An empty store is first built from --seeds.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "3030")
    int port;

    @Option(names = "--host", description = "Interface: 127.0.0.1 or 0.0.0.0 (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--store", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).", defaultValue = "data/tdb2")
    Path store;

    @Option(names = "--seeds", description = "Input folder used when the store is empty (default: ${DEFAULT-VALUE}).", defaultValue = "seeds")
    Path seeds;

    @Option(names = "--public-base", description = "IRI prefix of the entities served at /id/ (default: ${DEFAULT-VALUE}).",
            defaultValue = "https://w3id.org/countygraph/id/")
    String publicBase;

    @Option(names = "--update-password-file", paramLabel = "FILE",
            description = "Turn on SPARQL Update at /countygraph/update for the --update-user(s), with HTTP basic authentication "
                    + "against this file (user: password per line, chmod 600). Reads stay anonymous. Off by default.")
    Path updatePasswordFile;

    @Option(names = "--update-user", paramLabel = "NAME",
            description = "A user of the password file who may update; repeatable (default: admin).")
    List<String> updateUsers = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin (https://host[:port]) whose web pages may read from this server; repeatable. "
                    + "Reads only, no credentials. None by default.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query and update timeout; a request's ?timeout= may only lower it (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-request-bytes", defaultValue = "10485760",
            description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--max-threads", defaultValue = "32", description = "Most server threads (default: ${DEFAULT-VALUE}).")
    int maxThreads;

    @Option(names = "--max-result-triples", defaultValue = "100000",
            description = "Most triples of a CONSTRUCT or DESCRIBE result or of a JSON-LD/RDF/XML download (default: ${DEFAULT-VALUE}).")
    long maxResultTriples;

    @Override
    public Integer call() {
        GraphStore s = GraphStore.open(store);
        if (s.isEmpty()) {
            System.err.println("store " + store + " is empty: building it from " + seeds);
            org.countygraph.build.BuildReport r = new GraphBuild(Extractors.standard(), System.err).run(seeds, null, s);
            System.err.printf("built %d documents, %d articles, %d quads%n", r.documents(), r.articles(), r.quads());
        }
        CountyGraphServer.Builder b = CountyGraphServer.create().dataset(s.dataset()).port(port).host(host).publicBase(publicBase)
                .timeoutMillis(Math.round(timeoutSeconds * 1000)).maxRequestBytes(maxRequestBytes).maxThreads(maxThreads)
                .maxResultTriples(maxResultTriples).corsOrigins(corsOrigins);
        if (updatePasswordFile != null) b.updatePasswordFile(updatePasswordFile);
        if (!updateUsers.isEmpty()) b.updateUsers(updateUsers);
        CountyGraphServer server = b.build().start();
        server.settings().lines().forEach(l -> System.err.println("  " + l));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.close(); s.close(); }));
        System.out.println("CountyGraph is serving " + server.url() + "/ (SPARQL: " + server.sparqlUrl() + ")");
        System.out.flush();
        server.join();
        return 0;
    }
}
