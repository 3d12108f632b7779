package org.countygraph.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered pages and descriptions of the store as it is now: an entry is found only while the
 * store's data version (which every committed write advances) is the one it was made at, so a
 * write makes every older entry unreachable. At most {@value #MAX_ENTRIES} entries and
 * {@value #MAX_BYTES} bytes, least recently used first out. The page of a hub entity costs a
 * second of CPU to read; under load every reader asks for the same few hubs.
 */
final class PageCache {
    static final int MAX_ENTRIES = 512;
    static final long MAX_BYTES = 32L << 20;

    /**
     * A cached response.
     *
     * @param contentType its media type
     * @param body        its bytes
     * @param headers     the headers it carries besides the usual ones (e.g. {@code Link})
     */
    record Entry(String contentType, byte[] body, Map<String, java.util.List<String>> headers) {}

    private record Key(String request, long version) {}

    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** The entry for a request (path and query) at a data version, or null. */
    synchronized Entry get(String request, long version) {
        return entries.get(new Key(request, version));
    }

    synchronized void put(String request, long version, Entry e) {
        if (e.body().length > MAX_BYTES / 8) return;
        Entry old = entries.put(new Key(request, version), e);
        bytes += e.body().length - (old == null ? 0 : old.body().length);
        var it = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && it.hasNext()) {
            bytes -= it.next().getValue().body().length;
            it.remove();
        }
    }
}
