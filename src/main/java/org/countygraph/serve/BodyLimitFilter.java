package org.countygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A servlet filter that refuses request bodies above a size with 413, before anything parses them.
 *
 * <p>A body that declares its length is judged by its {@code Content-Length} and never read when too
 * large. A chunked body (no length) is read into memory up to the limit and handed on from there;
 * a chunked HTML form is refused with 411, since the container parses forms from the raw stream.
 */
final class BodyLimitFilter extends HttpFilter {
    private final long maxBytes;

    BodyLimitFilter(long maxBytes) { this.maxBytes = maxBytes; }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        long declared = req.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(resp, 413, "Request body of " + declared + " bytes is larger than this server accepts (" + maxBytes + " bytes).\n");
            return;
        }
        if (declared >= 0 || !isChunked(req)) {
            chain.doFilter(req, resp);
            return;
        }
        String type = req.getContentType();
        if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            refuse(resp, 411, "Send HTML forms with a Content-Length.\n");
            return;
        }
        byte[] body = readUpTo(req.getInputStream(), maxBytes);
        if (body == null) {
            refuse(resp, 413, "Request body is larger than this server accepts (" + maxBytes + " bytes).\n");
            return;
        }
        chain.doFilter(new BufferedRequest(req, body), resp);
    }

    private static boolean isChunked(HttpServletRequest req) {
        String te = req.getHeader("Transfer-Encoding");
        return te != null && te.toLowerCase().contains("chunked");
    }

    /** The stream's bytes, or null when there are more than {@code max}. */
    private static byte[] readUpTo(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buf)) >= 0; ) {
            total += n;
            if (total > max) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        Responder.headers(resp);
        resp.setHeader("Connection", "close");
        Responder.write(resp, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose body was read ahead into memory. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override public int getContentLength() { return body.length; }

        @Override public long getContentLengthLong() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener l) { throw new IllegalStateException("synchronous reads only"); }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), cs));
        }
    }
}
