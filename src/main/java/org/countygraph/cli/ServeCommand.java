package org.countygraph.cli;

import java.nio.file.Path;
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
                + "An empty store is first built from --seeds.")
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

    @Override
    public Integer call() {
        GraphStore s = GraphStore.open(store);
        if (s.isEmpty()) {
            System.err.println("store " + store + " is empty: building it from " + seeds);
            org.countygraph.build.BuildReport r = new GraphBuild(Extractors.standard(), System.err).run(seeds, null, s);
            System.err.printf("built %d documents, %d articles, %d quads%n", r.documents(), r.articles(), r.quads());
        }
        CountyGraphServer server = CountyGraphServer.create().dataset(s.dataset()).port(port).host(host).publicBase(publicBase).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.close(); s.close(); }));
        System.out.println("CountyGraph is serving " + server.url() + "/ (SPARQL: " + server.sparqlUrl() + ")");
        System.out.flush();
        server.join();
        return 0;
    }
}
