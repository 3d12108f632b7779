package org.countygraph.serve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Rendered pages and descriptions of the store as it is now: an entry is found only while the
 * store's data version (which every committed write advances) is the one it was made at, so a
 * write makes every older entry unreachable. At most {@value #MAX_ENTRIES} entries and
 * {@value #MAX_BYTES} bytes, least recently used first out. The page of a hub entity costs a
 * second of CPU to read; under load every reader asks for the same few hubs, so a request for an
 * entry that is being rendered waits for that rendering instead of starting its own.
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
    private final Map<Key, CompletableFuture<Optional<Entry>>> rendering = new HashMap<>();
    private long bytes;

    /**
     * The entry for a request (path and query) at a data version: cached, being rendered by another
     * request (then its result, or its exception), or rendered now by {@code render}. Empty when
     * there is nothing to render.
     */
    Optional<Entry> get(String request, long version, Supplier<Optional<Entry>> render) {
        Key key = new Key(request, version);
        CompletableFuture<Optional<Entry>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Entry>> theirs;
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null) return Optional.of(e);
            theirs = rendering.putIfAbsent(key, mine);
        }
        if (theirs != null) return await(theirs);
        try {
            Optional<Entry> rendered = render.get();
            rendered.ifPresent(e -> put(key, e));
            mine.complete(rendered);
            return rendered;
        } catch (RuntimeException | Error ex) {
            mine.completeExceptionally(ex);
            throw ex;
        } finally {
            synchronized (this) {
                rendering.remove(key);
            }
        }
    }

    private static Optional<Entry> await(CompletableFuture<Optional<Entry>> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private synchronized void put(Key key, Entry e) {
        if (e.body().length > MAX_BYTES / 8) return;
        Entry old = entries.put(key, e);
        bytes += e.body().length - (old == null ? 0 : old.body().length);
        var it = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && it.hasNext()) {
            bytes -= it.next().getValue().body().length;
            it.remove();
        }
    }
}
