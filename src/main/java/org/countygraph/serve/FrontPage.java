package org.countygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.countygraph.vocab.Vocab;

/**
 * The front page at {@code /}: what the store holds (entities by class) and where to query it.
 * A filter, so that Fuseki's own paths pass through it untouched.
 */
public final class FrontPage extends HttpFilter {
    private static final String COUNTS = """
            PREFIX cg: <https://w3id.org/countygraph/ontology#>
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
              VALUES ?class { cg:Article cg:Person cg:Official cg:Province cg:City cg:County cg:Township cg:Village
                              cg:Zone cg:Enterprise cg:GovernmentBody cg:Organization cg:Industry cg:Initiative
                              cg:Project cg:Observation }
              ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)""";
    static final String EXAMPLE = """
            PREFIX cg: <https://w3id.org/countygraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?county ?label WHERE { ?county a cg:County ; rdfs:label ?label } ORDER BY ?label""";

    private final transient DatasetGraph dsg;
    private final String datasetPath;

    public FrontPage(DatasetGraph dsg, String datasetPath) {
        this.dsg = dsg;
        this.datasetPath = datasetPath;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        if (!(path.equals("/") || path.equals("/index.html")) || !(req.getMethod().equals("GET") || req.getMethod().equals("HEAD"))) {
            chain.doFilter(req, resp);
            return;
        }
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html; charset=utf-8");
        StringBuilder sb = new StringBuilder(Html.head("CountyGraph"));
        sb.append("<h1>CountyGraph</h1><p>A knowledge graph of Chinese regional-development news: officials and their posts, ")
                .append("divisions, enterprises, industries and initiatives, each fact traced to its sentence.</p>");
        sb.append("<h2>What is loaded</h2><table><tr><th>class</th><th>entities</th></tr>");
        Query q = QueryFactory.create(COUNTS);
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).timeout(10, java.util.concurrent.TimeUnit.SECONDS).build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> sb.append("<tr><td>cg:").append(Html.esc(b.get("class").getLocalName()))
                        .append("</td><td>").append(Html.esc(b.get("n").getLiteralLexicalForm())).append("</td></tr>"));
            }
        });
        sb.append("</table>");
        String endpoint = datasetPath + "/sparql";
        sb.append("<h2>Query</h2><p>SPARQL endpoint: <a href=\"").append(Html.esc(endpoint)).append("\"><code>")
                .append(Html.esc(endpoint)).append("</code></a> (GET or POST <code>query=</code>). Prefixes you may use: ");
        Vocab.PREFIXES.keySet().stream().sorted().forEach(p -> sb.append("<code>").append(Html.esc(p)).append(":</code> "));
        sb.append("</p><form method=\"get\" action=\"").append(Html.esc(endpoint)).append("\">")
                .append("<textarea name=\"query\" rows=\"6\" cols=\"90\">").append(Html.esc(EXAMPLE)).append("</textarea><br>")
                .append("<input type=\"hidden\" name=\"format\" value=\"json\"><button type=\"submit\">Run</button></form>");
        sb.append(Html.tail());
        resp.getOutputStream().write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
