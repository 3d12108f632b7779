package org.countygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Lets at most a set number of graph store reads ({@code GET} on the dataset, {@code /get} or
 * {@code /data} without {@code query=}) run at once; one more is answered 503 with
 * {@code Retry-After} at once rather than queued. A whole-store read holds a server thread and a
 * read transaction for as long as the client takes to download it.
 */
final class DumpLimitFilter extends HttpFilter {
    private final Semaphore permits;
    private final Set<String> paths;

    DumpLimitFilter(int concurrent, String datasetPath) {
        this.permits = new Semaphore(concurrent);
        this.paths = Set.of(datasetPath, datasetPath + "/", datasetPath + "/get", datasetPath + "/data");
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (!req.getMethod().equals("GET") || !paths.contains(req.getRequestURI()) || req.getParameter("query") != null) {
            chain.doFilter(req, resp);
            return;
        }
        if (!permits.tryAcquire()) {
            Responder.headers(resp);
            resp.setHeader("Retry-After", "5");
            Responder.write(resp, 503, "text/plain; charset=utf-8",
                    "Too many downloads of the store are running; try again in a few seconds.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            chain.doFilter(req, resp);
        } finally {
            permits.release();
        }
    }
}
