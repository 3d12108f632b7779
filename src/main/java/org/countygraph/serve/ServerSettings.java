package org.countygraph.serve;

import java.util.List;

/**
 * What a {@link CountyGraphServer} was built with, for the startup log and for tests that pin the
 * configuration: {@link #lines()} gives one line per setting.
 *
 * @param host               the interface bound
 * @param timeoutMillis      the query and update timeout
 * @param updates            whether the authenticated update endpoint is on
 * @param updateUsers        who may update when it is
 * @param corsOrigins        origins allowed to read from browsers
 * @param maxRequestBytes    the request body limit
 * @param maxThreads         the server thread cap
 * @param maxResultTriples   the CONSTRUCT/DESCRIBE and non-streaming format cap
 * @param maxConcatChars     the GROUP_CONCAT cap per query
 * @param maxConcurrentDumps the graph store downloads, and the exports, allowed at once
 */
public record ServerSettings(String host, long timeoutMillis, boolean updates, List<String> updateUsers,
                             List<String> corsOrigins, long maxRequestBytes, int maxThreads, long maxResultTriples,
                             long maxConcatChars, int maxConcurrentDumps) {

    /** The settings, one per line, e.g. {@code updates: off}. */
    public List<String> lines() {
        return List.of(
                "host: " + host + (host.equals("0.0.0.0") ? " (all interfaces)" : " (loopback only)"),
                "endpoints: query " + CountyGraphServer.DATASET + "/sparql, graph store read " + CountyGraphServer.DATASET + "/get"
                        + (updates ? ", update " + CountyGraphServer.DATASET + "/" + CountyGraphServer.UPDATE + " (basic auth)" : ""),
                "updates: " + (updates ? "on for " + String.join(", ", updateUsers) + "; LOAD refused" : "off"),
                "SERVICE calls: off; script functions: off; Fuseki modules: none",
                "timeout: " + timeoutMillis + " ms (query and update; clients may only lower it)",
                "CORS: " + (corsOrigins.isEmpty() ? "off" : "reads from " + String.join(", ", corsOrigins) + ", no credentials"),
                "limits: request body " + maxRequestBytes + " bytes, " + maxThreads + " threads, " + maxResultTriples
                        + " triples per CONSTRUCT/DESCRIBE, " + maxConcatChars + " GROUP_CONCAT characters per query, "
                        + maxConcurrentDumps + " graph store downloads and " + maxConcurrentDumps + " exports at once");
    }
}
