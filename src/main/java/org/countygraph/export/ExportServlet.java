package org.countygraph.export;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The exports over HTTP: {@code GET /export?format=FORMAT} with the filters {@code graph},
 * {@code type} (repeatable), {@code area}, {@code around} and {@code depth}, as on the command line.
 * For example {@code /export?format=svg&around=https://w3id.org/countygraph/id/division/430223}.
 *
 * <p>Answers with the format's media type and {@code Content-Disposition: attachment} with a file
 * name ({@code csv} as a zip of {@code nodes.csv} and {@code relationships.csv}); 400 for a bad
 * parameter or a selection too large for a format built in memory, 404 for a graph, area or entity
 * that is not there, 503 when the selection timed out or {@value #DEFAULT_CONCURRENT} exports are
 * already running. Request values reach queries only as bound values, never as query text.
 */
public final class ExportServlet extends HttpServlet {
    /** The servlet's path on the server. */
    public static final String PATH = "/export";
    /** How many exports may run at once by default. */
    public static final int DEFAULT_CONCURRENT = 2;
    /** The in-memory limit of exports over HTTP, lower than the command line's. */
    public static final long DEFAULT_MEMORY_LIMIT = 500_000;

    private final transient Exporter exporter;
    private final transient Semaphore permits;

    /** An export servlet over a dataset, with a 30 s selection timeout and the default limits. */
    public ExportServlet(DatasetGraph dsg) {
        this(Exporter.create().dataset(dsg).timeoutMillis(30_000).memoryLimit(DEFAULT_MEMORY_LIMIT).build(), DEFAULT_CONCURRENT);
    }

    /** An export servlet running at most {@code concurrent} exports at once. */
    public ExportServlet(Exporter exporter, int concurrent) {
        if (concurrent < 1) throw new ExportException("concurrent exports must be at least 1: " + concurrent);
        this.exporter = exporter;
        this.permits = new Semaphore(concurrent);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ExportFormat format;
        Selection selection;
        try {
            String f = req.getParameter("format");
            if (f == null) throw new ExportException("give ?format=, one of " + ExportFormat.names());
            format = ExportFormat.of(f);
            selection = selection(req);
        } catch (ExportException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (!permits.tryAcquire()) {
            resp.setHeader("Retry-After", "10");
            error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "too many exports running; try again shortly");
            return;
        }
        try {
            Response target = new Response(resp, format, Exporter.fileName(selection, format));
            exporter.export(selection, format, target);
            target.finish();
        } catch (NoSuchNodeException e) {
            error(resp, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (ExportException e) {
            boolean timeout = e.getCause() instanceof QueryCancelledException;
            error(resp, timeout ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (RuntimeException e) {
            // After the first bytes the status is sent: all that is left is to cut the response short.
            if (!resp.isCommitted()) error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "export failed: " + e.getMessage());
            else throw e;
        } finally {
            permits.release();
        }
    }

    private static Selection selection(HttpServletRequest req) {
        Selection.Builder b = Selection.create();
        String graph = req.getParameter("graph");
        if (graph != null) b.graph(graph);
        String[] types = req.getParameterValues("type");
        if (types != null) for (String t : types) b.type(t);
        String area = req.getParameter("area");
        if (area != null) b.area(area);
        String around = req.getParameter("around");
        if (around != null) b.around(around);
        String depth = req.getParameter("depth");
        if (depth != null) {
            try {
                b.depth(Integer.parseInt(depth.strip()));
            } catch (NumberFormatException e) {
                throw new ExportException("depth is not a number: " + depth);
            }
        }
        return b.build();
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) return;
        resp.resetBuffer();
        resp.setHeader("Content-Disposition", null);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The response as an export target: headers set when the first file is opened, csv files zipped. */
    private static final class Response implements ExportTarget {
        private final HttpServletResponse resp;
        private final ExportFormat format;
        private final String fileName;
        private OutputStream body;
        private ZipOutputStream zip;

        Response(HttpServletResponse resp, ExportFormat format, String fileName) {
            this.resp = resp;
            this.format = format;
            this.fileName = fileName;
        }

        @Override
        public OutputStream open(String name) throws IOException {
            if (body == null) {
                resp.setStatus(HttpServletResponse.SC_OK);
                resp.setContentType(format.contentType());
                resp.setHeader("Content-Disposition", contentDisposition(fileName));
                resp.setHeader("X-Content-Type-Options", "nosniff");
                body = resp.getOutputStream();
                if (format.isMultiFile()) zip = new ZipOutputStream(body, StandardCharsets.UTF_8);
            }
            if (zip == null) return unclosable(body);
            zip.putNextEntry(new ZipEntry(name));
            return new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

                @Override
                public void close() throws IOException { zip.closeEntry(); }
            };
        }

        void finish() throws IOException {
            if (zip != null) zip.finish();
        }

        private static OutputStream unclosable(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

                @Override
                public void close() throws IOException { flush(); }
            };
        }
    }

    /**
     * {@code attachment} with an ASCII {@code filename} (other characters as {@code _}) and the
     * exact name as UTF-8 in {@code filename*} (RFC 6266).
     */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
