package org.countygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin reads for an explicit list of origins: a page from one of them may run queries and
 * read data and pages with GET, HEAD or POST, without credentials. Other origins, and every origin
 * on the update endpoint, get no CORS headers at all, so browsers keep them out.
 *
 * <p>Unlike Fuseki's own CORS filter with its defaults, this one never reflects an unknown
 * {@code Origin}, never sends {@code Access-Control-Allow-Credentials} and never allows
 * {@code Authorization}, PUT, DELETE or PATCH.
 */
final class CorsFilter extends HttpFilter {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    private static final Set<String> HEADERS = Set.of("accept", "accept-language", "content-language", "content-type");

    private final Set<String> origins;
    private final String updatePath;

    CorsFilter(List<String> origins, String updatePath) {
        this.origins = Set.copyOf(origins);
        this.updatePath = updatePath;
    }

    /** An origin as a browser sends it: {@code scheme://host[:port]}, http or https, nothing else. */
    static String checkOrigin(String origin) {
        try {
            URI u = new URI(origin);
            boolean ok = ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    && u.getRawPath().isEmpty() && u.getRawQuery() == null && u.getRawFragment() == null && u.getRawUserInfo() == null;
            if (ok) return origin;
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ServeException("not an origin (scheme://host[:port]): '" + origin + "'");
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String origin = req.getHeader("Origin");
        if (origin == null || !origins.contains(origin) || isUpdate(req.getRequestURI())) {
            chain.doFilter(req, resp);
            return;
        }
        resp.addHeader("Vary", "Origin");
        String preflight = req.getHeader("Access-Control-Request-Method");
        if (req.getMethod().equals("OPTIONS") && preflight != null) {
            if (METHODS.contains(preflight) && headersAllowed(req.getHeader("Access-Control-Request-Headers"))) {
                resp.setHeader("Access-Control-Allow-Origin", origin);
                resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Language, Content-Type");
                resp.setHeader("Access-Control-Max-Age", "600");
            }
            resp.setStatus(204);
            return;
        }
        if (METHODS.contains(req.getMethod())) {
            resp.setHeader("Access-Control-Allow-Origin", origin);
            resp.setHeader("Access-Control-Expose-Headers", "X-Result-Truncated");
        }
        chain.doFilter(req, resp);
    }

    private boolean isUpdate(String path) {
        return path.equals(updatePath) || path.startsWith(updatePath + "/");
    }

    private static boolean headersAllowed(String requested) {
        if (requested == null || requested.isBlank()) return true;
        for (String h : requested.split(",")) {
            if (!HEADERS.contains(h.strip().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
