package org.countygraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The data and HTTP client the browser's tests share: an in-memory TDB2 dataset holding the seed's
 * committed graph ({@code graphs/countygraph.trig}) and, when asked, {@code fixture.trig} (pinyin,
 * an industry, a figure, ontology labels and hostile names).
 */
final class BrowseFixture {
    static final String BASE = "https://w3id.org/countygraph/id/";
    static final String YOUXIAN = BASE + "division/430223";
    static final Path SEED_GRAPH = Path.of("graphs", "countygraph.trig");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private BrowseFixture() {}

    /** The seed's graph, plus the fixture when {@code withFixture}. */
    static DatasetGraph dataset(boolean withFixture) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            RDFDataMgr.read(dsg, SEED_GRAPH.toString());
            if (withFixture) {
                try (InputStream in = BrowseFixture.class.getResourceAsStream("fixture.trig")) {
                    RDFDataMgr.read(dsg, in, Lang.TRIG);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return dsg;
    }

    /** GET with an Accept header (null for none), redirects not followed. */
    static HttpResponse<String> get(CountyGraphServer server, String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (accept != null) b.header("Accept", accept);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server path of an entity's page. */
    static String page(String iri) { return "/page/" + PathCodec.encodePath(iri.substring(BASE.length())); }

    /** The server path that dereferences an entity. */
    static String id(String iri) { return "/id/" + PathCodec.encodePath(iri.substring(BASE.length())); }
}
