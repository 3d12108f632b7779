package org.countygraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files the pages load, served from the classpath: the project's own style sheet and script
 * under {@code /static/}, and the graph picture's library from its WebJar (Apache ECharts) under
 * {@code /webjars/}. Only the listed files are served, so no request path reaches the classpath.
 */
final class StaticResources {
    static final String STATIC = "/static/";
    private static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
    /** The WebJar's version, read from its own metadata so that a version bump needs no code change. */
    static final String ECHARTS_VERSION = webJarVersion();
    /** The path of the ECharts script on this server. */
    static final String ECHARTS = "/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";

    private record Resource(String classpath, String contentType) {}

    private static final Map<String, Resource> FILES = Map.of(
            STATIC + "countygraph.css", new Resource("org/countygraph/serve/static/countygraph.css", "text/css; charset=utf-8"),
            STATIC + "countygraph.js", new Resource("org/countygraph/serve/static/countygraph.js", "text/javascript; charset=utf-8"),
            ECHARTS, new Resource("META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js",
                    "text/javascript; charset=utf-8"));
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private StaticResources() {}

    /** True when {@code path} is one of the served files. */
    static boolean serves(String path) { return FILES.containsKey(path); }

    /** Writes a served file with a day's caching. */
    static void write(String path, HttpServletResponse resp) throws IOException {
        Resource r = FILES.get(path);
        byte[] body = CACHE.computeIfAbsent(path, p -> load(r.classpath()));
        resp.setHeader("Cache-Control", "public, max-age=86400");
        Responder.write(resp, 200, r.contentType(), body);
    }

    private static byte[] load(String classpath) {
        try (InputStream in = StaticResources.class.getClassLoader().getResourceAsStream(classpath)) {
            if (in == null) throw new UncheckedIOException(new IOException("missing resource on the classpath: " + classpath));
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webJarVersion() {
        try (InputStream in = StaticResources.class.getClassLoader().getResourceAsStream(ECHARTS_POM)) {
            if (in == null) throw new UncheckedIOException(new IOException("the ECharts WebJar is not on the classpath: " + ECHARTS_POM));
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
